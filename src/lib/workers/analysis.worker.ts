/// <reference lib="webworker" />
// Adapts messages only; the maths lives in src/lib/analysis.
import { computePeaks, measureTake } from '../analysis';
import type { AnalysisRequest, AnalysisResponse } from './protocol';
import { syntheticSpeech } from './warm-up';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Warm up once, as the worker starts (on Record), so the first Stop runs optimised code.
const WARM_UP_RATE = 48_000;
for (let run = 0; run < 2; run++) measureTake(syntheticSpeech(WARM_UP_RATE), WARM_UP_RATE);

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, samples, sampleRate, peakCount, scriptSyllables } = event.data;
  let response: AnalysisResponse;
  try {
    const measures = measureTake(samples, sampleRate, { scriptSyllables });
    const peaks = computePeaks(samples, peakCount);
    response = { type: 'result', id, measures, peaks };
  } catch (error) {
    response = {
      type: 'error',
      id,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  scope.postMessage(response);
};
