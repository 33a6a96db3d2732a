import { decodeTake } from './decode';
import { phoneLine } from './phone-line';

/** Which version of a take plays: as recorded, or as it will sound on a phone voicemail. */
export type LineVersion = 'original' | 'phone';

/**
 * Plays a take as recorded or through the phone-line filter (pure code, rendered to an 8 kHz
 * AudioBuffer), switching between them at the same point.
 */
export class LinePreview {
  readonly durationSec: number;
  #context = new AudioContext();
  #buffers: Record<LineVersion, AudioBuffer>;
  #source: AudioBufferSourceNode | null = null;
  #startedAt = 0;
  #fromSec = 0;

  private constructor(buffers: Record<LineVersion, AudioBuffer>) {
    this.#buffers = buffers;
    this.durationSec = buffers.original.duration;
  }

  /** Decodes a take and renders its phone-line version; rejects when the audio is damaged. */
  static async load(audio: Blob): Promise<LinePreview> {
    const { samples, sampleRate } = await decodeTake(audio);
    const phone = phoneLine([samples], sampleRate);
    return new LinePreview({
      original: toBuffer(samples, sampleRate),
      phone: toBuffer(phone.samples, phone.sampleRate),
    });
  }

  /** Playback position, s. */
  get positionSec(): number {
    if (!this.#source) return this.#fromSec;
    return Math.min(this.durationSec, this.#fromSec + this.#context.currentTime - this.#startedAt);
  }

  /** Plays one version from `fromSec`; `onEnded` runs when it reaches the end (not when stopped). */
  async play(version: LineVersion, fromSec: number, onEnded: () => void): Promise<void> {
    this.stop();
    await this.#context.resume();
    const source = new AudioBufferSourceNode(this.#context, { buffer: this.#buffers[version] });
    source.connect(this.#context.destination);
    this.#fromSec = fromSec >= this.durationSec ? 0 : fromSec;
    this.#startedAt = this.#context.currentTime;
    source.onended = () => {
      if (this.#source !== source) return;
      this.#source = null;
      this.#fromSec = 0;
      onEnded();
    };
    source.start(0, this.#fromSec);
    this.#source = source;
  }

  /** Stops playback and keeps the position; returns it in s. */
  stop(): number {
    const source = this.#source;
    if (!source) return this.#fromSec;
    this.#fromSec = this.positionSec;
    this.#source = null;
    source.onended = null;
    source.stop();
    return this.#fromSec;
  }

  /** Stops and releases the audio device. */
  close(): void {
    this.stop();
    void this.#context.close();
  }
}

function toBuffer(samples: Float32Array, sampleRate: number): AudioBuffer {
  const buffer = new AudioBuffer({
    length: Math.max(1, samples.length),
    sampleRate,
    numberOfChannels: 1,
  });
  buffer.copyToChannel(samples as Float32Array<ArrayBuffer>, 0);
  return buffer;
}
