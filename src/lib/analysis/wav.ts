/** Decoded PCM: one Float32Array per channel, samples in -1..1. */
export interface PcmAudio {
  sampleRate: number;
  channels: Float32Array[];
}

/** Thrown by parseWav when the bytes are not a WAV file Afterbeep can read; the message says why. */
export class WavError extends Error {
  override name = 'WavError';
}

const FORMAT_PCM = 1;
const FORMAT_FLOAT = 3;
const FORMAT_EXTENSIBLE = 0xfffe;
const MIN_RATE = 4000;
const MAX_RATE = 384000;

const SUPPORTED =
  'PCM WAV with 8, 16, 24 or 32-bit integer or 32-bit float samples, mono or stereo';

/** Parses a RIFF/WAVE file into float channels; throws WavError with a clear message otherwise. */
export function parseWav(bytes: Uint8Array): PcmAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || tag(bytes, 0) !== 'RIFF' || tag(bytes, 8) !== 'WAVE') {
    throw new WavError(`Not a WAV file (no RIFF/WAVE header). Expected ${SUPPORTED}.`);
  }

  let fmt: {
    format: number;
    channels: number;
    sampleRate: number;
    blockAlign: number;
    bits: number;
  } | null = null;
  let data: { start: number; size: number } | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.byteLength) {
    const id = tag(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.byteLength)
        throw new WavError('The WAV format chunk is truncated.');
      let format = view.getUint16(body, true);
      const bits = view.getUint16(body + 14, true);
      if (format === FORMAT_EXTENSIBLE) {
        if (size < 40 || body + 26 > bytes.byteLength) {
          throw new WavError('The WAV extensible format chunk is truncated.');
        }
        // The first two bytes of the sub-format GUID carry the real format code.
        format = view.getUint16(body + 24, true);
      }
      fmt = {
        format,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        blockAlign: view.getUint16(body + 12, true),
        bits,
      };
    } else if (id === 'data') {
      const available = bytes.byteLength - body;
      // Streaming writers leave a placeholder (0, 0xFFFFFFFF, or just under 2 GiB such as
      // 0x7FFFF000) when they never came back to fix the size: read what is there.
      const placeholder = size === 0 || size >= 0x7fff0000;
      const declared = placeholder && available > 0 ? available : size;
      if (declared > available) {
        throw new WavError(
          `The WAV file is truncated: it declares ${declared} bytes of audio but only ${available} are present.`,
        );
      }
      data = { start: body, size: declared };
      break;
    }
    offset = body + size + (size & 1);
  }

  if (!fmt) throw new WavError('The WAV file has no format chunk, so its samples cannot be read.');
  if (!data) throw new WavError('The WAV file has no data chunk: it is empty or truncated.');

  const { format, channels, sampleRate, bits } = fmt;
  if (format !== FORMAT_PCM && format !== FORMAT_FLOAT) {
    throw new WavError(`Unsupported WAV encoding (format code ${format}). Expected ${SUPPORTED}.`);
  }
  const okBits =
    format === FORMAT_FLOAT ? bits === 32 : bits === 8 || bits === 16 || bits === 24 || bits === 32;
  if (!okBits) {
    const kind = format === FORMAT_FLOAT ? 'float' : 'integer';
    throw new WavError(`Unsupported sample size: ${bits}-bit ${kind}. Expected ${SUPPORTED}.`);
  }
  if (channels !== 1 && channels !== 2) {
    throw new WavError(`Unsupported channel count: ${channels}. Expected ${SUPPORTED}.`);
  }
  if (sampleRate < MIN_RATE || sampleRate > MAX_RATE) {
    throw new WavError(
      `Unsupported sample rate: ${sampleRate} Hz (expected ${MIN_RATE}–${MAX_RATE} Hz).`,
    );
  }
  const bytesPerSample = bits / 8;
  const frameBytes = bytesPerSample * channels;
  const frames = Math.floor(data.size / frameBytes);
  if (frames === 0) throw new WavError('The WAV file contains no audio samples.');

  const out: Float32Array[] = [];
  for (let c = 0; c < channels; c++) out.push(new Float32Array(frames));
  decode(view, data.start, frames, channels, bytesPerSample, format === FORMAT_FLOAT, out);
  return { sampleRate, channels: out };
}

function decode(
  view: DataView,
  start: number,
  frames: number,
  channels: number,
  bytesPerSample: number,
  float: boolean,
  out: Float32Array[],
): void {
  for (let c = 0; c < channels; c++) {
    const ch = out[c]!;
    let p = start + c * bytesPerSample;
    const step = channels * bytesPerSample;
    if (float) {
      for (let i = 0; i < frames; i++, p += step) ch[i] = view.getFloat32(p, true);
    } else if (bytesPerSample === 2) {
      for (let i = 0; i < frames; i++, p += step) ch[i] = view.getInt16(p, true) / 32768;
    } else if (bytesPerSample === 1) {
      for (let i = 0; i < frames; i++, p += step) ch[i] = (view.getUint8(p) - 128) / 128;
    } else if (bytesPerSample === 3) {
      for (let i = 0; i < frames; i++, p += step) {
        const v = view.getUint8(p) | (view.getUint8(p + 1) << 8) | (view.getInt8(p + 2) << 16);
        ch[i] = v / 8388608;
      }
    } else {
      for (let i = 0; i < frames; i++, p += step) ch[i] = view.getInt32(p, true) / 2147483648;
    }
  }
}

/** Averages all channels into one mono Float32Array (-1..1); returns the channel itself for mono. */
export function mixToMono(a: PcmAudio): Float32Array {
  const first = a.channels[0];
  if (!first) return new Float32Array(0);
  if (a.channels.length === 1) return first;
  const out = new Float32Array(first.length);
  const gain = 1 / a.channels.length;
  for (const ch of a.channels) {
    for (let i = 0; i < out.length; i++) out[i]! += ch[i]! * gain;
  }
  return out;
}

function tag(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(
    bytes[at] ?? 0,
    bytes[at + 1] ?? 0,
    bytes[at + 2] ?? 0,
    bytes[at + 3] ?? 0,
  );
}
