// Colleagues talking in the room, but the rep's phrases stand clear of them: the rep is near the
// microphone, so each phrase rises to the rep's own level at once and fades from it within a
// fade. Then dead air, pauses and pace are the rep's and are shown; when another voice starts the
// speech found (or carries it on), they are withheld.
import { describe, expect, it } from 'vitest';
import { analyzeTake } from '../../../src/lib/analysis/index';
import { addNoise, addSyllables } from './signals';

const RATE = 16000;
/** The rep's syllables' amplitude; the room's are given in dB under it. */
const REP = 0.3;
const under = (db: number): number => REP * Math.pow(10, -db / 20);

/**
 * A 10 s take in a room of overlapping voiced syllables 20 dB under the rep (other people talking,
 * close enough to be heard in every gap), with 1.5 s of dead air before the rep's three phrases
 * (1.5-3.9 s, 4.5-6.5 s and 7.2-8.8 s). A colleague `colleagueDb` under the rep speaks three
 * syllables just before the rep's first word, or right after the second phrase (in its pause).
 */
function take(colleagueDb?: number, at: 'first word' | 'pause' = 'first word'): Float32Array {
  const x = new Float32Array(10 * RATE);
  addNoise(x, -75);
  addSyllables(x, RATE, 0.05, 60, 6, under(20), 0.3);
  addSyllables(x, RATE, 1.5, 12, 5, REP);
  const second = addSyllables(x, RATE, 4.5, 10, 5, REP);
  addSyllables(x, RATE, 7.2, 8, 5, REP);
  if (colleagueDb !== undefined) {
    const from = at === 'first word' ? 0.9 : second + 0.05;
    addSyllables(x, RATE, from, 3, 6, under(colleagueDb), 0.2);
  }
  return x;
}

describe("the rep's phrases against people talking nearby", () => {
  it('shows the dead air when every phrase stands clear of the room', () => {
    const a = analyzeTake(take(), RATE);
    expect(Math.abs(a.speechOnsetSec! - 1.5)).toBeLessThan(0.05);
    expect(a.flags.talkersNearby).toBe(false);
    expect(a.flags.slowStartReasons[0]).toMatchObject({ kind: 'deadAir', limit: 1 });
  });

  it("still withholds it when a colleague's voice starts the speech found", () => {
    // 14 dB under the rep the colleague is read as the start of speech, 0.6 s early. (A voice
    // within about 12 dB of the rep's own level cannot be told apart by its level at all.)
    const a = analyzeTake(take(14), RATE);
    expect(a.speechOnsetSec!).toBeLessThan(1.2);
    expect(a.flags.talkersNearby).toBe(true);
    expect(a.flags.slowStart).toBe(false);
  });

  it('still withholds the numbers when a colleague fills a pause', () => {
    // The 0.7 s pause after the second phrase is filled and read as speech: no pause is found there.
    const a = analyzeTake(take(14, 'pause'), RATE);
    expect(a.pauses.some((p) => p.startSec > 6 && p.endSec < 7.5)).toBe(false);
    expect(a.flags.talkersNearby).toBe(true);
  });
});
