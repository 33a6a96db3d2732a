/**
 * Hybrid logical clock stamps for merging edits made on two devices. A stamp is
 * "<wall ms, 15 digits>.<counter, 6 digits>.<device>" and sorts as text in happened-after order:
 * a new stamp is later than the wall clock, than every stamp this tab has made or seen, and than
 * the stamp of the value it replaces, so an edit always beats what it edited even when a
 * device's clock runs behind.
 */
export type Hlc = string;

/** The shape every stamp has (the device part may be empty on stamps of records from before clocks). */
export const HLC_PATTERN = /^\d{15}\.\d{6}\.[a-z0-9]{0,12}$/;

// A device tag per page load is enough: it only breaks ties between stamps from the same ms.
const DEVICE = Math.floor(Math.random() * 36 ** 8)
  .toString(36)
  .padStart(8, '0');

let lastMs = 0;
let lastCounter = 0;

function encode(ms: number, counter: number, device: string): Hlc {
  return `${String(ms).padStart(15, '0')}.${String(counter).padStart(6, '0')}.${device}`;
}

function decode(hlc: Hlc): { ms: number; counter: number } {
  const [ms = '0', counter = '0'] = hlc.split('.');
  return { ms: Number(ms), counter: Number(counter) };
}

/** Moves this tab's clock past a stamp made elsewhere (a restored backup, another tab). */
function observe(hlc: Hlc | undefined): void {
  if (!hlc) return;
  const { ms, counter } = decode(hlc);
  if (ms > lastMs || (ms === lastMs && counter > lastCounter)) {
    lastMs = ms;
    lastCounter = counter;
  }
}

/** A new stamp later than `now` (ms), every stamp seen so far, and each of `after`. */
export function tick(now: number = Date.now(), ...after: (Hlc | undefined)[]): Hlc {
  for (const stamp of after) observe(stamp);
  if (now > lastMs) {
    lastMs = now;
    lastCounter = 0;
  } else {
    lastCounter += 1;
  }
  return encode(lastMs, lastCounter, DEVICE);
}

/** The stamp of a value written before clocks existed: its time in ms, counter 0, no device. */
export function legacyStamp(ms: number): Hlc {
  return encode(Math.max(0, Math.floor(ms)), 0, '');
}

/** The wall-clock part of a stamp, ms since the epoch. */
export function stampMs(hlc: Hlc): number {
  return decode(hlc).ms;
}
