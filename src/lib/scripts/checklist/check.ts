/** One line of the structure checklist: its id, the label the rep reads, met or not, and why. */

export type CheckId =
  'callback' | 'repeated' | 'context' | 'hook' | 'nextStep' | 'opener' | 'noPitch' | 'readTime';

/** One line of the checklist. */
export interface Check {
  id: CheckId;
  /** What the check asks for, in the rep's words. */
  label: string;
  met: boolean;
  /** One line saying why it is met or not. */
  why: string;
}

/** Each check as the rep reads it in the checklist. */
export const CHECK_LABELS: Record<CheckId, string> = {
  callback: 'Says who you are and a callback number',
  repeated: 'Number said twice, or last',
  context: 'Gives context',
  hook: "Has a hook: what's in it for them",
  nextStep: 'Clear next step',
  opener: 'Opens with them, not "this is … from …"',
  noPitch: 'No pitch',
  readTime: 'Fits the target band',
};

/** A checklist line with its label. */
export function check(id: CheckId, met: boolean, why: string): Check {
  return { id, label: CHECK_LABELS[id], met, why };
}
