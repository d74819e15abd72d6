import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

// Audio for people who do not read (issue 7 §3). A speaker button plays, in this order: the recording a local
// speaker made for (language, text key); else the device's speech synthesis, only with a voice of that very
// language; else nothing, and it says that no audio exists yet. A Mường label is never read with a Vietnamese
// voice: Mường has no synthetic voice anywhere, and a Vietnamese one would mispronounce it as if it were right.

export type PromptClip = { mime: string; bytes: ArrayBuffer };
/** Where recordings are found on this device; installed after the first screen (features/audio). */
export type PromptAudioSource = { find(language: string, key: string): Promise<PromptClip | undefined> };
export type SpeakerMode = 'recording' | 'voice' | 'none';
export type Playback = 'idle' | 'playing' | 'ended' | 'failed';

let source: PromptAudioSource | undefined;
let generation = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function setPromptAudioSource(next: PromptAudioSource): void {
  source = next;
  promptAudioChanged();
}

/** Recordings changed on this device (a sync, a recording): every speaker looks again. */
export function promptAudioChanged(): void {
  generation++;
  for (const listener of listeners) listener();
}

/** Same language by its primary subtag: `vi-VN` speaks `vi`; nothing speaks `mtq` but an `mtq` voice. */
export const voiceSpeaks = (voiceLang: string, language: string): boolean =>
  voiceLang.toLowerCase().split(/[-_]/)[0] === language.toLowerCase().split(/[-_]/)[0];

/** The one rule of the speaker button: a recording, else a voice of exactly this language, else none. */
export function chooseSpeakerMode<V extends { lang: string }>(hasRecording: boolean, language: string, voices: readonly V[]): { mode: SpeakerMode; voice?: V } {
  if (hasRecording) return { mode: 'recording' };
  const voice = voices.find((v) => voiceSpeaks(v.lang, language));
  return voice ? { mode: 'voice', voice } : { mode: 'none' };
}

function useVoices(): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(() => (typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices()));
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    // Chromium lists its voices a moment after start.
    const synth = speechSynthesis;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

// One prompt speaks at a time: starting one silences the one before.
let current: { owner: object; stop: () => void } | undefined;
const stopCurrent = () => {
  const playing = current;
  current = undefined;
  playing?.stop();
};

/** What the speaker next to a text does: its mode, its playback state, and `play`. */
export function usePromptSpeaker(key: string, text: string, language: string) {
  const changes = useSyncExternalStore(subscribe, () => generation);
  const [found, setFound] = useState<{ id: string; clip?: PromptClip }>();
  const [playback, setPlayback] = useState<Playback>('idle');
  const voices = useVoices();
  const owner = useRef({});
  const id = `${language}\u0000${key}`;
  useEffect(() => {
    let live = true;
    source?.find(language, key).then((clip) => live && setFound({ id, clip }), () => live && setFound({ id }));
    return () => {
      live = false;
    };
  }, [id, language, key, changes]);
  // Leaving the screen silences this speaker, and only this one.
  useEffect(() => {
    const self = owner.current;
    return () => {
      if (current?.owner === self) stopCurrent();
    };
  }, []);

  const clip = found?.id === id ? found.clip : undefined;
  const { mode, voice } = chooseSpeakerMode(clip !== undefined, language, voices);
  const play = () => {
    stopCurrent();
    if (mode === 'recording' && clip) {
      const url = URL.createObjectURL(new Blob([clip.bytes], { type: clip.mime }));
      const audio = new Audio(url);
      const finish = (state: Playback) => {
        URL.revokeObjectURL(url);
        setPlayback(state);
      };
      audio.addEventListener('playing', () => setPlayback('playing'));
      audio.addEventListener('ended', () => finish('ended'));
      audio.addEventListener('error', () => finish('failed'));
      current = { owner: owner.current, stop: () => {
        audio.pause();
        finish('idle');
      } };
      audio.play().catch(() => finish('failed'));
    } else if (mode === 'voice' && voice) {
      const synth = speechSynthesis;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onstart = () => setPlayback('playing');
      utterance.onend = () => setPlayback('ended');
      utterance.onerror = () => setPlayback('failed');
      current = { owner: owner.current, stop: () => {
        synth.cancel();
        setPlayback('idle');
      } };
      synth.speak(utterance);
    }
  };
  return { mode, playback, play };
}
