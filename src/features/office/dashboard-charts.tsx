import { useTranslation } from 'react-i18next';
import { BarChart } from '../../components/ui/bar-chart';
import { useProcedureText } from '../../components/ui/procedure-text';
import { CATALOG, findProcedure } from '../../domain/catalog/catalog-data';
import type { DashboardFigures } from './office-types';

/** The figures of one scope (a commune, or all of them) as key numbers and three charts, each with its table. */
export function DashboardCharts({ figures }: { figures: DashboardFigures }) {
  const { t, i18n } = useTranslation('office');
  const text = useProcedureText();
  const percent = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(value));
  const { citizens, received, decided, pending } = figures;
  const electronicShare = received.total > 0 ? received.electronic / received.total : null;
  const table = { labelHeading: t('dashboard.item'), valueHeading: t('dashboard.value'), tableToggle: t('dashboard.asTable'), empty: t('dashboard.nothing') };
  return (
    <>
      <div className="kpis">
        <div className="kpi card" data-testid="kpi-citizens">
          <p className="kpi-label">{t('dashboard.citizens')}</p><p className="kpi-value">{citizens.total}</p>
          <p className="field-hint">{t('dashboard.assistedSelf', { assisted: citizens.assisted, self: citizens.selfRegistered })}</p>
        </div>
        <div className="kpi card" data-testid="kpi-received">
          <p className="kpi-label">{t('dashboard.received')}</p><p className="kpi-value">{received.total}</p>
          <p className="field-hint">{t('dashboard.electronic', { share: percent(electronicShare), count: received.electronic })}</p>
        </div>
        <div className="kpi card" data-testid="kpi-on-time">
          <p className="kpi-label">{t('dashboard.onTimeRate')}</p><p className="kpi-value">{percent(decided.onTimeRate)}</p>
          <p className="field-hint">{t('dashboard.onTimeLate', { onTime: decided.onTime, late: decided.late })}</p>
        </div>
        <div className="kpi card">
          <p className="kpi-label">{t('dashboard.averageTime')}</p>
          <p className="kpi-value">{decided.averageDays === null ? '—' : decided.averageDays < 1 ? t('dashboard.underOneDay') : t('dashboard.days', { count: decided.averageDays, days: new Intl.NumberFormat(i18n.language).format(decided.averageDays) })}</p>
        </div>
      </div>
      <p className="field-hint">{t('dashboard.selfNote')}</p>
      <div className="charts">
        <BarChart title={t('dashboard.byProcedure')} {...table} data={received.byProcedure.map((p) => {
          const procedure = findProcedure(CATALOG, p.procedureCode);
          return { label: procedure ? text.name(procedure) : p.procedureCode, value: p.count };
        })} />
        <BarChart title={t('dashboard.timeliness')} {...table} data={decided.onTime + decided.late === 0 ? [] : [
          { label: t('deadline.onTime'), value: decided.onTime, tone: 'good' },
          { label: t('deadline.late'), value: decided.late, tone: 'bad' },
        ]} />
        <BarChart title={t('dashboard.pending')} {...table} data={pending.map((p) => ({ label: t(`reference:dossierStatus.${p.status}`), value: p.count }))} />
      </div>
    </>
  );
}
