import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Pictogram } from '../../components/ui/pictogram';
import { MAX_RECORDING_MS, useRecorder, type Recorded } from './use-recorder';

const seconds = (ms: number) => Math.floor(ms / 1000);

/** Record one prompt, listen to it, then keep it or record again. */
export function RecordPanel({ text, language, onKeep, onClose }: { text: string; language: string; onKeep: (recording: Recorded) => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const { state, start, stop, reset } = useRecorder();
  const [saving, setSaving] = useState(false);
  const keep = async (recording: Recorded) => {
    setSaving(true);
    try {
      await onKeep(recording);
      reset();
      onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="record-panel form-stack" role="group" aria-label={t('audio.recordFor', { text })}>
      {state.phase === 'idle' || state.phase === 'error' ? (
        <div className="btn-row">
          <button type="button" className="btn btn-primary" onClick={() => void start()}><Pictogram name="mic" />{t('audio.start')}</button>
          <button type="button" className="btn" onClick={onClose}>{t('audio.cancel')}</button>
        </div>
      ) : null}
      {state.phase === 'error' ? <Banner tone="danger">{t(`audio.error.${state.code}`)}</Banner> : null}
      {state.phase === 'recording' ? (
        <>
          <p role="timer" className="record-timer" aria-live="off">
            {t('audio.recording', { elapsed: seconds(state.elapsedMs), max: seconds(MAX_RECORDING_MS) })}
          </p>
          <meter className="record-level" min={0} max={1} value={state.level} aria-label={t('audio.level')} />
          <button type="button" className="btn btn-primary" onClick={stop}><Pictogram name="stop" />{t('audio.stop')}</button>
        </>
      ) : null}
      {state.phase === 'recorded' ? (
        <>
          <p>{t('audio.listenBack', { seconds: (state.recording.durationMs / 1000).toFixed(1) })}</p>
          {/* The speaker's own voice, to check before keeping it; no captions exist for a prompt being made. */}
          <audio controls src={state.recording.url} lang={language} className="record-preview" aria-label={t('audio.preview')} />
          <div className="btn-row">
            <button type="button" className="btn btn-primary" disabled={saving} onClick={() => void keep(state.recording)}><Pictogram name="check" />{t('audio.keep')}</button>
            <button type="button" className="btn" disabled={saving} onClick={() => void start()}><Pictogram name="mic" />{t('audio.redo')}</button>
            <button type="button" className="btn" disabled={saving} onClick={() => { reset(); onClose(); }}>{t('audio.cancel')}</button>
          </div>
        </>
      ) : null}
    </div>
  );
}
