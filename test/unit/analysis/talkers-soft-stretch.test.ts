// Colleagues talking in the room, and a stretch inside one of the rep's phrases that stays under
// the rep's loud level for longer than a pause. When it stands over the room it is the rep's own
// soft syllables, and dead air and pace are shown; when it sits at the room's level (the rep
// paused and someone else's voice bridged the gap), or the rep stays that soft for longer than two
// pauses, they are withheld.
import { describe, expect, it } from 'vitest';
import { analyzeTake } from '../../../src/lib/analysis/index';
import { addNoise, addSyllables } from './signals';

const RATE = 16000;
/** The rep's loud syllables' amplitude; everything else is given in dB under it. */
const REP = 0.3;
const under = (db: number): number => REP * Math.pow(10, -db / 20);

/**
 * A 10 s take in a room of overlapping voiced syllables 20 dB under the rep, with 1.5 s of dead air
 * before the rep's first phrase: five loud syllables, `middle` (added by the caller from the time
 * it is given, returning where it ends), five loud syllables; then, when the take lasts 8 s or
 * more, a second phrase at 5.6-7.6 s.
 */
function take(middle: (x: Float32Array, fromSec: number) => number, lengthSec = 10): Float32Array {
  const x = new Float32Array(lengthSec * RATE);
  addNoise(x, -75);
  addSyllables(x, RATE, 0.05, 60, 6, under(20), 0.3);
  const softFrom = addSyllables(x, RATE, 1.5, 5, 5, REP);
  addSyllables(x, RATE, middle(x, softFrom), 5, 5, REP);
  if (lengthSec >= 8) addSyllables(x, RATE, 5.6, 10, 5, REP);
  return x;
}

/** Soft syllables of the rep's, `db` under its loud ones, one every 1/8 s for about `sec`. */
const soft =
  (db: number, sec: number) =>
  (x: Float32Array, from: number): number =>
    addSyllables(x, RATE, from - 0.02, Math.round(sec * 8), 8, under(db)) - 0.02;

describe("a soft stretch inside the rep's phrase, with people talking nearby", () => {
  it("shows the dead air when the stretch is the rep's own soft syllables over the room", () => {
    // 13 dB under the rep: 7 dB over the room, for about 0.35 s.
    const a = analyzeTake(take(soft(13, 0.35)), RATE);
    expect(Math.abs(a.speechOnsetSec! - 1.5)).toBeLessThan(0.05);
    expect(Math.abs(a.speechEndSec! - 7.56)).toBeLessThan(0.1);
    expect(a.flags.talkersNearby).toBe(false);
    expect(a.flags.slowStartReasons[0]).toMatchObject({ kind: 'deadAir', limit: 1 });
  });

  it('also when the soft syllables lie 14 dB under the rep for 0.3 s', () => {
    const a = analyzeTake(take(soft(14, 0.3)), RATE);
    expect(a.flags.talkersNearby).toBe(false);
  });

  it('withholds them in a take too short to know the room by (under 8 s)', () => {
    // The same soft stretch as above in a 6 s take of one phrase: the room is heard in its
    // lead-in and tail only.
    const a = analyzeTake(take(soft(13, 0.35), 6), RATE);
    expect(a.flags.talkersNearby).toBe(true);
  });

  it('withholds the numbers when the rep stays that soft for longer than two pauses', () => {
    const a = analyzeTake(take(soft(14, 0.7)), RATE);
    expect(a.flags.talkersNearby).toBe(true);
    expect(a.flags.slowStart).toBe(false);
  });

  it("withholds them when the rep pauses and a colleague's syllable bridges the gap", () => {
    // A 0.35 s pause of the rep's, filled at the room's level but for one syllable 14 dB under the
    // rep in its middle: the pause is read as speech.
    const bridged = (x: Float32Array, from: number): number => {
      addSyllables(x, RATE, from + 0.115, 1, 5, under(14), 0.12);
      return from + 0.35;
    };
    const a = analyzeTake(take(bridged), RATE);
    expect(a.pauses.some((p) => p.endSec < 4)).toBe(false);
    expect(a.flags.talkersNearby).toBe(true);
  });
});
