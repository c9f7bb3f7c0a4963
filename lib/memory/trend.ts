/** A least-squares line v = intercept + slopePerSecond · t, and how much of the variance it explains. */
export interface LineFit {
  slopePerSecond: number;
  intercept: number;
  /** Coefficient of determination, 0–1 (1 when every point is on the line). */
  r2: number;
}

/** Fits a line through (t, v) pairs; null for fewer than two points or a single instant. */
export function fitLine(t: readonly number[], v: readonly number[]): LineFit | null {
  const n = Math.min(t.length, v.length);
  if (n < 2) return null;
  // Centre time first: unix seconds squared lose precision in doubles.
  const t0 = t[0] ?? 0;
  let st = 0;
  let sv = 0;
  for (let i = 0; i < n; i++) {
    st += (t[i] ?? 0) - t0;
    sv += v[i] ?? 0;
  }
  const mt = st / n;
  const mv = sv / n;
  let stt = 0;
  let stv = 0;
  let svv = 0;
  for (let i = 0; i < n; i++) {
    const dt = (t[i] ?? 0) - t0 - mt;
    const dv = (v[i] ?? 0) - mv;
    stt += dt * dt;
    stv += dt * dv;
    svv += dv * dv;
  }
  if (stt === 0) return null;
  const slope = stv / stt;
  const r2 = svv === 0 ? 1 : (stv * stv) / (stt * svv);
  return { slopePerSecond: slope, intercept: mv - slope * (mt + t0), r2 };
}
