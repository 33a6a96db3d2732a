/** Read time: the estimate of how long the script takes to say, against the target band. */
import { bandLabel, type TargetBand } from '../../band';
import type { ReadTime } from '../read-time';
import { check, type Check } from './check';

/** The read-time line of the checklist for an estimate against a band. */
export function readTimeCheck(estimate: ReadTime, band: TargetBand): Check {
  const at = `About ${Math.round(estimate.takeSec)} s at ${estimate.paceSource === 'measured' ? 'your pace' : 'a typical pace'} (${estimate.pace.toFixed(1)} syllables/s)`;
  if (estimate.syllables === 0) return check('readTime', false, 'Nothing to read yet.');
  if (estimate.verdict === 'in band')
    return check('readTime', true, `${at}, inside ${bandLabel(band)}.`);
  if (estimate.verdict === 'short')
    return check('readTime', false, `${at}, under ${bandLabel(band)}: room for context or a hook.`);
  const cut = `cut about ${estimate.wordsOver} word${estimate.wordsOver === 1 ? '' : 's'}`;
  return check(
    'readTime',
    false,
    estimate.cannotFit
      ? `${at}: it cannot fit ${bandLabel(band)} even spoken fast; ${cut}.`
      : `${at}, over ${bandLabel(band)}; ${cut}.`,
  );
}
