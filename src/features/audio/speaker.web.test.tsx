import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PromptSpeaker } from '../../components/ui/prompt-speaker';
import { applyManifest, findPlayableClip, markPromptDeleted, saveClip } from '../../db/audio-prompts';
import { CauNoiDatabase } from '../../db/database';
import { promptAudioChanged, setPromptAudioSource } from '../../lib/prompt-audio';
import { renderPage } from '../../testing/render-page';

// jsdom has no speech synthesis: a device's voices are given here, the rest is the app's own code (the decision,
// the Dexie store the source reads, the component).
type FakeVoice = { lang: string; name: string };
function installVoices(voices: FakeVoice[]) {
  const spoken: Array<{ text: string; lang: string; voice: FakeVoice | null }> = [];
  class Utterance {
    voice: FakeVoice | null = null;
    lang = '';
    onstart: (() => void) | null = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  vi.stubGlobal('speechSynthesis', {
    getVoices: () => voices,
    speak: (u: Utterance) => {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice });
      u.onstart?.();
    },
    cancel: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  });
  return spoken;
}

const KEY = 'citizen:form.fullName';
const speaker = () => screen.getByRole('button', { name: /^(Nghe|Chưa có tiếng đọc)$/ });

describe('the speaker next to a label', () => {
  let db: CauNoiDatabase;
  beforeEach(() => {
    db = new CauNoiDatabase(`speaker-${crypto.randomUUID()}`);
    // What features/audio/install-audio-prompts.ts installs at start.
    setPromptAudioSource({ find: (language, key) => findPlayableClip(db, language, key) });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('plays the recording for the current language and key when the device has one', async () => {
    installVoices([{ lang: 'vi-VN', name: 'Vietnamese' }]);
    await saveClip(db, { sha256: 'a', mime: 'audio/webm', bytes: new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1]).buffer });
    await applyManifest(db, 'mtq', [{ key: KEY, sha256: 'a', mime: 'audio/webm', durationMs: 1200, recordedAt: 'x' }]);
    await renderPage(<PromptSpeaker textKey={KEY} text="Họ và tên" />, { language: 'mtq' });
    await waitFor(() => expect(speaker()).toHaveAttribute('data-audio', 'recording'));
    expect(speaker()).toHaveAccessibleName('Nghe');
    expect(speaker()).toHaveAttribute('title', 'Nghe: Họ và tên');
    expect(speaker()).not.toHaveAttribute('aria-disabled');
  });

  it('speaks with a voice of the language when there is no recording', async () => {
    const spoken = installVoices([{ lang: 'en-GB', name: 'English' }, { lang: 'vi-VN', name: 'Vietnamese' }]);
    await renderPage(<PromptSpeaker textKey={KEY} text="Họ và tên" />, { language: 'vi' });
    await waitFor(() => expect(speaker()).toHaveAttribute('data-audio', 'voice'));
    fireEvent.click(speaker());
    expect(spoken).toEqual([{ text: 'Họ và tên', lang: 'vi-VN', voice: { lang: 'vi-VN', name: 'Vietnamese' } }]);
    await waitFor(() => expect(speaker()).toHaveAttribute('data-playback', 'playing'));
  });

  it('says there is no audio for Mường rather than reading it with a Vietnamese voice', async () => {
    const spoken = installVoices([{ lang: 'vi-VN', name: 'Vietnamese' }]);
    await renderPage(<PromptSpeaker textKey={KEY} text="Họ và tên" />, { language: 'mtq' });
    await waitFor(() => expect(speaker()).toHaveAttribute('data-audio', 'none'));
    expect(speaker()).toHaveAccessibleName('Chưa có tiếng đọc');
    expect(speaker()).toHaveAttribute('aria-disabled', 'true');
    expect(speaker()).toHaveAttribute('title', 'Chưa có tiếng đọc: Họ và tên');
    fireEvent.click(speaker());
    expect(spoken).toEqual([]);
  });

  it('follows the device: a recording arriving turns "no audio" into play, a deletion turns it back', async () => {
    await renderPage(<PromptSpeaker textKey={KEY} text="Họ và tên" />, { language: 'mtq' });
    await waitFor(() => expect(speaker()).toHaveAttribute('data-audio', 'none'));
    await saveClip(db, { sha256: 'b', mime: 'audio/ogg', bytes: new Uint8Array([0x4f, 0x67, 0x67, 0x53, 2]).buffer });
    await applyManifest(db, 'mtq', [{ key: KEY, sha256: 'b', mime: 'audio/ogg', durationMs: 800, recordedAt: 'x' }]);
    act(() => promptAudioChanged());
    await waitFor(() => expect(speaker()).toHaveAttribute('data-audio', 'recording'));
    await markPromptDeleted(db, 'mtq', KEY, 'staff-1');
    act(() => promptAudioChanged());
    await waitFor(() => expect(speaker()).toHaveAttribute('data-audio', 'none'));
  });

  it('reads the consent notice in its own language: the English notice on a Vietnamese screen uses an English voice', async () => {
    const spoken = installVoices([{ lang: 'en-US', name: 'English' }]);
    await renderPage(<PromptSpeaker textKey="citizen:consent.notice" text="Your data…" language="en" noAudioNote="read aloud" />, { language: 'vi' });
    await waitFor(() => expect(speaker()).toHaveAttribute('data-audio', 'voice'));
    expect(screen.queryByText('read aloud')).toBeNull();
    fireEvent.click(speaker());
    expect(spoken.map((s) => s.lang)).toEqual(['en-US']);
  });
});
