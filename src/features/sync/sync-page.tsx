import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { Banner } from '../../components/ui/banner';
import { Pictogram } from '../../components/ui/pictogram';
import { useSession } from '../../lib/session';
import { useSyncStatus } from '../../sync/sync-status';
import { requestSync } from '../../sync/sync-service';
import { SyncWarnings } from './sync-warnings';
import { UnsentList } from './unsent-list';
import { TransferPanel } from './transfer-panel';
import { useLastSuccess, useUnsentItems } from './use-sync';

const percent = (done: number, total: number) => (total > 0 ? Math.round((done / total) * 100) : 0);

/** The truth about what has been sent: progress, the last successful sync, and every unsent item. */
export function SyncPage() {
  const { t, i18n } = useTranslation('sync');
  const user = useSession((s) => s.user)!;
  const status = useSyncStatus();
  const items = useUnsentItems(user.userId);
  const lastSuccess = useLastSuccess(user.userId);
  const running = status.phase !== 'idle';
  const online = typeof navigator === 'undefined' || navigator.onLine;

  return (
    <Page title={t('title')} icon="sync" actions={
      <button type="button" className="btn btn-primary" onClick={() => void requestSync()} disabled={running || !online}>
        <Pictogram name="sync" /><span>{running ? t('running') : t('syncNow')}</span>
      </button>
    }>
      {!online ? <Banner tone="warning">{t('offline')}</Banner> : null}
      <SyncWarnings />
      {status.lastError && !running ? <Banner tone="danger">{t(`failure.${status.lastError}`, { defaultValue: t('failure.unknown') })}</Banner> : null}
      <section className="card form-stack" aria-labelledby="sync-progress-title">
        <h2 id="sync-progress-title">{running ? t(`phase.${status.phase}`) : t('progressIdle')}</h2>
        {/* Figures only while something is moving: a stale "4 / 4" on an idle screen would read as a promise. */}
        {running ? (
          <>
            <label className="progress-label" htmlFor="sync-items">{t('items', { done: status.itemsDone, total: status.itemsTotal })}</label>
            <progress id="sync-items" max={100} value={percent(status.itemsDone, status.itemsTotal)} />
            {status.bytesTotal > 0 ? (
              <>
                <label className="progress-label" htmlFor="sync-bytes">{t('bytes', { done: (status.bytesDone / 1024).toFixed(0), total: (status.bytesTotal / 1024).toFixed(0) })}</label>
                <progress id="sync-bytes" max={100} value={percent(status.bytesDone, status.bytesTotal)} />
              </>
            ) : null}
          </>
        ) : null}
        <p data-testid="last-success">
          {lastSuccess ? t('lastSuccess', { when: new Date(lastSuccess).toLocaleString(i18n.language) }) : t('neverSynced')}
        </p>
      </section>
      <section aria-labelledby="unsent-title">
        <h2 id="unsent-title">{t('unsentTitle', { count: items?.length ?? 0 })}</h2>
        {items ? <UnsentList items={items} /> : <p role="status">{t('common:app.loading')}</p>}
      </section>
      <TransferPanel userId={user.userId} unsent={items?.length ?? 0} />
    </Page>
  );
}
