import { decodeTake } from './decode';
import { analyzeInWorker, type AnalysisResult } from '../workers/analysis-client';

/** A take's measures and peaks, or `damaged` when its audio cannot be decoded. */
export type MeasuredAudio =
  ({ damaged: false } & AnalysisResult) | { damaged: true; reason: string };

/** Decodes a take's audio and measures it in the analysis worker. */
export async function measureAudio(blob: Blob): Promise<MeasuredAudio> {
  let decoded;
  try {
    decoded = await decodeTake(blob);
  } catch (error) {
    return { damaged: true, reason: error instanceof Error ? error.message : String(error) };
  }
  // getChannelData's buffer belongs to the AudioBuffer; copy before transferring it away.
  const samples = decoded.samples.slice();
  const result = await analyzeInWorker(samples, decoded.sampleRate);
  return { damaged: false, ...result };
}
