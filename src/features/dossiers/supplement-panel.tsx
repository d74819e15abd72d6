import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { DossierView } from '../../db/dossier-types';
import type { Procedure } from '../../domain/catalog/catalog-types';
import type { AttachmentRef } from '../../domain/citizen/attachment-ref';
import { movePageIn } from './supplement-pages';
import { DocumentPages } from './document-pages';
import { supplementItems } from './supplement-items';
import { sendSupplement } from './use-dossiers';

/**
 * The commune asked for more papers: why, and exactly which. The staff member photographs each one here and
 * sends them; the dossier goes back to the officer's queue when they arrive.
 */
export function SupplementPanel({ dossier, procedure, ownerUserId }: { dossier: DossierView; procedure: Procedure | undefined; ownerUserId: string }) {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const items = supplementItems(dossier.serverFields?.missingItems, procedure);
  const [pages, setPages] = useState<Record<string, AttachmentRef[]>>({});
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  const reason = typeof dossier.serverFields?.statusReason === 'string' ? dossier.serverFields.statusReason : '';
  const waiting = dossier.syncState === 'pending';
  const ready = items.length > 0 ? items.every((item) => (pages[item.documentId]?.length ?? 0) > 0) : Object.values(pages).some((p) => p.length > 0);
  const label = (item: (typeof items)[number]) => (item.labelKey ? text.catalog(item.labelKey, item.text) : item.text);
  const send = async () => {
    setSending(true);
    setFailed(false);
    try {
      await sendSupplement(ownerUserId, dossier.id, pages);
      setPages({});
    } catch {
      setFailed(true);
    } finally {
      setSending(false);
    }
  };
  if (waiting) {
    return <Banner tone="info"><strong>{t('supplement.savedTitle')}</strong> {t('supplement.saved')}</Banner>;
  }
  return (
    <section className="card form-stack supplement" aria-labelledby="supplement-title" data-testid="supplement-request">
      <Banner tone="warning">
        <strong id="supplement-title">{t('supplement.title')}</strong>
        {reason ? <span> {t('supplement.reason', { reason })}</span> : null}
      </Banner>
      <h2>{t('supplement.missing')}</h2>
      {items.map((item) => (
        <div key={item.documentId} className="document" data-document={item.documentId}>
          <h3><Pictogram name="camera" className="heading-icon" /> {t('supplement.photograph', { label: label(item) })}</h3>
          <DocumentPages documentId={item.documentId} label={label(item)} ownerUserId={ownerUserId} pages={pages[item.documentId] ?? []}
            onAdd={(added) => setPages((p) => ({ ...p, [item.documentId]: [...(p[item.documentId] ?? []), ...added] }))}
            onMove={(index, delta) => setPages((p) => movePageIn(p, item.documentId, index, delta))}
            onRemove={(index) => setPages((p) => ({ ...p, [item.documentId]: (p[item.documentId] ?? []).filter((_, i) => i !== index) }))} />
        </div>
      ))}
      {failed ? <p className="field-error" role="alert">{t('supplement.failed')}</p> : null}
      {ready ? null : <p className="field-hint">{t('supplement.photographAll')}</p>}
      <button type="button" className="btn btn-primary btn-large" disabled={!ready || sending} onClick={() => void send()}>
        <Pictogram name="send" /><span>{t('supplement.send')}</span>
      </button>
    </section>
  );
}
