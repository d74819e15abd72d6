import { describe, expect, it } from 'vitest';
import { MAX_AUDIO_LANGUAGES, noteLanguageUsed } from './audio-languages';

describe('languages whose recordings a device keeps', () => {
  it('puts the language just chosen first, without repeating it', () => {
    expect(noteLanguageUsed([], 'vi')).toEqual({ inUse: ['vi'], dropped: [] });
    expect(noteLanguageUsed(['vi'], 'mtq')).toEqual({ inUse: ['mtq', 'vi'], dropped: [] });
    expect(noteLanguageUsed(['mtq', 'vi'], 'vi')).toEqual({ inUse: ['vi', 'mtq'], dropped: [] });
  });

  it('keeps at most three and names the one that drops out', () => {
    expect(MAX_AUDIO_LANGUAGES).toBe(3);
    expect(noteLanguageUsed(['tmm', 'mtq', 'vi'], 'blt')).toEqual({ inUse: ['blt', 'tmm', 'mtq'], dropped: ['vi'] });
    expect(noteLanguageUsed(['tmm', 'mtq', 'vi'], 'mtq')).toEqual({ inUse: ['mtq', 'tmm', 'vi'], dropped: [] });
  });
});
