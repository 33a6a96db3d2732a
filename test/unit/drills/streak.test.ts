import { describe, expect, it } from 'vitest';
import { describeProblems, judgeTakes } from '../../../src/lib/drills/clean';
import { progressSummary, scriptProgress } from '../../../src/lib/drills/progress';
import { drillState, steadyPace } from '../../../src/lib/drills/streak';
import { flagsOf, take, type TakeSpec } from './takes';

/** The app keeps a number and its unit together with a no-break space; compare as plain text. */
const plain = (s: string | null) => s?.replace(/\u00a0/g, ' ') ?? null;
const judge = (...specs: TakeSpec[]) =>
  judgeTakes(
    specs.map((s) => take('s1', s)),
    flagsOf,
  );

describe('clean takes', () => {
  it('is clean in band with a quick start at a good level', () => {
    const [v] = judge({});
    expect(v).toMatchObject({ clean: true, problems: [], number: 1 });
  });

  it.each<[TakeSpec, string]>([
    [{ lengthSec: 33 }, 'Take 1 was long (33 s)'],
    [{ lengthSec: 14.2 }, 'Take 1 was short (14 s)'],
    [{ lengthSec: 8.44 }, 'Take 1 was short (8.4 s)'],
    [{ deadAirSec: 1.6 }, 'Take 1 started slowly (1.6 s of dead air before you spoke)'],
    [{ opening: 2.1 }, 'Take 1 started slowly (opening pace 2.1 syllables/s)'],
    [{ clipping: 0.01 }, 'Take 1 clipped'],
    [{ rmsDbfs: -45 }, 'Take 1 was too quiet'],
    [
      { lengthSec: 33, deadAirSec: 2 },
      'Take 1 was long (33 s) and started slowly (2.0 s of dead air before you spoke)',
    ],
  ])('is not clean when %o: "%s"', (spec, words) => {
    const [v] = judge(spec);
    expect(v?.clean).toBe(false);
    expect(plain(describeProblems(v!))).toBe(words);
  });

  it('keeps the problems as data with the measured numbers', () => {
    const [v] = judge({ lengthSec: 33, deadAirSec: 2 });
    expect(v?.problems).toEqual([
      { kind: 'long', value: 33, limit: 30 },
      { kind: 'slowStart', reasons: [{ kind: 'deadAir', value: 2, limit: 1 }] },
    ]);
  });

  it('leaves a take waiting for analysis out of the verdict', () => {
    expect(judge({ analysed: false })[0]?.clean).toBeNull();
  });
});

describe('streaks and smooth', () => {
  it('counts clean takes in a row and says what broke the streak', () => {
    const s = drillState(judge({}, {}, {}, { lengthSec: 33 }, {}), 3);
    expect(s.streak).toBe(1);
    expect(s.bestStreak).toBe(3);
    expect(s.smooth).toBe(false);
    expect(plain(s.brokenBy)).toBe('Take 4 was long (33 s)');
  });

  it('is smooth after N clean takes with a steady pace', () => {
    const s = drillState(judge({ lengthSec: 40 }, { pace: 4.4 }, { pace: 4.6 }, { pace: 4.5 }), 3);
    expect(s).toMatchObject({ streak: 3, smooth: true });
    expect(plain(s.brokenBy)).toBe('Take 1 was long (40 s)');
    expect(progressSummary(scriptProgress(judge({}, {}, {}), 3))).toBe(
      'Smooth: 3 clean takes in a row',
    );
  });

  it('honours the smoothStreak setting', () => {
    const verdicts = judge({}, {}, {}, {});
    expect(drillState(verdicts, 5).smooth).toBe(false);
    expect(drillState(verdicts, 4).smooth).toBe(true);
  });

  it('breaks the streak when a clean take strays more than 10 % from the pace', () => {
    const s = drillState(judge({ pace: 4.0 }, { pace: 4.1 }, { pace: 5.2 }), 3);
    expect(s.smooth).toBe(false);
    expect(s.streak).toBe(1);
    expect(s.brokenBy).toBe("Take 3's pace (208 wpm) was more than 10 % off the streak's 162 wpm");
  });

  it('keeps the streak at exactly ±10 % and drops it just past', () => {
    expect(steadyPace([4.5, 4.05, 4.95])).toBe(true);
    expect(steadyPace([4.5, 4.0, 5.0])).toBe(false);
    expect(drillState(judge({ pace: 4.5 }, { pace: 4.05 }, { pace: 4.95 }), 3).smooth).toBe(true);
  });

  it('keeps the steady tail of a streak when an early take was off pace', () => {
    const s = drillState(judge({ pace: 3.5 }, { pace: 4.4 }, { pace: 4.5 }, { pace: 4.6 }), 3);
    expect(s.streak).toBe(3);
    expect(s.smooth).toBe(true);
  });

  it('starts over on a new version of the text', () => {
    const verdicts = judge({}, {}, {}, { version: 2 });
    const s = drillState(verdicts, 3, 2);
    expect(s.streak).toBe(1);
    expect(s.smooth).toBe(false);
    expect(s.bestStreak).toBe(3);
    expect(drillState(judge({}, {}, {}), 3, 2)).toMatchObject({
      streak: 0,
      smooth: false,
      brokenBy: null,
    });
  });

  it('skips takes waiting for analysis', () => {
    expect(drillState(judge({}, { analysed: false }, {}, {}), 3).smooth).toBe(true);
  });
});

describe('progress', () => {
  it('counts takes, clean takes, best streak and when the script was practised', () => {
    const verdicts = judge({}, { deadAirSec: 2 }, {}, {}, { lengthSec: 12 });
    const p = scriptProgress(verdicts, 3);
    expect(p).toMatchObject({ takes: 5, cleanTakes: 3, bestStreak: 2, streak: 0, smooth: false });
    expect(p.firstPractisedAt).toBe(verdicts[0]?.createdAt);
    expect(p.lastPractisedAt).toBe(verdicts[4]?.createdAt);
    expect(p.daysPractised).toBe(1);
    expect(progressSummary(p)).toBe('Needs work: 0 of 3 clean takes in a row, 3 to go');
    expect(progressSummary(scriptProgress([], 3))).toBe('Not drilled yet');
  });
});

describe('progress over days', () => {
  it('counts the distinct days a script was practised', () => {
    const day = 86_400_000;
    const verdicts = judge({}, {}, {}).map((v, i) => ({ ...v, createdAt: v.createdAt + i * day }));
    const p = scriptProgress(verdicts, 3);
    expect(p.daysPractised).toBe(3);
    expect(p.lastPractisedAt! - p.firstPractisedAt!).toBeGreaterThanOrEqual(2 * day);
  });
});
