const MiB = 1024 * 1024;

/** Bytes as MiB with one decimal ("128.5 MiB"); an em dash for no value. */
export function formatMiB(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '—';
  return `${(bytes / MiB).toFixed(1)} MiB`;
}

/** Compact axis label: MiB below 10 GiB, GiB above. */
export function formatAxisBytes(bytes: number): string {
  if (bytes >= 10 * 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(0)} GiB`;
  return `${Math.round(bytes / MiB)} MiB`;
}

/** `part` as a percentage of `whole` with one decimal ("50.2 %"); null when there is no whole. */
export function formatPercentOf(part: number | null | undefined, whole: number | null | undefined): string | null {
  if (part === null || part === undefined || whole === null || whole === undefined || whole <= 0) return null;
  return `${((part / whole) * 100).toFixed(1)} %`;
}

/** A limit or request for display: "256 MiB" when whole, else one decimal. */
export function formatLimit(bytes: number): string {
  const mib = bytes / MiB;
  return Number.isInteger(mib) ? `${mib} MiB` : `${mib.toFixed(1)} MiB`;
}

/** Clock time HH:MM:SS in the viewer's time zone (the e2e run fixes it to UTC). */
export function formatClock(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}
