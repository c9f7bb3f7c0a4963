/** Unix seconds as the value of an `<input type="datetime-local">` in the browser's time zone (to the second). */
export function toLocalInput(unixSeconds: number): string {
  const d = new Date(Math.round(unixSeconds) * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** The value of a datetime-local input (the browser's time zone) as unix seconds; null when empty or invalid. */
export function fromLocalInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

/** "UTC+08:00" / "UTC−05:00" for the browser's zone at that instant (daylight saving included). */
export function utcOffsetLabel(unixSeconds: number): string {
  const minutes = -new Date(unixSeconds * 1000).getTimezoneOffset();
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
