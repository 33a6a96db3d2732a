import type { BandVerdict, TargetBand } from '../band';
import type { TakeAnalysis } from './types';

/** The one next step for the rep after a take, in words, most important problem first. */
export function nextStep(a: TakeAnalysis, verdict: BandVerdict, band: TargetBand): string {
  const f = a.flags;
  if (f.noSpeech) return 'No speech found — check the microphone is on and record again';
  if (f.tooNoisy) {
    return `Too noisy to measure (speech only ${Math.round(a.snrDb)} dB over the background) — find a quieter spot and record again`;
  }
  if (f.clipping) {
    const pct = a.clippingFraction * 100;
    return `Clipping on ${pct < 0.1 ? pct.toFixed(2) : pct.toFixed(1)} % of the take — move back from the mic or turn the input down`;
  }
  if (f.tooQuiet) {
    return `Too quiet (speech at ${Math.round(a.speechRmsDbfs)} dBFS) — move closer to the mic or speak up`;
  }
  if (f.slowStart) {
    const deadAir = a.speechOnsetSec ?? 0;
    if (f.slowStartReasons.length > 0 && f.slowStartReasons[0]!.includes('dead air')) {
      return `${deadAir.toFixed(1)} s of dead air — start right after the beep`;
    }
    return `Opening pace ${a.openingSyllablesPerSec.toFixed(1)} syllables/s — open with your hook and keep it moving`;
  }
  if (verdict === 'long') {
    return `${seconds(a.lengthSec - band.maxSec)} long — cut a sentence`;
  }
  if (verdict === 'short') {
    return `${seconds(band.minSec - a.lengthSec)} short — add a detail they care about`;
  }
  return 'In band, strong start — again to make it smooth';
}

function seconds(s: number): string {
  return s >= 10 ? `${Math.round(s)} s` : `${s.toFixed(1)} s`;
}
