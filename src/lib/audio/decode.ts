/** Sample rate we decode takes at: Opus is 48 kHz natively, so Chromium does no resampling. */
export const DECODE_RATE = 48_000;

/** A take's audio decoded to mono samples at DECODE_RATE. */
export interface DecodedTake {
  samples: Float32Array;
  sampleRate: number;
}

/** Decodes a take's audio; rejects with a clear message when the bytes are not playable audio. */
export async function decodeTake(blob: Blob): Promise<DecodedTake> {
  const bytes = await blob.arrayBuffer();
  // An OfflineAudioContext decodes without needing a user gesture and without an audio device.
  const context = new OfflineAudioContext(1, 1, DECODE_RATE);
  let buffer: AudioBuffer;
  try {
    buffer = await context.decodeAudioData(bytes);
  } catch (error) {
    throw new Error('This take’s audio is damaged and cannot be played or measured.', {
      cause: error,
    });
  }
  return { samples: toMono(buffer), sampleRate: buffer.sampleRate };
}

function toMono(buffer: AudioBuffer): Float32Array {
  if (buffer.numberOfChannels === 1) return buffer.getChannelData(0);
  const mono = new Float32Array(buffer.length);
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const channel = buffer.getChannelData(c);
    for (let i = 0; i < mono.length; i++) mono[i]! += channel[i]! / buffer.numberOfChannels;
  }
  return mono;
}
