import type { Playback, SpeakerMode } from '../../lib/prompt-audio';
import { Pictogram } from './pictogram';

export type SpeakButtonProps = {
  mode: SpeakerMode;
  playback: Playback;
  onPlay: () => void;
  /** Short names ("Listen", "No audio yet"): a name holding the label's text would be found as that field's label. */
  label: string;
  noAudioLabel: string;
  /** The same with the text read ("Listen: Full name"): the tooltip and the accessible description. */
  title: string;
  noAudioTitle: string;
  /** Said beside the button when there is no audio, where someone must then read aloud (the consent notice). */
  noAudioNote?: string;
};

/**
 * The speaker next to a title, a label or the consent text: 48 px, keyboard-usable. With no audio it stays in the
 * tab order, crossed out and named "no audio yet" (aria-disabled), so that the absence is heard and seen, not
 * shown by colour alone.
 */
export function SpeakButton({ mode, playback, onPlay, label, noAudioLabel, title, noAudioTitle, noAudioNote }: SpeakButtonProps) {
  if (mode === 'none') {
    const button = (
      <button type="button" className="btn btn-icon speak-button" aria-disabled="true" aria-label={noAudioLabel} title={noAudioTitle} data-audio="none">
        <Pictogram name="speakerOff" />
      </button>
    );
    return noAudioNote ? <span className="speak-none">{button}<span className="no-audio">{noAudioNote}</span></span> : button;
  }
  return (
    <button type="button" className="btn btn-icon speak-button" onClick={onPlay} aria-label={label} title={title} data-audio={mode} data-playback={playback}>
      <Pictogram name="speaker" />
    </button>
  );
}
