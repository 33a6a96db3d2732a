import { exportFileName } from '../review/export-name';
import type { TakeRecord } from '../storage/schema';
import { decodeTake } from './decode';
import { extensionFor } from './mime';
import { encodeWav } from './wav-encode';

/** 'recorded' keeps the bytes the browser recorded; 'wav' decodes to 16-bit PCM mono. */
export type ExportFormat = 'recorded' | 'wav';

/** The take as a named File in the chosen format; `title` is the script title, if any. */
export async function takeFile(
  take: TakeRecord,
  audio: Blob,
  format: ExportFormat,
  title: string | undefined,
): Promise<File> {
  const base = {
    title: title ?? take.name,
    createdAt: take.createdAt,
    lengthSec: take.lengthMs / 1000,
  };
  if (format === 'recorded') {
    const type = take.mimeType || audio.type;
    return new File([audio], exportFileName({ ...base, extension: extensionFor(type) }), { type });
  }
  const { samples, sampleRate } = await decodeTake(audio);
  const lengthSec = samples.length / sampleRate;
  const bytes = encodeWav(samples, sampleRate);
  return new File(
    [bytes.buffer as ArrayBuffer],
    exportFileName({ ...base, lengthSec, extension: 'wav' }),
    {
      type: 'audio/wav',
    },
  );
}

/** True when this browser can hand files to the system share sheet (Web Share level 2). */
export function canShareFiles(file?: File): boolean {
  if (typeof navigator.canShare !== 'function') return false;
  const probe = file ?? new File([new Uint8Array(44)], 'probe.wav', { type: 'audio/wav' });
  try {
    return navigator.canShare({ files: [probe] });
  } catch {
    return false;
  }
}

/** Opens the share sheet with the file; resolves false when the rep closed it without sharing. */
export async function shareFile(file: File): Promise<boolean> {
  try {
    await navigator.share({ files: [file], title: file.name });
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return false;
    throw error;
  }
}
