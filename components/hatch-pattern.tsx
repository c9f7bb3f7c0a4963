/** The hatch that marks inactive page cache as reclaimable; place inside a chart's <defs>. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="var(--color-inactive)" fillOpacity={0.12} />
      <line x1="0" y1="0" x2="0" y2="6" stroke="var(--color-inactive)" strokeWidth={2} strokeOpacity={0.45} />
    </pattern>
  );
}
