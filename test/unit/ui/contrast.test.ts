import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, parseColour } from '../../../src/lib/ui/contrast';

/** The custom properties declared in the first block after `marker` in app.css. */
function tokens(css: string, marker: string): Map<string, string> {
  const start = css.indexOf(marker);
  if (start < 0) throw new Error(`${marker} not found in app.css`);
  const open = css.indexOf('{', start + marker.length);
  // The dark block nests `:root {` inside the media query: read the innermost block.
  const inner = marker.startsWith('@media') ? css.indexOf('{', open + 1) : open;
  const close = css.indexOf('}', inner);
  const map = new Map<string, string>();
  for (const m of css.slice(inner + 1, close).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
    map.set(m[1]!, m[2]!.trim());
  return map;
}

const css = readFileSync(path.resolve('src/app.css'), 'utf8');
const light = tokens(css, ':root');
const dark = new Map([...light, ...tokens(css, '@media (prefers-color-scheme: dark)')]);

/** A token's colour, following var(--x) references. */
function colour(scheme: Map<string, string>, name: string): string {
  let value = scheme.get(name);
  for (let hops = 0; value?.startsWith('var(') && hops < 5; hops++)
    value = scheme.get(value.slice(4, -1).trim());
  if (!value) throw new Error(`${name} is not set`);
  parseColour(value); // throws when the token is not a plain colour
  return value;
}

// [mark, the surface it is drawn on, the least contrast it needs]
const MARKS: [string, string, number][] = [
  // Waveform (drawn on --surface-2): bars, played part, cursor, the onset line, pause edges.
  ['--wave', '--surface-2', 3],
  ['--wave-progress', '--surface-2', 3],
  ['--text', '--surface-2', 3],
  ['--mark-onset', '--surface-2', 3],
  ['--mark-pause-edge', '--surface-2', 3],
  // Progress chart (drawn on --surface): line, clean dots, crosses, the limit line.
  ['--chart-line', '--surface', 3],
  ['--clean', '--surface', 3],
  ['--needs-work', '--surface', 3],
  ['--out-of-band', '--surface', 3],
  ['--border-strong', '--surface', 3],
  // Text: verdict words, muted text, and text on filled badges and buttons.
  ['--clean', '--surface', 4.5],
  ['--needs-work', '--surface', 4.5],
  ['--out-of-band', '--surface', 4.5],
  ['--clean', '--clean-soft', 4.5],
  ['--needs-work', '--needs-work-soft', 4.5],
  ['--out-of-band', '--out-of-band-soft', 4.5],
  ['--muted', '--surface', 4.5],
  ['--muted', '--surface-2', 4.5],
  ['--muted', '--bg', 4.5],
  ['--accent', '--surface', 4.5],
  ['--accent', '--bg', 4.5],
  ['--danger', '--surface', 4.5],
  ['--on-accent', '--accent', 4.5],
  ['--on-record', '--record', 4.5],
  ['--on-tone', '--clean', 4.5],
  ['--on-tone', '--needs-work', 4.5],
  ['--on-tone', '--out-of-band', 4.5],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('contrast in the %s scheme (measured from src/app.css)', (_name, scheme) => {
  it.each(MARKS)('%s on %s is at least %d:1', (fg, bg, least) => {
    const ratio = contrast(colour(scheme, fg), colour(scheme, bg));
    expect(ratio, `${fg} on ${bg} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(least);
  });
});

describe('contrast maths', () => {
  it('gives the WCAG extremes and a known mid value', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#fff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic 4.54:1.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('composites a translucent mark over its background', () => {
    expect(contrast('rgba(0, 0, 0, 0)', '#fff')).toBeCloseTo(1, 5);
    expect(contrast('rgba(0, 0, 0, 0.5)', '#fff')).toBeLessThan(contrast('#000', '#fff'));
  });
  it('refuses what it cannot read', () => {
    expect(() => parseColour('color-mix(in srgb, red, blue)')).toThrow(/Not a colour/);
  });
});
