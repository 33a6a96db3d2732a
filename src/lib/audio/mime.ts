/**
 * Recording types in order of preference: Opus in WebM (Chromium, Firefox), Opus in Ogg
 * (older Firefox), AAC in MP4 (Safari), then whatever the browser defaults to.
 */
export const PREFERRED_TYPES = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/ogg;codecs=opus',
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
] as const;

/** The first preferred type the browser can record, or '' to let the browser choose. */
export function chooseMimeType(isSupported: (type: string) => boolean): string {
  return PREFERRED_TYPES.find((type) => isSupported(type)) ?? '';
}

/** A file extension for a recorded type ("webm", "ogg", "m4a", "wav"). */
export function extensionFor(mimeType: string): string {
  const base = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (base === 'audio/webm' || base === 'video/webm') return 'webm';
  if (base === 'audio/ogg') return 'ogg';
  if (base === 'audio/mp4' || base === 'video/mp4' || base === 'audio/aac') return 'm4a';
  if (base === 'audio/wav' || base === 'audio/x-wav' || base === 'audio/wave') return 'wav';
  return 'audio';
}
