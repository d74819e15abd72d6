import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Pictogram } from '../../components/ui/pictogram';
import type { Procedure } from '../../domain/catalog/catalog-types';
import type { DossierEvent } from '../../domain/dossier/status-machine';
import { ApiError } from '../../lib/api';
import { officeRequest } from './office-api';
import { SupplementRequestForm, type SupplementRequest } from './supplement-request-form';

const ICONS: Partial<Record<DossierEvent, string>> = {
  startProcessing: 'status', requestSupplement: 'camera', supplement: 'pages', markResultReady: 'check', returnResult: 'send', refuse: 'close',
};

type Props = { dossierId: string; procedure?: Procedure; allowed: DossierEvent[]; onDone: () => void };

/** The decisions open to the officer now; asking for papers and refusing need their reason first. */
export function DossierActions({ dossierId, procedure, allowed, onDone }: Props) {
  const { t } = useTranslation('office');
  const [form, setForm] = useState<'requestSupplement' | 'refuse'>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const apply = async (event: DossierEvent, body: { reason?: string; missingItems?: string[] } = {}) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await officeRequest(`/office/dossiers/${dossierId}/transitions`, { body: { event, ...body } });
      setForm(undefined);
      setReason('');
      onDone();
    } catch (error) {
      setProblem(error instanceof ApiError ? (error.isNetwork ? 'network' : error.code) : 'generic');
    } finally {
      setBusy(false);
    }
  };
  if (allowed.length === 0) return <p className="notice">{t('actions.none')}</p>;
  return (
    <section className="card form-stack tight no-print" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('actions.title')}</h2>
      {problem ? <Banner tone="danger">{t(`errors.${problem}`, { defaultValue: t('errors.generic') })}</Banner> : null}
      <div className="btn-row">
        {allowed.map((event) => (
          <button key={event} type="button" className={event === 'refuse' ? 'btn btn-danger' : event === 'requestSupplement' ? 'btn' : 'btn btn-primary'} disabled={busy}
            aria-expanded={event === 'requestSupplement' || event === 'refuse' ? form === event : undefined}
            onClick={() => (event === 'requestSupplement' || event === 'refuse' ? setForm(form === event ? undefined : event) : void apply(event))}>
            <Pictogram name={ICONS[event] ?? 'check'} /><span>{event === 'supplement' ? t('actions.supplementAtDesk') : t(`event.${event}`)}</span>
          </button>
        ))}
      </div>
      {form === 'requestSupplement' ? (
        <SupplementRequestForm procedure={procedure} busy={busy} onCancel={() => setForm(undefined)} onSubmit={(request: SupplementRequest) => void apply('requestSupplement', request)} />
      ) : null}
      {form === 'refuse' ? (
        <form className="form-stack tight office-action-form" onSubmit={(e) => { e.preventDefault(); void apply('refuse', { reason: reason.trim() }); }}>
          <div className="field">
            <label htmlFor="refuse-reason">{t('actions.refuseReason')}</label>
            <textarea id="refuse-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} required />
          </div>
          <div className="btn-row">
            <button type="submit" className="btn btn-danger" disabled={busy || reason.trim() === ''}>{t('actions.confirmRefuse')}</button>
            <button type="button" className="btn" onClick={() => setForm(undefined)}>{t('actions.cancel')}</button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
