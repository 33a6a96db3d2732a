/**
 * A minimal ZIP reader and writer for backups. Entries are always STORED (no compression):
 * audio is already compressed, and refusing deflate makes decompression bombs impossible by
 * construction. Any unzip tool can still open an Afterbeep backup.
 */

/** A backup file that cannot be accepted; the message names what is wrong. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const UTF8_FLAG = 0x0800;
const ENCRYPTED_FLAG = 0x0001;
const END_LENGTH = 22;
const MAX_COMMENT = 0xffff;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the ZIP polynomial) of some bytes, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array, seed = 0): number {
  let c = ~seed >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** One file to put in a ZIP. */
export interface ZipInput {
  name: string;
  data: Blob | Uint8Array;
}

// Backups are stamped 1980-01-01 00:00: the DOS time field says nothing useful and a fixed value
// makes two exports of the same library byte-identical.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Builds a store-only ZIP as a Blob. Blob inputs are read once to compute their CRC and then
 * referenced, not copied, so a large library is never held in memory twice.
 */
export async function writeZip(
  files: ZipInput[],
  onProgress: (doneBytes: number, totalBytes: number) => void = () => {},
): Promise<Blob> {
  if (files.length > 0xfffe)
    throw new BackupError(`Too many files for one backup (${files.length}).`);
  const encoder = new TextEncoder();
  const totalBytes = files.reduce((sum, f) => sum + size(f.data), 0);
  const parts: BlobPart[] = [];
  const central: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  let doneBytes = 0;
  for (const file of files) {
    const name = encoder.encode(file.name) as Uint8Array<ArrayBuffer>;
    const bytes =
      file.data instanceof Uint8Array ? file.data : new Uint8Array(await file.data.arrayBuffer());
    const crc = crc32(bytes);
    const length = bytes.length;
    if (offset + 30 + name.length + length > 0xffffffff)
      throw new BackupError('The backup would be larger than 4 GB.');
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL_SIG, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, UTF8_FLAG, true);
    local.setUint16(8, 0, true);
    local.setUint16(10, DOS_TIME, true);
    local.setUint16(12, DOS_DATE, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, length, true);
    local.setUint32(22, length, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    parts.push(
      new Uint8Array(local.buffer),
      name,
      file.data instanceof Uint8Array ? toBlobPart(file.data) : file.data,
    );

    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, CENTRAL_SIG, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, UTF8_FLAG, true);
    entry.setUint16(10, 0, true);
    entry.setUint16(12, DOS_TIME, true);
    entry.setUint16(14, DOS_DATE, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, length, true);
    entry.setUint32(24, length, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    central.push(new Uint8Array(entry.buffer), name);

    offset += 30 + name.length + length;
    doneBytes += length;
    onProgress(doneBytes, totalBytes);
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(END_LENGTH));
  end.setUint32(0, END_SIG, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return new Blob([...parts, ...central, new Uint8Array(end.buffer)], { type: 'application/zip' });
}

function size(data: Blob | Uint8Array): number {
  return data instanceof Uint8Array ? data.length : data.size;
}

function toBlobPart(bytes: Uint8Array): BlobPart {
  return bytes as Uint8Array<ArrayBuffer>;
}

/** One file found in a ZIP; `bytes()` checks its CRC before returning it. */
export interface ZipEntry {
  name: string;
  /** Size in bytes (stored entries: on disk and expanded are the same). */
  size: number;
  bytes(): Uint8Array;
}

/** Limits a ZIP must stay inside before any of its content is read. */
export interface ZipLimits {
  maxEntries: number;
  /** Largest single entry, bytes. */
  maxEntryBytes: number;
  /** Longest entry name, characters. */
  maxNameLength: number;
}

/**
 * Lists a store-only ZIP's entries after checking its structure: no compression or encryption,
 * safe relative names, no duplicates, entries inside the file and not overlapping.
 */
export function readZip(zip: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const endAt = findEnd(zip, view);
  if (view.getUint16(endAt + 4, true) !== 0 || view.getUint16(endAt + 6, true) !== 0)
    throw new BackupError(
      'The backup is split across several files; Afterbeep backups are one file.',
    );
  const count = view.getUint16(endAt + 10, true);
  if (view.getUint16(endAt + 8, true) !== count)
    throw new BackupError('The backup’s file table is inconsistent.');
  if (count > limits.maxEntries)
    throw new BackupError(
      `The backup lists ${count} files; at most ${limits.maxEntries} are accepted.`,
    );
  const centralSize = view.getUint32(endAt + 12, true);
  const centralAt = view.getUint32(endAt + 16, true);
  if (centralAt + centralSize > endAt)
    throw new BackupError('The backup is truncated or damaged (its file table is cut off).');

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: (ZipEntry & { start: number; localAt: number })[] = [];
  const names = new Set<string>();
  let at = centralAt;
  for (let i = 0; i < count; i++) {
    if (at + 46 > centralAt + centralSize || view.getUint32(at, true) !== CENTRAL_SIG)
      throw new BackupError('The backup is truncated or damaged (its file table is cut off).');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const packed = view.getUint32(at + 20, true);
    const expanded = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localAt = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > centralAt + centralSize)
      throw new BackupError('The backup is truncated or damaged (its file table is cut off).');
    let name: string;
    try {
      name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    } catch {
      throw new BackupError('A file name in the backup is not valid text.');
    }
    checkName(name, limits.maxNameLength);
    if (names.has(name)) throw new BackupError(`The backup contains “${name}” twice.`);
    names.add(name);
    if (flags & ENCRYPTED_FLAG)
      throw new BackupError(`“${name}” in the backup is encrypted; Afterbeep cannot read it.`);
    if (method !== 0)
      throw new BackupError(
        `“${name}” in the backup is compressed; Afterbeep backups store files uncompressed, so this file was not made by Afterbeep or has been repacked.`,
      );
    if (packed !== expanded)
      throw new BackupError(
        `“${name}” declares ${expanded} bytes but holds ${packed}; the backup is damaged.`,
      );
    if (expanded > limits.maxEntryBytes)
      throw new BackupError(
        `“${name}” declares ${expanded} bytes, more than the ${limits.maxEntryBytes} allowed for one file.`,
      );
    if (localAt + 30 > centralAt || view.getUint32(localAt, true) !== LOCAL_SIG)
      throw new BackupError(`“${name}” points outside the backup; the file is damaged.`);
    const start =
      localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    if (start + expanded > centralAt)
      throw new BackupError(
        `“${name}” declares ${expanded} bytes but the backup ends before them (truncated?).`,
      );
    entries.push({
      name,
      size: expanded,
      start,
      localAt,
      bytes: () => {
        const bytes = zip.subarray(start, start + expanded);
        if (crc32(bytes) !== crc)
          throw new BackupError(`“${name}” is damaged (its checksum does not match).`);
        return bytes;
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  // Entries sharing bytes are how "overlapping" zip bombs multiply their size.
  const byStart = [...entries].sort((a, b) => a.start - b.start);
  for (let i = 1; i < byStart.length; i++) {
    const previous = byStart[i - 1]!;
    if (byStart[i]!.start < previous.start + previous.size)
      throw new BackupError(
        `“${byStart[i]!.name}” overlaps “${previous.name}”; the backup has been tampered with.`,
      );
  }
  // Every byte must belong to a file, the file table or its end record: nothing hidden between
  // or around them (a backup joined to another file, or data smuggled alongside).
  let expected = 0;
  for (const entry of byStart) {
    if (entry.localAt !== expected) throw new BackupError(UNACCOUNTED);
    expected = entry.start + entry.size;
  }
  if (expected !== centralAt || centralAt + centralSize !== endAt)
    throw new BackupError(UNACCOUNTED);
  return entries.map(({ name, size, bytes }) => ({ name, size, bytes }));
}

const UNACCOUNTED =
  'The backup holds bytes that belong to no file in it: it was altered or joined with another file.';

function findEnd(zip: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, zip.length - END_LENGTH - MAX_COMMENT);
  for (let at = zip.length - END_LENGTH; at >= lowest; at--) {
    if (
      view.getUint32(at, true) === END_SIG &&
      at + END_LENGTH + view.getUint16(at + 20, true) === zip.length
    )
      return at;
  }
  if (zip.length >= 4 && view.getUint32(0, true) === LOCAL_SIG)
    throw new BackupError(
      'The backup is truncated: its end is missing. Export it again from the original browser.',
    );
  throw new BackupError('This file is not an Afterbeep backup (it is not a ZIP archive).');
}

function checkName(name: string, maxLength: number): void {
  const bad =
    name.length === 0 ||
    name.length > maxLength ||
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '' || part === '.' || part === '..');
  if (bad)
    throw new BackupError(
      `The backup contains a file with an unsafe name (“${name.slice(0, 80)}”).`,
    );
}
