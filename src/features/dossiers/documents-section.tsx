import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { DossierDraft } from '../../db/dossier-types';
import type { DocumentRequirement } from '../../domain/catalog/catalog-types';
import { addPages, movePage, removePage } from './draft-state';
import { DocumentPages } from './document-pages';

type Props = { documents: readonly DocumentRequirement[]; draft: DossierDraft; update: (change: (d: DossierDraft) => DossierDraft) => void; ownerUserId: string };

/** Each paper the answers call for: photograph its pages, or — for an ID shown at the desk — a reminder to bring it. */
export function DocumentsSection({ documents, draft, update, ownerUserId }: Props) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  return (
    <section className="card form-stack tight" aria-labelledby="documents-title">
      <h2 id="documents-title"><Pictogram name="pages" className="heading-icon" /> {t('documents.title')}</h2>
      {documents.length === 0 ? <p>{t('documents.none')}</p> : null}
      {documents.map((d) => {
        const label = text.catalog(d.labelKey, d.id);
        return (
          <div key={d.id} id={`document-${d.id}`} className="document" data-document={d.id}>
            <h3><Pictogram name={d.form === 'present' ? 'idCard' : 'document'} className="heading-icon" /> {label}{d.required ? null : <span className="field-hint"> — {t('procedures.optional')}</span>}</h3>
            <p className="requirement-meta">
              {t(`catalog:documentForm.${d.form}`)}{d.count > 1 ? ` · ${t('procedures.copies', { count: d.count })}` : ''}
              {d.sensitive ? <span className="sensitive-tag"> · {t('documents.sensitive')}</span> : null}
            </p>
            {d.helpKey ? <p className="field-hint">{text.catalog(d.helpKey)}</p> : null}
            {d.form === 'present'
              ? <p className="notice"><Pictogram name="idCard" size={20} /> {t('documents.bringToDesk')}</p>
              : <DocumentPages documentId={d.id} label={label} ownerUserId={ownerUserId} pages={draft.documents[d.id] ?? []}
                  onAdd={(pages) => update((x) => addPages(x, d.id, pages))} onMove={(i, delta) => update((x) => movePage(x, d.id, i, delta))}
                  onRemove={(i) => update((x) => removePage(x, d.id, i))} />}
          </div>
        );
      })}
    </section>
  );
}
