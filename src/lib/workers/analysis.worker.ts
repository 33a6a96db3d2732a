/// <reference lib="webworker" />
// Adapts messages only; the maths lives in src/lib/analysis.
import { computePeaks, measureTake } from '../analysis';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, samples, sampleRate, peakCount } = event.data;
  let response: AnalysisResponse;
  try {
    const measures = measureTake(samples, sampleRate);
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
