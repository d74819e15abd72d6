import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/ui/field';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { CATALOG } from '../../domain/catalog/catalog-data';
import type { OfficeCommune } from './office-types';
import { resetQueueFilters, setQueueFilters, useQueueFilters } from './queue-store';

// `toCheck`: drafts citizens prepared on their own phones, for staff to check (issue 7 §7).
const STATUSES = ['toCheck', 'received', 'inProcessing', 'needsSupplement', 'resultReady', 'returned', 'refused'];

/** Search by code or name, and filters by commune, status, procedure, village and "overdue only". */
export function QueueFilters({ communes }: { communes: OfficeCommune[] }) {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const filters = useQueueFilters();
  const [query, setQuery] = useState(filters.q);
  const villages = communes.filter((c) => !filters.commune || c.code === filters.commune).flatMap((c) => c.villages);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQueueFilters({ q: query });
  };
  return (
    <section className="card form-stack tight" aria-labelledby="queue-filters-title">
      <h2 id="queue-filters-title" className="visually-hidden">{t('queue.filters')}</h2>
      <form className="queue-search" role="search" onSubmit={search}>
        <label htmlFor="queue-q" className="visually-hidden">{t('queue.searchLabel')}</label>
        <input id="queue-q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('queue.searchPlaceholder')} autoComplete="off" spellCheck={false} />
        <button type="submit" className="btn btn-primary"><Pictogram name="search" /><span>{t('queue.search')}</span></button>
      </form>
      <div className="queue-filter-grid">
        {communes.length > 1 ? (
          <SelectField label={t('queue.commune')} value={filters.commune} placeholder={t('queue.allCommunes')} onChange={(commune) => setQueueFilters({ commune, village: '' })}
            options={communes.map((c) => ({ value: c.code, label: c.name }))} />
        ) : null}
        <SelectField label={t('queue.status')} value={filters.status} placeholder={t('queue.allStatuses')} onChange={(status) => setQueueFilters({ status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`reference:dossierStatus.${s}`) }))} />
        <SelectField label={t('queue.procedure')} value={filters.procedure} placeholder={t('queue.allProcedures')} onChange={(procedure) => setQueueFilters({ procedure })}
          options={CATALOG.procedures.map((p) => ({ value: p.code, label: text.name(p) }))} />
        <SelectField label={t('queue.village')} value={filters.village} placeholder={t('queue.allVillages')} onChange={(village) => setQueueFilters({ village })}
          options={villages.map((v) => ({ value: v.id, label: v.name }))} />
      </div>
      <div className="btn-row">
        <label className="check-inline">
          <input type="checkbox" checked={filters.overdue} onChange={(e) => setQueueFilters({ overdue: e.target.checked })} />
          <Pictogram name="warning" size={20} /><span>{t('queue.overdueOnly')}</span>
        </label>
        <button type="button" className="btn btn-ghost-dark" onClick={() => { setQuery(''); resetQueueFilters(); }}><Pictogram name="close" /><span>{t('queue.clear')}</span></button>
      </div>
    </section>
  );
}
