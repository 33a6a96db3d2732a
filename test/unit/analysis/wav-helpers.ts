/** Builds a WAV file in memory for parser and CLI tests. */
export interface WavSpec {
  format?: 1 | 3 | 0xfffe | number;
  subFormat?: 1 | 3 | number;
  bits: number;
  sampleRate?: number;
  channels: number[][];
}

/** The bytes of a RIFF/WAVE file holding `channels` (values -1..1) in the given encoding. */
export function encodeWav(spec: WavSpec): Uint8Array {
  const { bits, sampleRate = 16000, channels } = spec;
  const format = spec.format ?? 1;
  const extensible = format === 0xfffe;
  const frames = channels[0]?.length ?? 0;
  const bytesPer = bits / 8;
  const blockAlign = bytesPer * channels.length;
  const fmtSize = extensible ? 40 : 16;
  const dataSize = frames * blockAlign;
  const buf = new ArrayBuffer(12 + 8 + fmtSize + 8 + dataSize);
  const v = new DataView(buf);
  const u8 = new Uint8Array(buf);
  const tag = (at: number, s: string): void => {
    for (let i = 0; i < 4; i++) u8[at + i] = s.charCodeAt(i);
  };
  tag(0, 'RIFF');
  v.setUint32(4, buf.byteLength - 8, true);
  tag(8, 'WAVE');
  tag(12, 'fmt ');
  v.setUint32(16, fmtSize, true);
  v.setUint16(20, format, true);
  v.setUint16(22, channels.length, true);
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * blockAlign, true);
  v.setUint16(32, blockAlign, true);
  v.setUint16(34, bits, true);
  if (extensible) {
    v.setUint16(36, 22, true);
    v.setUint16(38, bits, true);
    v.setUint32(40, channels.length === 1 ? 4 : 3, true);
    v.setUint16(44, spec.subFormat ?? 1, true);
    // Rest of the KSDATAFORMAT GUID: 00000000-0010-8000-00aa00389b71.
    const guid = [
      0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71,
    ];
    guid.forEach((b, i) => (u8[46 + i] = b));
  }
  const dataAt = 20 + fmtSize;
  tag(dataAt, 'data');
  v.setUint32(dataAt + 4, dataSize, true);
  let p = dataAt + 8;
  const isFloat = format === 3 || (extensible && spec.subFormat === 3);
  for (let i = 0; i < frames; i++) {
    for (const ch of channels) {
      const x = ch[i]!;
      if (isFloat) v.setFloat32(p, x, true);
      else if (bits === 8) v.setUint8(p, Math.round(x * 127) + 128);
      else if (bits === 16) v.setInt16(p, Math.round(x * 32767), true);
      else if (bits === 24) {
        const n = Math.round(x * 8388607);
        v.setUint8(p, n & 0xff);
        v.setUint8(p + 1, (n >> 8) & 0xff);
        v.setInt8(p + 2, n >> 16);
      } else v.setInt32(p, Math.round(x * 2147483647), true);
      p += bytesPer;
    }
  }
  return u8;
}
