import { useEffect, useState } from 'react';
import { Pictogram } from './pictogram';

/** A voice of the device for this language, if it has one; never another language's voice. */
function voiceFor(language: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language);
}

/**
 * Reads a text aloud with the device's speech synthesis, only where the device has a voice for the
 * language: a Mường label is never read with a Vietnamese voice. Without a voice it says so.
 */
export function SpeakButton({ text, language, label, noVoiceLabel }: { text: string; language: string; label: string; noVoiceLabel: string }) {
  const [voice, setVoice] = useState(() => voiceFor(language));
  useEffect(() => {
    setVoice(voiceFor(language));
    if (typeof speechSynthesis === 'undefined') return;
    const onChange = () => setVoice(voiceFor(language));
    speechSynthesis.addEventListener('voiceschanged', onChange);
    return () => speechSynthesis.removeEventListener('voiceschanged', onChange);
  }, [language]);
  if (!voice) return <span className="no-audio">{noVoiceLabel}</span>;
  const speak = () => {
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    speechSynthesis.speak(utterance);
  };
  return (
    <button type="button" className="btn btn-icon" onClick={speak} aria-label={label} title={label}>
      <Pictogram name="speaker" />
    </button>
  );
}
