// Agreement of the structure checklist with a sales trainer's labels, per check, for the tuning
// part, the held-out part (never tuned on) and the independent held-out set; tuning is in-sample:
//   npm run checklist-accuracy                    (add -- --misses to list the tuning part's misses,
//                                                  -- --misses=all to list every part's misses)
import { existsSync } from 'node:fs';
import {
  agreement,
  INDEPENDENT_SET_FILE,
  INDEPENDENT_2_SET_FILE,
  LABELLED_CHECKS,
  loadLabelled,
  splitTuningHeldOut,
  TRAINER_SET_FILE,
  TUNING_EXTRA_FILE,
  TUNING_3_FILE,
  type Agreement,
} from '../test/unit/scripts/checklist-set';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`.padStart(8);

const trainer = splitTuningHeldOut(loadLabelled(TRAINER_SET_FILE));
const parts: [string, Agreement][] = [
  ['tuning', agreement(trainer.tuning)],
  ['tuning 2', agreement(loadLabelled(TUNING_EXTRA_FILE))],
  ['tuning 3', agreement(loadLabelled(TUNING_3_FILE))],
  ['held-out', agreement(trainer.heldOut)],
];
if (existsSync(INDEPENDENT_SET_FILE))
  parts.push(['independent', agreement(loadLabelled(INDEPENDENT_SET_FILE))]);
if (existsSync(INDEPENDENT_2_SET_FILE))
  parts.push(['independent 2', agreement(loadLabelled(INDEPENDENT_2_SET_FILE))]);

const width = 20;
console.log(
  ['check'.padEnd(12), ...parts.map(([name, a]) => `${name} (${a.scripts})`.padStart(width))].join(
    '',
  ),
);
for (const id of LABELLED_CHECKS)
  console.log(
    [id.padEnd(12), ...parts.map(([, a]) => pct(a.perCheck[id]).padStart(width))].join(''),
  );
console.log(
  ['overall'.padEnd(12), ...parts.map(([, a]) => pct(a.overall).padStart(width))].join(''),
);

const flag = process.argv.find((arg) => arg.startsWith('--misses'));
if (flag) {
  for (const [name, a] of flag === '--misses=all' ? parts : parts.slice(0, 3)) {
    console.log(`\nmisses, ${name}:`);
    for (const m of a.misses)
      console.log(
        `  ${m.id} ${m.check}: trainer says ${m.expected ? 'met' : 'not met'}; checklist: ${m.why}`,
      );
  }
}
