import { describe, expect, it } from 'vitest';
import { phoneKey, queryDigits } from '../../../src/lib/log/phone';
import { buildIndex, search } from '../../../src/lib/log/search';
import type { VoicemailRecord } from '../../../src/lib/storage/schema';

const WAYS = ['(412) 555-0187', '412.555.0187', '+1 412 555 0187', '4125550187', '1-412-555-0187'];

function voicemail(id: string, prospect: string, phone: string, leftAt = 0): VoicemailRecord {
  return {
    id,
    leftAt,
    prospect,
    company: 'Northwind',
    phone,
    phoneKey: phoneKey(phone),
    scriptTitle: 'Renewal',
    note: '',
    outcomes: [],
    updatedAt: leftAt,
  };
}

describe('phone numbers', () => {
  it('gives every way of writing one number the same key', () => {
    expect(new Set(WAYS.map(phoneKey))).toEqual(new Set(['14125550187']));
  });

  it('keeps a foreign country code and drops an extension', () => {
    expect(phoneKey('+44 20 7946 0958')).toBe('442079460958');
    expect(phoneKey('0044 20 7946 0958')).toBe('442079460958');
    expect(phoneKey('(412) 555-0187 ext. 22')).toBe('14125550187');
    expect(phoneKey('412-555-0187 x9')).toBe('14125550187');
    expect(phoneKey('no number')).toBe('');
  });

  it('treats a query of fewer than three digits as a name, not a number', () => {
    expect(queryDigits('41')).toEqual([]);
    expect(queryDigits('Sam')).toEqual([]);
    expect(queryDigits('020 7946 0958')).toEqual(['02079460958', '2079460958']);
  });

  it('finds a voicemail by any part of its number however either is written', () => {
    for (const stored of WAYS) {
      const index = buildIndex([
        voicemail('a', 'Sam Lee', stored),
        voicemail('b', 'Ana Ruiz', '(305) 555-0101'),
      ]);
      for (const query of [
        '555-0187',
        '555.0187',
        '(412) 555',
        '+1 412 555 0187',
        '4125550187',
        '0187',
        '1 412-555',
      ]) {
        expect(
          search(index, query).matches.map((v) => v.id),
          `${query} in ${stored}`,
        ).toEqual(['a']);
      }
    }
  });

  it('finds a UK number dialled with its trunk 0 and by name parts, ignoring case and accents', () => {
    const index = buildIndex([
      voicemail('uk', 'Siobhán Ó Briain', '+44 20 7946 0958', 2),
      voicemail('us', 'José Núñez', '412 555 0187', 1),
    ]);
    expect(search(index, '020 7946 0958').matches.map((v) => v.id)).toEqual(['uk']);
    expect(search(index, 'siobhan').matches.map((v) => v.id)).toEqual(['uk']);
    expect(search(index, 'nunez jose').matches.map((v) => v.id)).toEqual(['us']);
    expect(search(index, 'northwind').matches.map((v) => v.id)).toEqual(['uk', 'us']);
    expect(search(index, '  ').total).toBe(0);
  });

  it('returns the newest 50 matches and counts them all', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      voicemail(`v${i}`, `Lee ${i}`, '412 555 0187', i),
    );
    const result = search(buildIndex(many), '555');
    expect(result.total).toBe(120);
    expect(result.matches).toHaveLength(50);
    expect(result.matches[0]!.id).toBe('v119');
  });
});
