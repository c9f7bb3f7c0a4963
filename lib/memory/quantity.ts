const BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 } as const;
const DECIMAL = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 } as const;
const QUANTITY = /^(\d+(?:\.\d+)?)\s*([KMGTPE]i|[kKMGTPE])?(?:B)?$/;

/**
 * Parses a byte size as written in Kubernetes specs or by hand: "268435456", "256Mi", "1Gi",
 * "1.5Gi", "500M" (also "256MiB"). Returns whole bytes (rounded), or null when it is not a size.
 */
export function parseByteQuantity(text: string): number | null {
  const m = QUANTITY.exec(text.trim());
  if (!m) return null;
  const suffix = m[2];
  let factor = 1;
  if (suffix !== undefined) factor = suffix in BINARY ? BINARY[suffix as keyof typeof BINARY] : DECIMAL[suffix as keyof typeof DECIMAL];
  const bytes = Math.round(Number(m[1]) * factor);
  return Number.isFinite(bytes) ? bytes : null;
}
