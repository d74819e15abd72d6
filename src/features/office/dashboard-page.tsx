import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/ui/field';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { todayInVietnam } from '../../domain/calendar/dates';
import { ApiError } from '../../lib/api';
import { useRemote } from '../../lib/use-remote';
import { DashboardCharts } from './dashboard-charts';
import { officeFile, officeRequest } from './office-api';
import type { Dashboard } from './office-types';
import { RemoteProblem } from './remote-problem';
import { useOfficeCommunes } from './use-office-communes';

type Period = { from: string; to: string; commune: string };

function monthToDate(): Period {
  const today = todayInVietnam();
  return { from: `${today.slice(0, 8)}01`, to: today, commune: '' };
}

const search = (p: Period, language?: string) =>
  new URLSearchParams({ from: p.from, to: p.to, ...(p.commune ? { commune: p.commune } : {}), ...(language ? { lang: language } : {}) }).toString();

/** `/office/dashboard`: the figures officials are judged by, for a chosen period, per commune and overall. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('office');
  const communes = useOfficeCommunes();
  const [draft, setDraft] = useState<Period>(monthToDate);
  const [period, setPeriod] = useState<Period>(draft);
  const [csvProblem, setCsvProblem] = useState<unknown>();
  const valid = draft.from !== '' && draft.to !== '' && draft.from <= draft.to;
  const dashboard = useRemote(search(period), () => officeRequest<Dashboard>(`/office/dashboard?${search(period)}`));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (valid) setPeriod(draft);
  };
  const download = async () => {
    setCsvProblem(undefined);
    try {
      const blob = await officeFile(`/office/dashboard.csv?${search(period, i18n.language === 'en' ? 'en' : 'vi')}`);
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: `cau-noi-${period.from}-${period.to}.csv` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setCsvProblem(error instanceof ApiError ? error : new ApiError(0, 'network', String(error)));
    }
  };
  const list = communes.data?.communes ?? [];
  return (
    <Page title={t('dashboard.title')} icon="status" actions={<Link href="/office" className="btn"><Pictogram name="list" /><span>{t('queue.title')}</span></Link>}>
      <form className="card dashboard-controls" onSubmit={apply}>
        <TextField type="date" label={t('dashboard.from')} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} />
        <TextField type="date" label={t('dashboard.to')} value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} error={valid ? undefined : t('dashboard.badPeriod')} />
        {list.length > 1 ? (
          <SelectField label={t('queue.commune')} value={draft.commune} placeholder={t('dashboard.allCommunes')} onChange={(commune) => setDraft((d) => ({ ...d, commune }))}
            options={list.map((c) => ({ value: c.code, label: c.name }))} />
        ) : null}
        <div className="btn-row">
          <button type="submit" className="btn btn-primary" disabled={!valid}><Pictogram name="search" /><span>{t('dashboard.show')}</span></button>
          <button type="button" className="btn" onClick={() => void download()}><Pictogram name="download" /><span>{t('dashboard.csv')}</span></button>
        </div>
      </form>
      {csvProblem ? <RemoteProblem error={csvProblem} /> : null}
      {dashboard.error ? <RemoteProblem error={dashboard.error} onRetry={dashboard.reload} /> : null}
      {dashboard.loading && !dashboard.data ? <p role="status">{t('common.loading')}</p> : null}
      {dashboard.data ? (
        <>
          <section aria-labelledby="overall-title" className="form-stack">
            <h2 id="overall-title">{period.commune ? (list.find((c) => c.code === period.commune)?.name ?? period.commune) : t('dashboard.overall')}</h2>
            <DashboardCharts figures={dashboard.data.overall} />
          </section>
          {dashboard.data.communes.length > 1 ? <CommuneTable dashboard={dashboard.data} /> : null}
        </>
      ) : null}
    </Page>
  );
}

function CommuneTable({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation('office');
  const percent = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(value));
  return (
    <section className="card" aria-labelledby="per-commune-title">
      <h2 id="per-commune-title">{t('dashboard.perCommune')}</h2>
      <table className="office-table">
        <thead><tr>
          <th scope="col">{t('queue.commune')}</th><th scope="col">{t('dashboard.citizens')}</th><th scope="col">{t('dashboard.received')}</th>
          <th scope="col">{t('dashboard.onTimeRate')}</th><th scope="col">{t('dashboard.pendingTotal')}</th>
        </tr></thead>
        <tbody>
          {dashboard.communes.map((c) => (
            <tr key={c.code}>
              <th scope="row" lang="vi">{c.name}</th>
              <td data-label={t('dashboard.citizens')}>{c.figures.citizens.total}</td>
              <td data-label={t('dashboard.received')}>{c.figures.received.total}</td>
              <td data-label={t('dashboard.onTimeRate')}>{percent(c.figures.decided.onTimeRate)}</td>
              <td data-label={t('dashboard.pendingTotal')}>{c.figures.pending.reduce((sum, p) => sum + p.count, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
