import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScript } from '../../../src/lib/scripts/checklist';
import {
  agreement,
  INDEPENDENT_SET_FILE,
  INDEPENDENT_2_SET_FILE,
  INDEPENDENT_3_SET_FILE,
  INDEPENDENT_4_SET_FILE,
  INDEPENDENT_5_SET_FILE,
  INDEPENDENT_6_SET_FILE,
  INDEPENDENT_7_SET_FILE,
  INDEPENDENT_8_SET_FILE,
  INDEPENDENT_9_SET_FILE,
  INDEPENDENT_10_SET_FILE,
  INDEPENDENT_11_SET_FILE,
  type LabelledCheckId,
  LABELLED_CHECKS,
  loadLabelled,
  splitTuningHeldOut,
  TRAINER_SET_FILE,
  TUNING_EXTRA_FILE,
  TUNING_3_FILE,
  TUNING_4_FILE,
  type LabelledScript,
} from './checklist-set';

const BAND = { minSec: 8, maxSec: 30 };
const trainer = loadLabelled(TRAINER_SET_FILE);
const { tuning, heldOut } = splitTuningHeldOut(trainer);
const tuningExtra = loadLabelled(TUNING_EXTRA_FILE);
const tuning3 = loadLabelled(TUNING_3_FILE);
const tuning4 = loadLabelled(TUNING_4_FILE);
const independent = existsSync(INDEPENDENT_SET_FILE) ? loadLabelled(INDEPENDENT_SET_FILE) : [];
const independent2 = existsSync(INDEPENDENT_2_SET_FILE) ? loadLabelled(INDEPENDENT_2_SET_FILE) : [];
const independent3 = existsSync(INDEPENDENT_3_SET_FILE) ? loadLabelled(INDEPENDENT_3_SET_FILE) : [];
const independent4 = existsSync(INDEPENDENT_4_SET_FILE) ? loadLabelled(INDEPENDENT_4_SET_FILE) : [];
const independent5 = existsSync(INDEPENDENT_5_SET_FILE) ? loadLabelled(INDEPENDENT_5_SET_FILE) : [];
const independent6 = existsSync(INDEPENDENT_6_SET_FILE) ? loadLabelled(INDEPENDENT_6_SET_FILE) : [];
const independent7 = existsSync(INDEPENDENT_7_SET_FILE) ? loadLabelled(INDEPENDENT_7_SET_FILE) : [];
const independent8 = existsSync(INDEPENDENT_8_SET_FILE) ? loadLabelled(INDEPENDENT_8_SET_FILE) : [];
const independent9 = existsSync(INDEPENDENT_9_SET_FILE) ? loadLabelled(INDEPENDENT_9_SET_FILE) : [];
const independent10 = existsSync(INDEPENDENT_10_SET_FILE)
  ? loadLabelled(INDEPENDENT_10_SET_FILE)
  : [];
const independent11 = existsSync(INDEPENDENT_11_SET_FILE)
  ? loadLabelled(INDEPENDENT_11_SET_FILE)
  : [];

// Just under the first, untouched run on the second blind set (round 2; 50 scripts, so one
// script is 2 %): a regression fails CI. Round 3 tuned on this set, so these are no longer its
// honest figure, only a floor that must not be lost.
const INDEPENDENT_2_FLOORS: Record<LabelledCheckId, number> = {
  opener: 0.89,
  callback: 0.87,
  repeated: 0.97,
  context: 0.93,
  hook: 0.79,
  nextStep: 0.91,
  noPitch: 0.89,
};
const INDEPENDENT_2_OVERALL_FLOOR = 0.9;

// The third blind set's first, untouched run (round 3; 60 scripts, so one script is 1.7 %) was
// 88.6 % overall, and that stays its honest figure for scripts not in the repo. Round 4 fixed bugs
// it showed and round 5 studied its misses, so it is tuning data now: these floors sit one script
// under round 5's figures (all checks 98-100 %) so a regression fails CI; round 6 fixed its last
// miss (m36, a boast with a figure first), so its opener floor rose to match.
const INDEPENDENT_3_FLOORS: Record<LabelledCheckId, number> = {
  opener: 0.98,
  callback: 0.98,
  repeated: 0.98,
  context: 0.98,
  hook: 0.98,
  nextStep: 0.98,
  noPitch: 0.98,
};
const INDEPENDENT_3_OVERALL_FLOOR = 0.98;

// The fourth blind set's first, untouched run (after round 5; 60 scripts, so one script is 1.7 %)
// was 88.8 % overall, and that stays its honest figure. Round 6 studied its misses, so it is
// tuning data now: these floors sit one script under round 6's figures so a regression fails CI.
const INDEPENDENT_4_FLOORS: Record<LabelledCheckId, number> = {
  opener: 0.96,
  callback: 0.98,
  repeated: 0.98,
  context: 0.98,
  hook: 0.98,
  nextStep: 0.98,
  noPitch: 0.98,
};
const INDEPENDENT_4_OVERALL_FLOOR = 0.99;

// The fifth blind set's first runs, before anyone tuning the checklist saw it (60 scripts, one
// script is 1.7 %), were 85.0 % on round 5's code and 86.2 % on round 6's, and those stay its honest
// figures. Round 7 studied its misses (and fixed three labels that broke its own rules), so it is
// tuning data now: these floors sit one script under round 7's figures so a regression fails CI.
const INDEPENDENT_5_FLOORS: Record<LabelledCheckId, number> = {
  opener: 0.98,
  callback: 0.98,
  repeated: 0.91,
  context: 0.98,
  hook: 0.96,
  nextStep: 0.98,
  noPitch: 0.98,
};
const INDEPENDENT_5_OVERALL_FLOOR = 0.98;

// The sixth blind set's first runs, before anyone tuning the checklist saw it (60 scripts, one
// script is 1.7 %), were 88.3 % on round 6's code and 89.8 % on round 7's, and those stay its honest
// figures. Round 8 studied its misses, so it is tuning data now: these floors sit one script under
// round 8's figures (opener, callback, hook, next step and no pitch 100 %, repeated 96.7 %, context
// 98.3 %, overall 99.3 %) so a regression fails CI.
const INDEPENDENT_6_FLOORS: Record<LabelledCheckId, number> = {
  opener: 0.98,
  callback: 0.98,
  repeated: 0.95,
  context: 0.96,
  hook: 0.98,
  nextStep: 0.98,
  noPitch: 0.98,
};
const INDEPENDENT_6_OVERALL_FLOOR = 0.99;

// The seventh blind set's first runs, before anyone tuning the checklist saw it (60 scripts, one
// script is 1.7 %), were 90.2 % on round 7's code and 90.7 % on round 8's (opener 86.7, callback
// 88.3, repeated 95.0, context 81.7, hook 88.3, next step 95.0, no pitch 100 %), and those stay its
// honest figures. Round 9 studied its misses, so it is tuning data now: these floors sit one script
// under round 9's figures (opener, callback, hook, next step and no pitch 100 %, repeated 98.3 %,
// context 95.0 %, overall 99.0 %) so a regression fails CI.
const INDEPENDENT_7_FLOORS: Record<LabelledCheckId, number> = {
  opener: 0.98,
  callback: 0.98,
  repeated: 0.96,
  context: 0.93,
  hook: 0.98,
  nextStep: 0.98,
  noPitch: 0.98,
};
const INDEPENDENT_7_OVERALL_FLOOR = 0.98;

// The eighth blind set's first runs, before anyone tuning the checklist saw it (60 scripts, one
// script is 1.7 %), were the same 90.0 % on round 7's, 8's and 9's code (opener 86.7, callback 93.3,
// repeated 90.0, context 88.3, hook 85.0, next step 91.7, no pitch 95.0), and that stays its honest
// figure. Round 10 studied its misses, so it is tuning data now: these floors sit one script under
// round 10's figures (callback and no pitch 100 %, opener and repeated 98.3 %, next step and hook
// 96.7 %, context 93.3 %, overall 97.6 %) so a regression fails CI.
const INDEPENDENT_8_FLOORS: Record<LabelledCheckId, number> = {
  opener: 0.96,
  callback: 0.98,
  repeated: 0.96,
  context: 0.91,
  hook: 0.95,
  nextStep: 0.95,
  noPitch: 0.98,
};
const INDEPENDENT_8_OVERALL_FLOOR = 0.97;

// The ninth blind set, written while round 10 tuned and never shown to anyone tuning, scored 91.0 %
// on round 9's code and 91.4 % on round 10's (opener 91.7, callback 91.7, repeated 100, context
// 83.3, hook 85.0, next step 95.0, no pitch 93.3), and that stays its honest figure. Round 11
// studied its misses, so it is tuning data now: these floors sit one script under round 11's
// figures (opener, callback, repeated, next step and no pitch 100 %, hook 96.7 %, context 95.0 %,
// overall 98.8 %) so a regression fails CI.
const INDEPENDENT_9_FLOORS: Record<LabelledCheckId, number> = {
  opener: 0.98,
  callback: 0.98,
  repeated: 0.98,
  context: 0.93,
  hook: 0.95,
  nextStep: 0.98,
  noPitch: 0.98,
};
const INDEPENDENT_9_OVERALL_FLOOR = 0.98;

// The tenth blind set, written while round 11 tuned and never shown to anyone tuning, scored
// 83.3 % on round 10's code and 84.0 % on round 11's (opener 71.7, callback 88.3, repeated 91.7,
// context 76.7, hook 78.3, next step 91.7, no pitch 90.0), and that stays its honest figure. Round
// 12 studied its misses, so it is tuning data now: these floors sit one script under round 12's
// figures (repeated and next step 100 %, no pitch 98.3 %, opener and callback 95.0 %, context
// 93.3 %, hook 91.7 %, overall 96.2 %) so a regression fails CI.
const INDEPENDENT_10_FLOORS: Record<LabelledCheckId, number> = {
  opener: 0.93,
  callback: 0.93,
  repeated: 0.98,
  context: 0.91,
  hook: 0.9,
  nextStep: 0.98,
  noPitch: 0.96,
};
const INDEPENDENT_10_OVERALL_FLOOR = 0.95;

// The eleventh blind set, written while round 12 tuned and never shown to anyone tuning, scored
// 90.2 % on round 11's code and on round 12's alike (opener 91.7, callback 93.3, repeated 100,
// context 88.3, hook 75.0, next step 93.3, no pitch 90.0): its honest, out-of-sample figure.
// Nobody has studied its misses. The floors sit one script under those figures, so a change that
// loses ground on scripts nobody tuned on fails CI.
const INDEPENDENT_11_FLOORS: Record<LabelledCheckId, number> = {
  opener: 0.9,
  callback: 0.91,
  repeated: 0.98,
  context: 0.86,
  hook: 0.73,
  nextStep: 0.91,
  noPitch: 0.88,
};
const INDEPENDENT_11_OVERALL_FLOOR = 0.9;

// Each test runs the checklist over up to ~200 scripts; the first runs also compile its regular
// expressions, which takes seconds on a loaded 2-core machine, so allow far more than that.
const WHOLE_SETS = { timeout: 60_000 };

describe(
  'agreement with a sales trainer (npm run checklist-accuracy prints the table)',
  WHOLE_SETS,
  () => {
    it('keeps a fixed split: two thirds tuning, one third held out, no script in both', () => {
      expect(trainer.length).toBeGreaterThanOrEqual(60);
      expect(heldOut.length).toBe(Math.floor(trainer.length / 3));
      expect(new Set([...tuning, ...heldOut].map((s) => s.id)).size).toBe(trainer.length);
      // The split is a function of the seed alone: the same ids every run.
      expect(splitTuningHeldOut(trainer).heldOut.map((s) => s.id)).toEqual(
        heldOut.map((s) => s.id),
      );
    });

    it('agrees on the tuning part (in-sample) on at least 97 % of every check', () => {
      const a = agreement([...tuning, ...tuningExtra, ...tuning3, ...tuning4]);
      for (const id of LABELLED_CHECKS) expect(a.perCheck[id], id).toBeGreaterThanOrEqual(0.97);
    });

    // Floors at what the frozen heuristics reach on the held-out part, so a regression fails CI.
    // The product target (every check ≥ 95 %, overall ≥ 97 %) is reported in the issue note.
    it('agrees on the held-out part on at least 95 % of every check and 99 % overall', () => {
      const a = agreement(heldOut);
      for (const id of LABELLED_CHECKS) expect(a.perCheck[id], id).toBeGreaterThanOrEqual(0.95);
      expect(a.overall).toBeGreaterThanOrEqual(0.99);
    });

    // Another helper's blind set; some fixes were guided by its first run (see the issue note).
    it.runIf(independent.length > 0)(
      'agrees on the independent set on at least 91 % of every check and 97 % overall',
      () => {
        const a = agreement(independent);
        for (const id of LABELLED_CHECKS) expect(a.perCheck[id], id).toBeGreaterThanOrEqual(0.91);
        expect(a.overall).toBeGreaterThanOrEqual(0.97);
      },
    );

    // The later blind sets, each held at floors: the second to eighth were tuned on after their
    // first runs (90.3, 88.6, 88.8, 85.0 / 86.2, 88.3 / 89.8, 90.2 / 90.7 and 90.0 %), which stay
    // the honest figures, all below the goal.
    const blindSets = [
      [
        'second (tuning since round 3; first run 90.3 %)',
        independent2,
        INDEPENDENT_2_FLOORS,
        INDEPENDENT_2_OVERALL_FLOOR,
      ],
      [
        'third (tuning since round 5; first run 88.6 %)',
        independent3,
        INDEPENDENT_3_FLOORS,
        INDEPENDENT_3_OVERALL_FLOOR,
      ],
      [
        'fourth (tuning since round 6; first run 88.8 %)',
        independent4,
        INDEPENDENT_4_FLOORS,
        INDEPENDENT_4_OVERALL_FLOOR,
      ],
      [
        'fifth (tuning since round 7; first runs 85.0 and 86.2 %)',
        independent5,
        INDEPENDENT_5_FLOORS,
        INDEPENDENT_5_OVERALL_FLOOR,
      ],
      [
        'sixth (seen, tuning since round 8; first runs 88.3 / 89.8 %)',
        independent6,
        INDEPENDENT_6_FLOORS,
        INDEPENDENT_6_OVERALL_FLOOR,
      ],
      [
        'seventh (seen, tuning since round 9; first runs 90.2 / 90.7 %)',
        independent7,
        INDEPENDENT_7_FLOORS,
        INDEPENDENT_7_OVERALL_FLOOR,
      ],
      [
        'eighth (seen, tuning since round 10; first run 90.0 %)',
        independent8,
        INDEPENDENT_8_FLOORS,
        INDEPENDENT_8_OVERALL_FLOOR,
      ],
      [
        'ninth (seen, tuning since round 11; first run 91.4 %)',
        independent9,
        INDEPENDENT_9_FLOORS,
        INDEPENDENT_9_OVERALL_FLOOR,
      ],
      [
        'tenth (seen, tuning since round 12; first run 84.0 %)',
        independent10,
        INDEPENDENT_10_FLOORS,
        INDEPENDENT_10_OVERALL_FLOOR,
      ],
      [
        'eleventh (unseen; 90.2 % on round 12)',
        independent11,
        INDEPENDENT_11_FLOORS,
        INDEPENDENT_11_OVERALL_FLOOR,
      ],
    ] as const;
    for (const [name, set, floors, overall] of blindSets) {
      it.runIf(set.length > 0)(`agrees on the ${name} independent set at its floors`, () => {
        const a = agreement(set);
        for (const id of LABELLED_CHECKS)
          expect(a.perCheck[id], id).toBeGreaterThanOrEqual(floors[id]);
        expect(a.overall).toBeGreaterThanOrEqual(overall);
      });
    }
  },
);

/** The texts inside “…” in a reason, without a trailing ellipsis the quote added. */
function quoted(why: string): string[] {
  return [...why.matchAll(/“([^”]*)”/g)].map((m) => (m[1] ?? '').replace(/…$/, ''));
}

describe('every reason', WHOLE_SETS, () => {
  const scripts: LabelledScript[] = [
    ...trainer,
    ...tuningExtra,
    ...tuning3,
    ...tuning4,
    ...independent,
    ...independent2,
    ...independent3,
    ...independent4,
    ...independent5,
    ...independent6,
    ...independent7,
    ...independent8,
    ...independent9,
    ...independent10,
    ...independent11,
  ];

  it('quotes only words that are in the script', () => {
    for (const s of scripts) {
      const text = s.text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
      for (const c of checkScript(s.text, BAND, null)) {
        for (const q of quoted(c.why)) expect(text, `${s.id} ${c.id}: ${c.why}`).toContain(q);
      }
    }
  });

  it('names the same caller in the opener and the callback line', () => {
    for (const s of scripts) {
      const checks = checkScript(s.text, BAND, null);
      const opener = checks.find((c) => c.id === 'opener')!;
      const callback = checks.find((c) => c.id === 'callback')!;
      const hook = checks.find((c) => c.id === 'hook')!;
      const noPitch = checks.find((c) => c.id === 'noPitch')!;
      // "Opens with who you are (“this is Sam from Acme”)" never sits beside "no name".
      const intro = opener.why.match(/who you are \(“([^”]*)”\)/)?.[1];
      if (intro && /no name/.test(callback.why))
        expect(callback.why, s.id).toContain('only a company');
      // A price is never both the hook and the pitch.
      if (/Talks price/.test(noPitch.why)) expect(hook.why, s.id).not.toMatch(/\$/);
    }
  });
});
