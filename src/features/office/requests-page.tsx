import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { useRemote } from '../../lib/use-remote';
import { officeRequest } from './office-api';
import type { DataRequest } from './office-types';
import { RemoteProblem } from './remote-problem';
import { RequestDeadlineBadge } from './request-deadline-badge';

/** `/office/requests`: open data requests of the officer's communes, the nearest legal deadline first. */
export function RequestsPage() {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const remote = useRemote('requests:open', () => officeRequest<{ requests: DataRequest[] }>('/office/requests?status=open'));
  const back = <Link href="/office" className="btn"><Pictogram name="back" /><span>{t('queue.back')}</span></Link>;
  return (
    <Page title={t('rights.requestsPageTitle')} icon="lock" actions={back}>
      <p>{t('rights.requestsExplain')}</p>
      {remote.error ? <RemoteProblem error={remote.error} onRetry={remote.reload} /> : null}
      {!remote.data && !remote.error ? <p role="status">{t('common.loading')}</p> : null}
      {remote.data && remote.data.requests.length === 0 ? <p className="notice">{t('rights.noOpenRequests')}</p> : null}
      {remote.data && remote.data.requests.length > 0 ? (
        <ul className="plain-list card">
          {remote.data.requests.map((r) => (
            <li key={r.id}>
              <Link href={`/office/citizens/${r.citizenId}`}><span lang="vi">{r.citizenName || r.citizenId.slice(0, 8)}</span></Link>{' — '}
              {t(`rights.kind.${r.kind}`)} <RequestDeadlineBadge state={r.deadline} dueDate={r.dueDate} />
              <div className="field-hint">{t('rights.receivedOn', { date: text.dateTime(r.receivedAt) })} · {t('rights.acknowledgeBy', { date: text.date(r.acknowledgeBy) })}</div>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
