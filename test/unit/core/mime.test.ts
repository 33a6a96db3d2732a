import { describe, expect, it } from 'vitest';
import { chooseMimeType, extensionFor } from '../../../src/lib/audio/mime';

const browser = (types: string[]) => (type: string) => types.includes(type);

describe('recording type choice', () => {
  it('takes Opus in WebM on Chromium and Firefox', () => {
    expect(
      chooseMimeType(browser(['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus'])),
    ).toBe('audio/webm;codecs=opus');
  });
  it('takes AAC in MP4 on Safari, which has no WebM recording', () => {
    expect(chooseMimeType(browser(['audio/mp4', 'audio/mp4;codecs=mp4a.40.2']))).toBe(
      'audio/mp4;codecs=mp4a.40.2',
    );
  });
  it('falls back to plain MP4, then to the browser default', () => {
    expect(chooseMimeType(browser(['audio/mp4']))).toBe('audio/mp4');
    expect(chooseMimeType(browser([]))).toBe('');
  });
  it('names files by their container', () => {
    expect(extensionFor('audio/webm;codecs=opus')).toBe('webm');
    expect(extensionFor('audio/mp4')).toBe('m4a');
    expect(extensionFor('audio/ogg;codecs=opus')).toBe('ogg');
    expect(extensionFor('audio/wav')).toBe('wav');
  });
});
