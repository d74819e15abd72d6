import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { DATA_REQUEST_KINDS } from '../../domain/privacy/data-requests';
import { officeRequest } from './office-api';
import type { DataRequest, DataRequestKind } from './office-types';
import { RemoteProblem } from './remote-problem';
import { RequestDeadlineBadge } from './request-deadline-badge';

/**
 * A person's requests about their data, with the dates the law sets (acknowledge, act), recorded at the desk
 * and marked done or refused. Carrying out a deletion erases the person's data: it asks first.
 */
export function RightsRequests({ citizenId, requests, onChanged }: { citizenId: string; requests: DataRequest[]; onChanged: () => void }) {
  const { t } = useTranslation('office');
  const [kind, setKind] = useState<DataRequestKind>('access');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
      onChanged();
      return true;
    } catch (error) {
      setProblem(error);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card form-stack" aria-labelledby="requests-title" data-testid="rights-requests">
      <h2 id="requests-title">{t('rights.requestsTitle')}</h2>
      {problem ? <RemoteProblem error={problem} /> : null}
      {requests.length === 0 ? <p>{t('rights.noRequests')}</p> : (
        <ul className="plain-list">
          {requests.map((r) => <RequestItem key={r.id} request={r} busy={busy} onComplete={(outcome, reason) => run(() => officeRequest(`/office/requests/${r.id}/complete`, { body: { outcome, ...(reason ? { note: reason } : {}) } }))} />)}
        </ul>
      )}
      <form className="form-stack tight" onSubmit={(e) => { e.preventDefault(); void run(() => officeRequest(`/office/citizens/${citizenId}/requests`, { body: { kind, ...(note.trim() ? { note: note.trim() } : {}) } })).then((ok) => ok && setNote('')); }}>
        <h3>{t('rights.newRequest')}</h3>
        <label htmlFor="request-kind">{t('rights.kindLabel')}</label>
        <select id="request-kind" value={kind} onChange={(e) => setKind(e.target.value as DataRequestKind)}>
          {DATA_REQUEST_KINDS.map((k) => <option key={k} value={k}>{t(`rights.kind.${k}`)}</option>)}
        </select>
        <label htmlFor="request-note">{t('rights.note')}</label>
        <textarea id="request-note" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        <div className="btn-row"><button type="submit" className="btn btn-primary" disabled={busy}><Pictogram name="plus" /><span>{t('rights.record')}</span></button></div>
      </form>
    </section>
  );
}

function RequestItem({ request: r, busy, onComplete }: { request: DataRequest; busy: boolean; onComplete: (outcome: 'done' | 'refused', note?: string) => Promise<boolean> }) {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const [step, setStep] = useState<'idle' | 'confirmDelete' | 'refuse'>('idle');
  const [reason, setReason] = useState('');
  const finish = (outcome: 'done' | 'refused', note?: string) => void onComplete(outcome, note).then((ok) => ok && setStep('idle'));
  return (
    <li data-request-kind={r.kind} data-request-status={r.status}>
      <strong>{t(`rights.kind.${r.kind}`)}</strong>{' — '}{t(`rights.status.${r.status}`)}{' '}
      <RequestDeadlineBadge state={r.deadline} dueDate={r.dueDate} />
      <div className="field-hint">
        {t('rights.receivedOn', { date: text.dateTime(r.receivedAt) })}{r.status === 'open' ? ` · ${t('rights.acknowledgeBy', { date: text.date(r.acknowledgeBy) })}` : ''}
        {r.note ? ` · ${r.note}` : ''}{r.outcome ? ` · ${r.outcome}` : ''}
      </div>
      {r.status === 'open' && step === 'idle' ? (
        <div className="btn-row">
          <button type="button" className="btn" disabled={busy} onClick={() => (r.kind === 'deletion' ? setStep('confirmDelete') : finish('done'))}><Pictogram name="check" /><span>{t('rights.markDone')}</span></button>
          <button type="button" className="btn" disabled={busy} onClick={() => setStep('refuse')}><Pictogram name="close" /><span>{t('rights.refuse')}</span></button>
        </div>
      ) : null}
      {step === 'confirmDelete' ? (
        <div className="form-stack tight" role="group" aria-label={t('rights.deleteYes')}>
          <p>{t('rights.deleteConfirm')}</p>
          <div className="btn-row">
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => finish('done')}><Pictogram name="trash" /><span>{t('rights.deleteYes')}</span></button>
            <button type="button" className="btn" onClick={() => setStep('idle')}>{t('actions.cancel')}</button>
          </div>
        </div>
      ) : null}
      {step === 'refuse' ? (
        <form className="form-stack tight" onSubmit={(e) => { e.preventDefault(); finish('refused', reason.trim()); }}>
          <label htmlFor={`refuse-${r.id}`}>{t('rights.refuseReason')}</label>
          <textarea id={`refuse-${r.id}`} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
          <div className="btn-row">
            <button type="submit" className="btn btn-danger" disabled={busy || reason.trim() === ''}>{t('rights.refuse')}</button>
            <button type="button" className="btn" onClick={() => setStep('idle')}>{t('actions.cancel')}</button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
