import tapUrl from './pcm-tap.worklet.ts?worker&url';

/** Longest take whose samples are kept in memory (s); longer takes are decoded instead. */
const MAX_TAP_SEC = 300;

/** Collects the microphone's samples while recording. */
export interface PcmTap {
  /** Drops everything captured so far: call when the recorder actually starts. */
  markStart(): void;
  /** Ignores samples while paused. */
  setPaused(paused: boolean): void;
  /** The samples since markStart, or null when the tap did not run or the take is too long. */
  finish(): { samples: Float32Array; sampleRate: number } | null;
}

/** Starts a tap on a source node; resolves null where AudioWorklet is unavailable. */
export async function startPcmTap(
  context: AudioContext,
  source: AudioNode,
): Promise<PcmTap | null> {
  try {
    await context.audioWorklet.addModule(tapUrl);
  } catch {
    return null;
  }
  const node = new AudioWorkletNode(context, 'pcm-tap', { numberOfInputs: 1, numberOfOutputs: 0 });
  const limit = MAX_TAP_SEC * context.sampleRate;
  let batches: Float32Array[] = [];
  let length = 0;
  let paused = false;
  let overflow = false;
  node.port.onmessage = (event: MessageEvent<Float32Array>) => {
    if (paused || overflow) return;
    batches.push(event.data);
    length += event.data.length;
    if (length > limit) {
      overflow = true;
      batches = [];
    }
  };
  source.connect(node);
  return {
    markStart() {
      batches = [];
      length = 0;
    },
    setPaused(value) {
      paused = value;
    },
    finish() {
      node.port.onmessage = null;
      source.disconnect(node);
      if (overflow || length === 0) return null;
      const samples = new Float32Array(length);
      let offset = 0;
      for (const batch of batches) {
        samples.set(batch, offset);
        offset += batch.length;
      }
      return { samples, sampleRate: context.sampleRate };
    },
  };
}
