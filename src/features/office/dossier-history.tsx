import { useTranslation } from 'react-i18next';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { DossierEventView } from './office-types';

/** The dossier's audit log: who did what, when, from which status to which, and why. Oldest first. */
export function DossierHistory({ events, itemLabel }: { events: DossierEventView[]; itemLabel: (item: string) => string }) {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const status = (s: string | null) => (s ? t(`reference:dossierStatus.${s}`, { defaultValue: s }) : '—');
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      {events.length === 0 ? <p>{t('history.none')}</p> : null}
      <ol className="history" data-testid="history">
        {events.map((e) => (
          <li key={e.id}>
            <p className="history-head"><strong>{t(`event.${e.event}`, { defaultValue: e.event })}</strong> <span className="field-hint">{text.dateTime(e.at)}</span></p>
            <p>{t('history.change', { from: status(e.from), to: status(e.to) })} · {e.actor ? t('history.by', { name: e.actor.displayName }) : t('history.bySystem')}</p>
            {e.note ? <p className="history-note">{t('history.note', { note: e.note })}</p> : null}
            {e.missingItems.length > 0 ? <p className="history-note">{t('history.missing', { items: e.missingItems.map(itemLabel).join('; ') })}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
