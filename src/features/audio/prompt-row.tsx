import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { PromptSpeaker } from '../../components/ui/prompt-speaker';
import type { PromptText } from './use-prompt-texts';

const PLACEHOLDER = /(\{\{[^}]*\}\})/;

/** A text with its {{placeholders}} set apart as code: the speaker reads around them, the app fills them in. */
function SourceText({ text }: { text: string }) {
  return <>{text.split(PLACEHOLDER).map((part, i) => (i % 2 === 1 ? <code key={i} className="placeholder">{part}</code> : part))}</>;
}

/** A name for a button about this text: "…" where the app puts a value. */
const spokenName = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '…');

/** What the row says of its recording: none, kept and sent, waiting to be sent, or refused by the server. */
function statusOf(row: PromptText): { state: string; seconds?: string } {
  const prompt = row.prompt;
  if (!prompt || (prompt.state === 'delete' && !prompt.error)) return { state: prompt ? 'delete' : 'none' };
  if (prompt.error) return { state: 'refused' };
  return { state: prompt.state, seconds: (prompt.durationMs / 1000).toFixed(1) };
}

/** One text of the app: its key, Vietnamese source, translation, recording, and what can be done with it. */
export function PromptRow({ row, language, open, onRecord, onDelete, children }: {
  row: PromptText; language: string; open: boolean; onRecord: () => void; onDelete: () => void; children?: ReactNode;
}) {
  const { t } = useTranslation('admin');
  const status = statusOf(row);
  const shown = spokenName(row.translation ?? row.source);
  const playable = row.prompt !== undefined && row.prompt.state !== 'delete';
  return (
    <li className="card prompt-row" data-key={row.id} data-recording={status.state}>
      <code className="prompt-key">{row.id}</code>
      <p lang="vi"><span className="prompt-label">{t('audio.source')}</span> <SourceText text={row.source} /></p>
      {language === 'vi' ? null : (
        <p lang={row.translation ? language : 'vi'}>
          <span className="prompt-label">{t('audio.translation')}</span> {row.translation ? <SourceText text={row.translation} /> : t('audio.untranslated')}
        </p>
      )}
      <p className="prompt-status">{t(`audio.status.${status.state}`, { seconds: status.seconds })}</p>
      <div className="btn-row">
        {playable ? <PromptSpeaker textKey={row.id} text={shown} language={language} /> : null}
        <button type="button" className="btn" aria-expanded={open} onClick={onRecord} aria-label={t('audio.recordFor', { text: shown })}>
          <Pictogram name="mic" />{playable ? t('audio.rerecord') : t('audio.record')}
        </button>
        {playable ? (
          <button type="button" className="btn" onClick={onDelete} aria-label={t('audio.deleteFor', { text: shown })}>
            <Pictogram name="trash" />{t('audio.delete')}
          </button>
        ) : null}
      </div>
      {children}
    </li>
  );
}
