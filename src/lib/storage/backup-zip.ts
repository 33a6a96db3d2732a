/**
 * A minimal ZIP reader and writer for backups. Entries are always STORED (no compression):
 * audio is already compressed, and refusing deflate makes decompression bombs impossible by
 * construction. Any unzip tool can still open an Afterbeep backup. Both directions stream: the
 * writer references each take's audio Blob instead of copying it, the reader reads the file
 * table and checks each entry in pieces, so a library of several GB never sits in memory. ZIP64
 * records are written (and read) only when an offset passes 4 GiB or entries pass 65,534.
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
const ZIP64_END_SIG = 0x06064b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
const UTF8_FLAG = 0x0800;
const ENCRYPTED_FLAG = 0x0001;
const END_LENGTH = 22;
const ZIP64_END_LENGTH = 56;
const ZIP64_LOCATOR_LENGTH = 20;
const MAX_COMMENT = 0xffff;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
/** Bytes read at a time when checking or checksumming an entry. */
const PIECE = 4 * 1024 * 1024;

// Slicing-by-8: eight 256-entry tables let the loop take 8 bytes a step (about 4x a byte loop),
// which is most of the time an export or restore of a large library spends.
const CRC_TABLES = (() => {
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++)
      t[k * 256 + n] = (t[(k - 1) * 256 + n]! >>> 8) ^ t[t[(k - 1) * 256 + n]! & 0xff]!;
  return t;
})();

/** CRC-32 (the ZIP polynomial) of some bytes, continuing from `seed`, as an unsigned number. */
export function crc32(bytes: Uint8Array, seed = 0): number {
  const t = CRC_TABLES;
  let c = ~seed >>> 0;
  let i = 0;
  const end8 = bytes.length - (bytes.length % 8);
  for (; i < end8; i += 8) {
    const a =
      c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
    c =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** CRC-32 of a Blob or bytes, read a few MB at a time. */
export async function crc32Of(data: Blob | Uint8Array): Promise<number> {
  if (data instanceof Uint8Array) return crc32(data);
  let crc = 0;
  for (let at = 0; at < data.size; at += PIECE)
    crc = crc32(new Uint8Array(await data.slice(at, at + PIECE).arrayBuffer()), crc);
  return crc;
}

/** One file to put in a ZIP, with its CRC-32 when already known. */
export interface ZipInput {
  name: string;
  data: Blob | Uint8Array;
  crc?: number;
}

// Backups are stamped 1980-01-01 00:00: the DOS time field says nothing useful and a fixed value
// makes two exports of the same library byte-identical.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * Builds a store-only ZIP as a Blob whose parts reference the input Blobs (never copies of
 * them). Inputs without a CRC are checksummed a piece at a time first. ZIP64 records are added
 * when needed, or always with `zip64: 'always'` (like zip -fz; tests use it to check ZIP64 on
 * small files).
 */
export async function writeZip(
  files: ZipInput[],
  onProgress: (doneBytes: number, totalBytes: number) => void = () => {},
  { zip64: mode = 'auto' }: { zip64?: 'auto' | 'always' } = {},
): Promise<Blob> {
  const encoder = new TextEncoder();
  const totalBytes = files.reduce((sum, f) => sum + size(f.data), 0);
  const parts: BlobPart[] = [];
  const central: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  let doneBytes = 0;
  for (const file of files) {
    const name = encoder.encode(file.name) as Uint8Array<ArrayBuffer>;
    const crc = file.crc ?? (await crc32Of(file.data));
    const length = size(file.data);
    if (length >= MAX32) throw new BackupError(`“${file.name}” is too large for a backup.`);
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
    parts.push(new Uint8Array(local.buffer), name, toBlobPart(file.data));

    // Past 4 GiB the offset moves into a ZIP64 extra field.
    const far = offset >= MAX32 || mode === 'always';
    const entry = new DataView(new ArrayBuffer(46 + (far ? 12 : 0)));
    entry.setUint32(0, CENTRAL_SIG, true);
    entry.setUint16(4, far ? 45 : 20, true);
    entry.setUint16(6, far ? 45 : 20, true);
    entry.setUint16(8, UTF8_FLAG, true);
    entry.setUint16(10, 0, true);
    entry.setUint16(12, DOS_TIME, true);
    entry.setUint16(14, DOS_DATE, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, length, true);
    entry.setUint32(24, length, true);
    entry.setUint16(28, name.length, true);
    entry.setUint16(30, far ? 12 : 0, true);
    entry.setUint32(42, far ? MAX32 : offset, true);
    if (far) {
      entry.setUint16(46, ZIP64_EXTRA, true);
      entry.setUint16(48, 8, true);
      entry.setBigUint64(50, BigInt(offset), true);
    }
    central.push(new Uint8Array(entry.buffer, 0, 46), name);
    if (far) central.push(new Uint8Array(entry.buffer, 46));

    offset += 30 + name.length + length;
    doneBytes += length;
    onProgress(doneBytes, totalBytes);
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const zip64 =
    offset >= MAX32 || files.length >= MAX16 || centralSize >= MAX32 || mode === 'always';
  const tail: Uint8Array<ArrayBuffer>[] = [];
  if (zip64) {
    const record = new DataView(new ArrayBuffer(ZIP64_END_LENGTH + ZIP64_LOCATOR_LENGTH));
    record.setUint32(0, ZIP64_END_SIG, true);
    record.setBigUint64(4, BigInt(ZIP64_END_LENGTH - 12), true);
    record.setUint16(12, 45, true);
    record.setUint16(14, 45, true);
    record.setBigUint64(24, BigInt(files.length), true);
    record.setBigUint64(32, BigInt(files.length), true);
    record.setBigUint64(40, BigInt(centralSize), true);
    record.setBigUint64(48, BigInt(offset), true);
    record.setUint32(56, ZIP64_LOCATOR_SIG, true);
    record.setBigUint64(64, BigInt(offset + centralSize), true);
    record.setUint32(72, 1, true);
    tail.push(new Uint8Array(record.buffer));
  }
  const end = new DataView(new ArrayBuffer(END_LENGTH));
  end.setUint32(0, END_SIG, true);
  end.setUint16(8, zip64 ? MAX16 : files.length, true);
  end.setUint16(10, zip64 ? MAX16 : files.length, true);
  end.setUint32(12, zip64 ? MAX32 : centralSize, true);
  end.setUint32(16, zip64 ? MAX32 : offset, true);
  tail.push(new Uint8Array(end.buffer));
  return new Blob([...parts, ...central, ...tail], { type: 'application/zip' });
}

function size(data: Blob | Uint8Array): number {
  return data instanceof Uint8Array ? data.length : data.size;
}

function toBlobPart(data: Blob | Uint8Array): BlobPart {
  return data instanceof Uint8Array ? (data as Uint8Array<ArrayBuffer>) : data;
}

/** Random access to a ZIP file's bytes, whether it is in memory or a (disk-backed) File. */
interface Source {
  size: number;
  read(at: number, length: number): Promise<Uint8Array>;
  blob(at: number, length: number, type: string): Blob;
}

function sourceOf(file: Blob | Uint8Array): Source {
  if (file instanceof Uint8Array)
    return {
      size: file.length,
      read: (at, length) => Promise.resolve(file.subarray(at, at + length)),
      blob: (at, length, type) =>
        new Blob([file.subarray(at, at + length) as Uint8Array<ArrayBuffer>], { type }),
    };
  return {
    size: file.size,
    read: async (at, length) => new Uint8Array(await file.slice(at, at + length).arrayBuffer()),
    blob: (at, length, type) => file.slice(at, at + length, type),
  };
}

/** One file found in a ZIP. Reading its bytes checks its CRC; `blob` is a lazy slice. */
export interface ZipEntry {
  name: string;
  /** Size in bytes (stored entries: on disk and expanded are the same). */
  size: number;
  /** The whole entry, CRC checked: only for small entries such as the manifest. */
  bytes(): Promise<Uint8Array>;
  /** The first `length` bytes, unchecked (for recognising the audio container). */
  head(length: number): Promise<Uint8Array>;
  /** Reads the entry a piece at a time and throws a BackupError when its CRC does not match. */
  verify(): Promise<void>;
  /** The entry as a Blob slice of the file, not read until used. */
  blob(type: string): Blob;
}

/** Limits a ZIP must stay inside before any of its content is read. */
export interface ZipLimits {
  maxEntries: number;
  /** Largest single entry, bytes. */
  maxEntryBytes: number;
  /** Longest entry name, characters. */
  maxNameLength: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const CUT_OFF = 'The backup is truncated or damaged (its file table is cut off).';
const UNACCOUNTED =
  'The backup holds bytes that belong to no file in it: it was altered or joined with another file.';

/**
 * Lists a store-only ZIP's entries after checking its structure: no compression or encryption,
 * safe relative names, no duplicates, entries inside the file and not overlapping, and every
 * byte of the file belonging to an entry, the file table or its end records. Entry contents are
 * not read here (see ZipEntry.verify).
 */
export async function readZip(file: Blob | Uint8Array, limits: ZipLimits): Promise<ZipEntry[]> {
  const source = sourceOf(file);
  const end = await findEnd(source);
  const { count, centralSize, centralAt, tableEnd } = end;
  if (count > limits.maxEntries)
    throw new BackupError(
      `The backup lists ${count} files; at most ${limits.maxEntries} are accepted.`,
    );
  if (centralAt + centralSize > tableEnd) throw new BackupError(CUT_OFF);
  if (centralAt + centralSize !== tableEnd) throw new BackupError(UNACCOUNTED);
  const table = await source.read(centralAt, centralSize);

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const listed: {
    name: string;
    nameBytes: Uint8Array;
    crc: number;
    size: number;
    localAt: number;
  }[] = [];
  const names = new Set<string>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > table.length || u32(table, at) !== CENTRAL_SIG) throw new BackupError(CUT_OFF);
    const flags = u16(table, at + 8);
    const method = u16(table, at + 10);
    const crc = u32(table, at + 16);
    let packed = u32(table, at + 20);
    let expanded = u32(table, at + 24);
    const nameLength = u16(table, at + 28);
    const extraLength = u16(table, at + 30);
    const commentLength = u16(table, at + 32);
    let localAt = u32(table, at + 42);
    if (at + 46 + nameLength + extraLength + commentLength > table.length)
      throw new BackupError(CUT_OFF);
    const nameBytes = table.subarray(at + 46, at + 46 + nameLength);
    let name: string;
    try {
      name = decoder.decode(nameBytes);
    } catch {
      throw new BackupError('A file name in the backup is not valid text.');
    }
    checkName(name, limits.maxNameLength);
    if (names.has(name)) throw new BackupError(`The backup contains “${name}” twice.`);
    names.add(name);
    if (commentLength !== 0) throw new BackupError(UNACCOUNTED);
    // The only extra field an Afterbeep backup has is ZIP64's, holding values too big for 32 bits.
    if (extraLength !== 0) {
      const extra = table.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      const wide = [expanded, packed, localAt].filter((v) => v === MAX32).length;
      if (wide === 0 || u16(extra, 0) !== ZIP64_EXTRA || u16(extra, 2) !== 8 * wide)
        throw new BackupError(UNACCOUNTED);
      if (extraLength !== 4 + 8 * wide) throw new BackupError(UNACCOUNTED);
      let field = 4;
      const next = () => u64(extra, (field += 8) - 8);
      if (expanded === MAX32) expanded = next();
      if (packed === MAX32) packed = next();
      if (localAt === MAX32) localAt = next();
    }
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
    listed.push({ name, nameBytes, crc, size: expanded, localAt });
    at += 46 + nameLength + extraLength + commentLength;
  }
  // Stray bytes at the end of the file table are where data could hide alongside the files.
  if (at !== table.length) throw new BackupError(UNACCOUNTED);

  const entries: (ZipEntry & { start: number; localAt: number })[] = [];
  for (const { name, nameBytes, crc, size, localAt } of listed) {
    if (localAt + 30 > centralAt)
      throw new BackupError(`“${name}” points outside the backup; the file is damaged.`);
    const local = await source.read(localAt, 30 + nameBytes.length);
    if (u32(local, 0) !== LOCAL_SIG)
      throw new BackupError(`“${name}” points outside the backup; the file is damaged.`);
    // The local header must describe the same file as the file table, with nothing extra.
    const localName = local.subarray(30);
    if (
      u16(local, 26) !== nameBytes.length ||
      u16(local, 28) !== 0 ||
      !localName.every((byte, i) => byte === nameBytes[i])
    )
      throw new BackupError(UNACCOUNTED);
    const start = localAt + 30 + nameBytes.length;
    if (start + size > centralAt)
      throw new BackupError(
        `“${name}” declares ${size} bytes but the backup ends before them (truncated?).`,
      );
    entries.push({
      name,
      size,
      start,
      localAt,
      bytes: async () => {
        const bytes = await source.read(start, size);
        if (crc32(bytes) !== crc) throw damaged(name);
        return bytes;
      },
      head: (length) => source.read(start, Math.min(length, size)),
      verify: async () => {
        let sum = 0;
        for (let done = 0; done < size; done += PIECE)
          sum = crc32(await source.read(start + done, Math.min(PIECE, size - done)), sum);
        if (sum !== crc) throw damaged(name);
      },
      blob: (type) => source.blob(start, size, type),
    });
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
  // Every byte must belong to a file, the file table or its end records: nothing hidden between
  // or around them (a backup joined to another file, or data smuggled alongside).
  let expected = 0;
  for (const entry of byStart) {
    if (entry.localAt !== expected) throw new BackupError(UNACCOUNTED);
    expected = entry.start + entry.size;
  }
  if (expected !== centralAt) throw new BackupError(UNACCOUNTED);
  return entries.map(({ name, size, bytes, head, verify, blob }) => ({
    name,
    size,
    bytes,
    head,
    verify,
    blob,
  }));
}

function damaged(name: string): BackupError {
  return new BackupError(`“${name}” is damaged (its checksum does not match).`);
}

/** Where the file table is, from the end record (and the ZIP64 end record when it points to one). */
async function findEnd(
  source: Source,
): Promise<{ count: number; centralSize: number; centralAt: number; tableEnd: number }> {
  const tailLength = Math.min(source.size, END_LENGTH + MAX_COMMENT);
  const tailAt = source.size - tailLength;
  const tail = await source.read(tailAt, tailLength);
  let endAt = -1;
  for (let at = tail.length - END_LENGTH; at >= 0; at--) {
    if (u32(tail, at) === END_SIG && at + END_LENGTH + u16(tail, at + 20) === tail.length) {
      endAt = at;
      break;
    }
  }
  if (endAt < 0) {
    const head = await source.read(0, Math.min(4, source.size));
    if (head.length === 4 && u32(head, 0) === LOCAL_SIG)
      throw new BackupError(
        'The backup is truncated: its end is missing. Export it again from the original browser.',
      );
    throw new BackupError('This file is not an Afterbeep backup (it is not a ZIP archive).');
  }
  if (u16(tail, endAt + 20) !== 0) throw new BackupError(UNACCOUNTED);
  if (u16(tail, endAt + 4) !== 0 || u16(tail, endAt + 6) !== 0)
    throw new BackupError(
      'The backup is split across several files; Afterbeep backups are one file.',
    );
  const count = u16(tail, endAt + 10);
  if (u16(tail, endAt + 8) !== count)
    throw new BackupError('The backup’s file table is inconsistent.');
  const fileEndAt = tailAt + endAt;
  const centralSize = u32(tail, endAt + 12);
  const centralAt = u32(tail, endAt + 16);
  if (count !== MAX16 && centralSize !== MAX32 && centralAt !== MAX32)
    return { count, centralSize, centralAt, tableEnd: fileEndAt };

  // ZIP64: a locator just before the end record points at the ZIP64 end record.
  const recordsAt = fileEndAt - ZIP64_LOCATOR_LENGTH - ZIP64_END_LENGTH;
  if (recordsAt < 0) throw new BackupError(CUT_OFF);
  const records = await source.read(recordsAt, ZIP64_END_LENGTH + ZIP64_LOCATOR_LENGTH);
  const locator = ZIP64_END_LENGTH;
  if (
    u32(records, 0) !== ZIP64_END_SIG ||
    u64(records, 4) !== ZIP64_END_LENGTH - 12 ||
    u32(records, locator) !== ZIP64_LOCATOR_SIG ||
    u64(records, locator + 8) !== recordsAt ||
    u32(records, locator + 4) !== 0 ||
    u32(records, locator + 16) !== 1 ||
    u32(records, 16) !== 0 ||
    u32(records, 20) !== 0
  )
    throw new BackupError(CUT_OFF);
  const count64 = u64(records, 32);
  if (u64(records, 24) !== count64)
    throw new BackupError('The backup’s file table is inconsistent.');
  return {
    count: count64,
    centralSize: u64(records, 40),
    centralAt: u64(records, 48),
    tableEnd: recordsAt,
  };
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
