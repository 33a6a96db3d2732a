// The rep's own soft last word, heard right after the speech found ends but under the level speech
// must reach in a room of other voices: the end cannot be told from the room. Babble rises over
// its own loud level only briefly; a held voiced sound that stays there for a syllable is a voice.
import { describe, expect, it } from 'vitest';
import { analyzeTake } from '../../../src/lib/analysis/index';
import { addNoise, addRumble, addSyllables } from './signals';

const RATE = 16000;
/** The rep's syllables' amplitude; the other sounds are given in dB under it. */
const REP = 0.3;
const under = (db: number): number => REP * Math.pow(10, -db / 20);

/**
 * A 10 s take: the rep's three phrases (0.6-3.0 s, 3.6-6.6 s, 7.25-9.21 s at 5 syllables/s) over
 * `room`, then 0.1 s after the last syllable one more voiced sound 26 dB under the rep lasting
 * `softSec` (0.3 s: a drawn-out soft last word; 0.12 s: shorter than a syllable), and Stop 0.8 s
 * later.
 */
function take(room: 'talkers' | 'rumble' | 'quiet', softSec: number | null): Float32Array {
  const x = new Float32Array(10 * RATE);
  addNoise(x, -75);
  // Colleagues across the floor: overlapping voiced syllables 27 dB under the rep.
  if (room === 'talkers') addSyllables(x, RATE, 0.05, 60, 6, under(27), 0.3);
  if (room === 'rumble') addRumble(x, -40);
  addSyllables(x, RATE, 0.6, 12, 5, REP);
  addSyllables(x, RATE, 3.6, 15, 5, REP);
  const last = addSyllables(x, RATE, 7.25, 10, 5, REP);
  if (softSec !== null) addSyllables(x, RATE, last + 0.1, 1, 5, under(26), softSec);
  return x;
}

describe("the rep's soft last word under a room of voices", () => {
  it('says people are talking nearby when a held voice follows the end found', () => {
    const a = analyzeTake(take('talkers', 0.3), RATE);
    // The soft word (to 9.61 s) is not found as speech: the end reads early...
    expect(a.speechEndSec!).toBeLessThan(9.3);
    // ...so the end cannot be trusted, and the take says so.
    expect(a.flags.talkersNearby).toBe(true);
  });

  it('trusts the room when what follows the end rises over it for less than a syllable', () => {
    const a = analyzeTake(take('talkers', 0.12), RATE);
    expect(a.flags.talkersNearby).toBe(false);
  });

  it('trusts the room when nothing follows the end', () => {
    const a = analyzeTake(take('talkers', null), RATE);
    expect(Math.abs(a.speechEndSec! - 9.21)).toBeLessThan(0.1);
    expect(a.flags.talkersNearby).toBe(false);
  });

  it('never says people are talking where nobody else talks', () => {
    for (const room of ['quiet', 'rumble'] as const) {
      expect(analyzeTake(take(room, 0.3), RATE).flags.talkersNearby, room).toBe(false);
    }
  });
});
