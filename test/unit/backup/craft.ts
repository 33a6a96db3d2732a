import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../../src/lib/storage/backup-zip';

/** One entry of a hand-made ZIP; every field a hostile file could lie about can be set. */
export interface CraftEntry {
  name: string;
  data: Uint8Array;
  /** 0 stored (default) or 8 deflate: the data is deflated here. */
  method?: 0 | 8;
  /** Expanded size written in the headers (defaults to the real one). */
  declaredSize?: number;
  crc?: number;
  flags?: number;
  /** Point this entry's central record at another entry's local header (overlap bombs). */
  sameDataAs?: number;
}

/** Builds a ZIP byte for byte as described, without any of the checks the app's writer makes. */
export function craftZip(entries: CraftEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((entry) => {
    const name = enc.encode(entry.name);
    const method = entry.method ?? 0;
    const body = method === 8 ? new Uint8Array(deflateRawSync(entry.data)) : entry.data;
    const size = entry.declaredSize ?? entry.data.length;
    const crc = entry.crc ?? crc32(entry.data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, entry.flags ?? 0x0800, true);
    local.setUint16(8, method, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.length, true);
    offsets.push(offset);
    locals.push(new Uint8Array(local.buffer), name, body);
    offset += 30 + name.length + body.length;
  });
  entries.forEach((entry, i) => {
    const name = enc.encode(entry.name);
    const method = entry.method ?? 0;
    const source = entry.sameDataAs === undefined ? entry : entries[entry.sameDataAs]!;
    const body =
      (source.method ?? 0) === 8 ? new Uint8Array(deflateRawSync(source.data)) : source.data;
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, entry.flags ?? 0x0800, true);
    central.setUint16(10, method, true);
    central.setUint32(16, entry.crc ?? crc32(source.data), true);
    central.setUint32(20, body.length, true);
    central.setUint32(24, entry.declaredSize ?? source.data.length, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offsets[entry.sameDataAs ?? i]!, true);
    centrals.push(new Uint8Array(central.buffer), name);
  });
  const centralSize = centrals.reduce((s, p) => s + p.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
