// Speech that runs on to Stop in a room where other people are heard talking: a rep stops talking
// before pressing Stop, so what carries the speech to the last frame is someone else.
import { describe, expect, it } from 'vitest';
import { analyzeTake } from '../../../src/lib/analysis/index';
import { addNoise, addRumble, addSyllables } from './signals';

const RATE = 16000;
const LENGTH_SEC = 10;
/** The rep's syllables' amplitude; the room's are given in dB under it. */
const REP = 0.3;
const under = (db: number): number => REP * Math.pow(10, -db / 20);

/**
 * A 10 s take: the rep's three phrases (0.6-3.0 s, 3.6-6.6 s and 7.25-9.2 s, 5 syllables/s), over
 * `room` (what is heard apart from the rep). At the end, Stop comes 0.8 s after the last word,
 * or a colleague 12 dB under the rep speaks up right after it and talks on past Stop, or the rep's
 * own last phrase is cut short by Stop.
 */
function take(
  room: 'talkers' | 'rumble' | 'quiet',
  end: 'stop' | 'colleague' | 'rep' = 'stop',
): Float32Array {
  const x = new Float32Array(LENGTH_SEC * RATE);
  addNoise(x, -75);
  // Colleagues across the floor: overlapping voiced syllables 27 dB under the rep, heard in the
  // lead-in and the pauses just too far under the rep to say so by their level alone.
  if (room === 'talkers') addSyllables(x, RATE, 0.05, 60, 6, under(27), 0.3);
  if (room === 'rumble') addRumble(x, -40);
  addSyllables(x, RATE, 0.6, 12, 5, REP);
  addSyllables(x, RATE, 3.6, 15, 5, REP);
  const last = addSyllables(x, RATE, 7.25, end === 'rep' ? 15 : 10, 5, REP);
  if (end === 'colleague') addSyllables(x, RATE, last + 0.1, 5, 5, under(12), 0.2);
  return x;
}

describe('speech that runs on to Stop', () => {
  it('says people are talking nearby when a voice from the room carries the speech to the end', () => {
    const a = analyzeTake(take('talkers', 'colleague'), RATE);
    // The room's voice is read as the rep's, up to the last frame: the end cannot be trusted.
    expect(a.speechEndSec).toBeGreaterThan(LENGTH_SEC - 0.03);
    expect(a.flags.talkersNearby).toBe(true);
  });

  it('trusts the same room when the rep stops before Stop', () => {
    const a = analyzeTake(take('talkers'), RATE);
    expect(Math.abs(a.speechEndSec! - 9.21)).toBeLessThan(0.1);
    expect(a.flags.talkersNearby).toBe(false);
  });

  it("does not take the rep's own voice cut short by Stop for colleagues where nobody else talks", () => {
    // With colleagues heard in the gaps, the same ending is flagged: the cue cannot tell whose
    // voice reached Stop, and a rep rarely talks on to the moment Stop is pressed.
    for (const room of ['quiet', 'rumble'] as const) {
      const a = analyzeTake(take(room, 'rep'), RATE);
      expect(a.speechEndSec, room).toBeGreaterThan(LENGTH_SEC - 0.03);
      expect(a.flags.talkersNearby, room).toBe(false);
    }
  });
});
