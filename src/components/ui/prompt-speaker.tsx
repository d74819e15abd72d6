import { useTranslation } from 'react-i18next';
import { usePromptSpeaker } from '../../lib/prompt-audio';
import { SpeakButton } from './speak-button';

/**
 * A speaker for one text of the app: `textKey` is its i18next key with namespace (`citizen:form.fullName`),
 * `text` what it says on screen (read by speech synthesis when there is no recording), `language` the language
 * it is shown in (the consent notice may differ from the screen's).
 */
export function PromptSpeaker({ textKey, text, language, noAudioNote }: { textKey: string; text: string; language?: string; noAudioNote?: string }) {
  const { t, i18n } = useTranslation();
  const speaker = usePromptSpeaker(textKey, text, language ?? i18n.language);
  return <SpeakButton mode={speaker.mode} playback={speaker.playback} onPlay={speaker.play}
    label={t('speaker.play')} noAudioLabel={t('speaker.noAudio')} title={t('speaker.playText', { text })} noAudioTitle={t('speaker.noAudioText', { text })}
    noAudioNote={noAudioNote} />;
}

/**
 * `label` and `speaker` for a field whose label is the text `key` of `namespace`:
 * `<TextField {...spoken('form.fullName')} … />`.
 */
export function useSpokenLabels(namespace: string) {
  const { t } = useTranslation(namespace);
  return (key: string) => {
    const label = t(key);
    return { label, speaker: <PromptSpeaker textKey={`${namespace}:${key}`} text={label} /> };
  };
}

/** A section heading with its speaker: the heading keeps its id for the section's aria-labelledby. */
export function SpokenHeading({ id, namespace, textKey }: { id: string; namespace: string; textKey: string }) {
  const { t } = useTranslation(namespace);
  const text = t(textKey);
  return (
    <div className="spoken-heading">
      <h2 id={id}>{text}</h2>
      <PromptSpeaker textKey={`${namespace}:${textKey}`} text={text} />
    </div>
  );
}
