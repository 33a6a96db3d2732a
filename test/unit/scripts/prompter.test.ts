import { describe, expect, it } from 'vitest';
import {
  fadeStage,
  isKeyWord,
  promptWords,
  syllablesSpoken,
} from '../../../src/lib/scripts/prompter';

describe('prompter', () => {
  it('keeps names, numbers and content words when fading to key words', () => {
    const words = promptWords(
      'Dana, we cut billing errors by 18 percent. Call me at 555-0134.',
    )[0]!;
    const kept = words.filter((w) => w.key).map((w) => w.text);
    expect(kept).toEqual(['Dana,', 'billing', 'errors', '18', 'percent.', 'Call', '555-0134.']);
    expect(isKeyWord('[phone]')).toBe(true);
    expect(isKeyWord('the')).toBe(false);
  });

  it('splits the script into its lines and counts syllables before each word', () => {
    const lines = promptWords('Hello Dana.\n\nCall me back.');
    expect(lines.map((l) => l.map((w) => w.text))).toEqual([
      ['Hello', 'Dana.'],
      ['Call', 'me', 'back.'],
    ]);
    expect(lines[1]![0]!.syllablesBefore).toBe(4); // hel-lo da-na
  });

  it('fades from full text to key words to blank as the streak grows, and back when it breaks', () => {
    expect([0, 1, 2, 3].map((s) => fadeStage(s, 3))).toEqual([
      'full',
      'key words',
      'blank',
      'blank',
    ]);
    expect([0, 1, 3, 4].map((s) => fadeStage(s, 5))).toEqual([
      'full',
      'key words',
      'key words',
      'blank',
    ]);
    expect(fadeStage(0, 1)).toBe('full');
    expect(fadeStage(1, 1)).toBe('blank');
  });

  it('scrolls at the rep’s pace after a short breath', () => {
    expect(syllablesSpoken(0.3, 4)).toBe(0);
    expect(syllablesSpoken(2.5, 4)).toBe(8);
  });
});
