import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../../src/lib/review/export-name';

describe('exportFileName', () => {
  const createdAt = new Date(2026, 10, 22, 14, 32).getTime(); // local time, as the rep sees it

  it('names a take by script title, local date and time, and whole seconds', () => {
    expect(
      exportFileName({ title: 'Intro call', createdAt, lengthSec: 23.6, extension: 'wav' }),
    ).toBe('afterbeep-intro-call-2026-11-22-1432-24s.wav');
  });

  it('falls back to "take" when there is no usable title', () => {
    expect(exportFileName({ title: undefined, createdAt, lengthSec: 9.2, extension: 'webm' })).toBe(
      'afterbeep-take-2026-11-22-1432-9s.webm',
    );
    expect(exportFileName({ title: '!!!', createdAt, lengthSec: 9.2, extension: 'webm' })).toBe(
      'afterbeep-take-2026-11-22-1432-9s.webm',
    );
  });

  it('keeps names file-system safe', () => {
    expect(slug('Café / Q4: "renewal" — Acme, Inc.')).toBe('cafe-q4-renewal-acme-inc');
    expect(slug('a'.repeat(30) + ' ' + 'b'.repeat(30))).toHaveLength(40);
    expect(slug('abc ' + 'd'.repeat(50), 4)).toBe('abc');
  });
});
