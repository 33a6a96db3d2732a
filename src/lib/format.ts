// The one place numbers become words for the rep: every view, announcement and notice uses these.

/** "12.3 s" for a length in ms. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "0:12.3" style clock from ms, for the running take. */
export function formatClock(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const minutes = Math.floor(total / 60);
  const seconds = total - minutes * 60;
  return `${minutes}:${seconds.toFixed(1).padStart(4, '0')}`;
}

/** A take's time as the list shows it: "Today 14:32", "Yesterday 09:05" or "21 Nov 09:05". */
export function formatTakeTime(createdAt: number, now = Date.now()): string {
  const date = new Date(createdAt);
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const dayMs = 86_400_000;
  const startOfToday = new Date(now).setHours(0, 0, 0, 0);
  if (createdAt >= startOfToday) return `Today ${time}`;
  if (createdAt >= startOfToday - dayMs) return `Yesterday ${time}`;
  return `${date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })} ${time}`;
}

/** A take's name everywhere it is shown: the name the rep gave it, else when it was recorded. */
export function takeName(take: { name?: string | undefined; createdAt: number }): string {
  return take.name || formatTakeTime(take.createdAt);
}

/** A date and time in the rep's locale, "30 Nov 2026, 14:32", for a time in ms since 1970. */
export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Bytes for people: "840 KB", "12.4 MB", "1.2 GB" (decimal units, like the OS and the stores). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
