import { describe, expect, it } from 'vitest';
import { chooseSpeakerMode, voiceSpeaks } from './prompt-audio';

const vietnamese = { lang: 'vi-VN', name: 'Vietnamese' };
const english = { lang: 'en-GB', name: 'English' };

describe('what a speaker button does', () => {
  it('plays a recording when there is one, whatever voices the device has', () => {
    expect(chooseSpeakerMode(true, 'mtq', [vietnamese])).toEqual({ mode: 'recording' });
    expect(chooseSpeakerMode(true, 'vi', [])).toEqual({ mode: 'recording' });
  });

  it('speaks with a voice of the same language when there is no recording', () => {
    expect(chooseSpeakerMode(false, 'vi', [english, vietnamese])).toEqual({ mode: 'voice', voice: vietnamese });
    expect(chooseSpeakerMode(false, 'en', [{ lang: 'EN_us' }])).toEqual({ mode: 'voice', voice: { lang: 'EN_us' } });
  });

  it('never reads a minority language with a Vietnamese voice: it has no audio instead', () => {
    expect(chooseSpeakerMode(false, 'mtq', [vietnamese, english])).toEqual({ mode: 'none' });
    expect(chooseSpeakerMode(false, 'tmm', [vietnamese, { lang: 'th-TH' }])).toEqual({ mode: 'none' });
    expect(chooseSpeakerMode(false, 'vi', [])).toEqual({ mode: 'none' });
  });

  it('matches the language itself, not its family or macrolanguage', () => {
    expect(voiceSpeaks('hmn', 'hnj')).toBe(false);
    expect(voiceSpeaks('vi', 'mtq')).toBe(false);
    expect(voiceSpeaks('uk-UA', 'uk')).toBe(true);
    expect(voiceSpeaks('vi-VN', 'vi')).toBe(true);
  });
});
