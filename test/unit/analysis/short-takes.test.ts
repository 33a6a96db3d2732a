// One-sentence takes (2-5 s, the first sentence of a tuning or seen take) with little or no room
// before and after the voice: the case where other people talking used to go unnoticed, and where
// the rep's own soft start and fade must not be taken for them.
import { describe, expect, it } from 'vitest';
import {
  cropFirstSentence as crop,
  FIXTURES,
  firstSentenceTakes,
  inRoom,
  SEEN,
  type ConditionName,
} from '../../../scripts/accuracy';
import { babble, hash, mixAt } from '../../../scripts/rooms';
import { analyzeTake } from '../../../src/lib/analysis/index';

const tuning = firstSentenceTakes(FIXTURES);
const seen = firstSentenceTakes(SEEN);

describe('a one-sentence take with colleagues talking nearby', () => {
  // With a 0.3 s lead-in and 0.4 s after the last word, these takes have no gap the first look
  // at the room can judge, and their dead air and end read wrong under three distant talkers.
  it.each([
    ['t08', 12],
    ['t08', 15],
    ['t10', 12],
  ])('%s at %i dB says people are talking nearby instead of a wrong dead air', (id, snrDb) => {
    const t = tuning.find((x) => x.id === id)!;
    const others = tuning.filter((o) => o.voice !== t.voice && o.rate === t.rate);
    const at = tuning.indexOf(t);
    const voices = [0, 1, 2].map((k) => others[(at + k) % others.length]!.samples);
    const c = crop(t, 0.3, 0.4);
    const room = babble(c.x.length, t.rate, voices, 7);
    const a = analyzeTake(mixAt(c.x, room, c.speechRms, snrDb), t.rate);
    const right =
      Math.abs(a.speechOnsetSec! - c.onsetSec) <= 0.1 &&
      Math.abs(a.speechEndSec! - c.endSec) <= 0.25;
    expect(right, 'the readings are wrong here, so the flag is what the rep must see').toBe(false);
    expect(a.flags.talkersNearby).toBe(true);
    expect(a.flags.slowStart).toBe(false);
  });
});

describe('a one-sentence take in a room with nobody else talking', () => {
  // Every lead-in a rep can leave after pressing Record (0.15 s is about the quickest reaction)
  // and every tail down to a Stop pressed 30 ms after the last word, in rooms whose noise or
  // gain sits close to the rep's soft start and fade.
  const rooms: ConditionName[] = ['quiet', 'pink 12 dB', 'car 12 dB', 'phone AGC', 'headset 8 kHz'];
  it.each(['quiet', 'level 0 dBFS'] as const)(
    "does not take a slow voice's own soft syllables for colleagues (%s)",
    (room) => {
      // t06 is slowed to 2.1 syllables/s: cropped tight, its only gaps hold its own soft sounds.
      const t = tuning.find((x) => x.id === 't06')!;
      const c = crop(t, 0.02, 0.03);
      const y = inRoom(room, c.x, t.rate, c.speechRms, 1, []);
      expect(analyzeTake(y.samples, y.sampleRate).flags.talkersNearby).toBe(false);
    },
  );

  for (const room of rooms) {
    it(`never says people are talking nearby (${room})`, () => {
      let judged = 0;
      for (const t of [...tuning, ...seen]) {
        for (const leadSec of [0.15, 0.3, 0.5]) {
          if (t.startSec < leadSec) continue;
          for (const tailSec of [0.03, 0.15, 0.4]) {
            const c = crop(t, leadSec, tailSec);
            const seed = hash(`${t.id}${leadSec}${tailSec}${room}`);
            const y = inRoom(room, c.x, t.rate, c.speechRms, seed, []);
            const a = analyzeTake(y.samples, y.sampleRate);
            expect(a.flags.talkersNearby, `${t.id} lead-in ${leadSec} s, tail ${tailSec} s`).toBe(
              false,
            );
            judged++;
          }
        }
      }
      expect(judged).toBeGreaterThanOrEqual(150);
    });
  }
});
