import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { DossierDraft } from '../../db/dossier-types';
import { AnswerText } from './answer-value';

type Props = { draft: DossierDraft; procedureKey: string; onAcknowledge: () => void };

/**
 * Exactly what a catalog update changed in this draft — new documents to bring, questions removed or
 * added — and the answers and photos kept from removed ones, still visible (they are not sent).
 */
export function CatalogChanges({ draft, procedureKey, onAcknowledge }: Props) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const notices = draft.catalogChanges ?? [];
  const orphans = Object.entries(draft.orphanedAnswers ?? {});
  const orphanDocs = Object.entries(draft.orphanedDocuments ?? {});
  if (notices.length === 0 && orphans.length === 0 && orphanDocs.length === 0) return null;
  const fieldLabel = (id: string) => text.catalog(`${procedureKey}.fields.${id.split('@')[0]}.label`, id);
  return (
    <>
      {notices.map((notice) => (
        <Banner key={`${notice.fromVersion}-${notice.toVersion}`} tone="warning">
          <strong>{t('changes.title', { from: notice.fromVersion, to: notice.toVersion })}</strong>
          {notice.procedureRemoved ? <p>{t('changes.procedureRemoved')}</p> : null}
          <ul data-testid="catalog-changes">
            {notice.changes.map((c) => <li key={`${c.kind}-${c.id}`}>{t(`changes.${c.kind}`, { label: text.catalog(c.labelKey ?? c.id, c.id) })}</li>)}
          </ul>
        </Banner>
      ))}
      {notices.length > 0 ? <button type="button" className="btn" onClick={onAcknowledge}>{t('changes.acknowledge')}</button> : null}
      {orphans.length > 0 || orphanDocs.length > 0 ? (
        <section className="card form-stack tight kept" aria-labelledby="kept-title">
          <h2 id="kept-title">{t('changes.keptTitle')}</h2>
          <p className="field-hint">{t('changes.keptExplain')}</p>
          <dl className="facts">
            {orphans.map(([id, orphan]) => (
              <div key={id} className="facts-row"><dt>{fieldLabel(id)}</dt><dd><AnswerText value={orphan.value} persons={draft.persons} /></dd></div>
            ))}
            {orphanDocs.map(([id, orphan]) => (
              <div key={id} className="facts-row"><dt>{text.catalog(orphan.labelKey, id)}</dt><dd>{t('review.pages', { count: orphan.pages.length })}</dd></div>
            ))}
          </dl>
        </section>
      ) : null}
    </>
  );
}
