import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { useRemote } from '../../lib/use-remote';
import { officeRequest } from './office-api';
import type { QueuePage as QueueAnswer } from './office-types';
import { QueueFilters } from './queue-filters';
import { queueSearch, setQueueFilters, useQueueFilters } from './queue-store';
import { QueueTable } from './queue-table';
import { RemoteProblem } from './remote-problem';
import { useOfficeCommunes } from './use-office-communes';

const PAGE_SIZE = 25;

/** `/office`: the one-stop shop's queue of dossiers from the field, for the officer's communes. */
export function QueuePage() {
  const { t } = useTranslation('office');
  const filters = useQueueFilters();
  const communes = useOfficeCommunes();
  const search = queueSearch(filters, PAGE_SIZE);
  const queue = useRemote(search, () => officeRequest<QueueAnswer>(`/office/dossiers?${search}`));
  const pages = queue.data ? Math.max(1, Math.ceil(queue.data.total / PAGE_SIZE)) : 1;
  return (
    <Page title={t('queue.title')} icon="list" actions={<>
      <Link href="/office/requests" className="btn"><Pictogram name="lock" /><span>{t('rights.requestsPageTitle')}</span></Link>
      <Link href="/office/dashboard" className="btn"><Pictogram name="status" /><span>{t('dashboard.title')}</span></Link>
    </>}>
      {communes.error ? <RemoteProblem error={communes.error} onRetry={communes.reload} /> : null}
      <QueueFilters communes={communes.data?.communes ?? []} />
      {queue.error ? <RemoteProblem error={queue.error} onRetry={queue.reload} /> : null}
      {queue.loading && !queue.data ? <p role="status">{t('common.loading')}</p> : null}
      {queue.data ? (
        <section aria-labelledby="queue-count" className="form-stack tight">
          <p id="queue-count" role="status" className="queue-count">{t('queue.count', { count: queue.data.total })}</p>
          {queue.data.items.length > 0 ? <QueueTable items={queue.data.items} communes={communes.data?.communes ?? []} /> : <p className="notice">{t('queue.empty')}</p>}
          {pages > 1 ? (
            <nav className="btn-row pager" aria-label={t('queue.pages')}>
              <button type="button" className="btn" disabled={filters.page <= 1} onClick={() => setQueueFilters({ page: filters.page - 1 })}><Pictogram name="back" /><span>{t('queue.previous')}</span></button>
              <span>{t('queue.pageOf', { page: filters.page, pages })}</span>
              <button type="button" className="btn" disabled={filters.page >= pages} onClick={() => setQueueFilters({ page: filters.page + 1 })}><span>{t('queue.next')}</span><Pictogram name="send" /></button>
            </nav>
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}
