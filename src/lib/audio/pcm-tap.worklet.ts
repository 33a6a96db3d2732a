// An AudioWorklet that copies the microphone's samples to the main thread in small batches, so a
// take's samples are in memory the moment Stop is pressed (no decoding needed to measure it).

declare function registerProcessor(name: string, ctor: unknown): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

/** Samples per message: 1024 at 48 kHz is about 21 ms, the alignment error with the recorder. */
const BATCH = 1024;

class PcmTap extends AudioWorkletProcessor {
  #batch = new Float32Array(BATCH);
  #filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!channel) return true;
    for (let i = 0; i < channel.length; i++) {
      this.#batch[this.#filled++] = channel[i]!;
      if (this.#filled === BATCH) {
        this.port.postMessage(this.#batch, [this.#batch.buffer]);
        this.#batch = new Float32Array(BATCH);
        this.#filled = 0;
      }
    }
    return true;
  }
}

registerProcessor('pcm-tap', PcmTap);
