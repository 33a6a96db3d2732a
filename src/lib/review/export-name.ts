/** Lower-case ASCII words joined by hyphens, at most `max` characters; '' when nothing is left. */
export function slug(text: string, max = 40): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, max).replace(/-+$/, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A file name for an exported take: `afterbeep-<script or take name>-<YYYY-MM-DD-HHMM>-<length>s.<ext>`,
 * date in the rep's local time, length rounded to whole seconds.
 */
export function exportFileName(options: {
  title?: string | undefined;
  createdAt: number;
  lengthSec: number;
  extension: string;
}): string {
  const date = new Date(options.createdAt);
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
  const name = slug(options.title ?? '') || 'take';
  const seconds = Math.max(0, Math.round(options.lengthSec));
  return `afterbeep-${name}-${stamp}-${seconds}s.${options.extension}`;
}
