import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { AUDIT_ACTIONS } from '../../domain/privacy/audit-actions';
import { useRemote } from '../../lib/use-remote';
import { adminRequest } from './admin-api';
import type { AuditPage } from './audit-types';
import { ProblemBanner } from './problem-banner';

const PAGE_SIZE = 25;
type Filters = { action: string; from: string; to: string; citizen: string };

/** The audit log of citizens' data (issue 8 §4): who saw or changed whose data, when, which fields. Read-only. */
export function AuditSection() {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const [draft, setDraft] = useState<Filters>({ action: '', from: '', to: '', citizen: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [page, setPage] = useState(1);
  const search = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  for (const [name, value] of Object.entries(filters)) if (value.trim()) search.set(name, value.trim());
  const audit = useRemote(`audit:${search.toString()}`, () => adminRequest<AuditPage>(`/admin/audit?${search.toString()}`));
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / PAGE_SIZE)) : 1;
  const field = (name: keyof Filters) => ({ value: draft[name], onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }) });
  return (
    <section className="form-stack" aria-labelledby="audit-title" data-testid="audit-section">
      <h2 id="audit-title">{t('admin.auditTitle')}</h2>
      <p className="field-hint">{t('admin.auditExplain')}</p>
      <form className="btn-row audit-filters" onSubmit={(e) => { e.preventDefault(); setPage(1); setFilters(draft); }}>
        <label htmlFor="audit-action">{t('admin.auditAction')}</label>
        <select id="audit-action" {...field('action')}>
          <option value="">{t('admin.auditAnyAction')}</option>
          {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{t(`audit.action.${a}`)}</option>)}
        </select>
        <label htmlFor="audit-from">{t('admin.auditFrom')}</label>
        <input id="audit-from" type="date" {...field('from')} />
        <label htmlFor="audit-to">{t('admin.auditTo')}</label>
        <input id="audit-to" type="date" {...field('to')} />
        <label htmlFor="audit-citizen">{t('admin.auditCitizenId')}</label>
        <input id="audit-citizen" {...field('citizen')} />
        <button type="submit" className="btn"><Pictogram name="search" /><span>{t('admin.auditFilter')}</span></button>
      </form>
      <ProblemBanner error={audit.error} />
      {audit.data ? (
        audit.data.items.length === 0 ? <p className="notice">{t('admin.auditEmpty')}</p> : (
          <div className="table-scroll">
            <table className="issue-table">
              <thead><tr><th scope="col">{t('admin.auditWhen')}</th><th scope="col">{t('admin.auditAction')}</th><th scope="col">{t('admin.auditCitizen')}</th><th scope="col">{t('admin.auditWho')}</th><th scope="col">{t('admin.auditWhat')}</th></tr></thead>
              <tbody>
                {audit.data.items.map((item) => (
                  <tr key={item.id} data-audit-action={item.action}>
                    <td>{text.dateTime(item.at)}</td>
                    <td>{t(`audit.action.${item.action}`, { defaultValue: item.action })}</td>
                    <td>{item.citizenName ? <Link href={`/office/citizens/${item.citizenId}`}><span lang="vi">{item.citizenName}</span></Link> : item.citizenId.slice(0, 8)}</td>
                    <td><span lang="vi">{item.actor.displayName ?? '—'}</span> ({t(`admin.roles.${item.actor.role}`, { defaultValue: item.actor.role })})</td>
                    <td>{[...item.fields, ...Object.values(item.detail ?? {}).filter((v) => typeof v === 'string' && v.length < 40)].join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : audit.error ? null : <p role="status">{t('common.loading')}</p>}
      {pages > 1 ? (
        <nav className="btn-row pager" aria-label={t('queue.pages')}>
          <button type="button" className="btn" disabled={page <= 1} onClick={() => setPage(page - 1)}><Pictogram name="back" /><span>{t('queue.previous')}</span></button>
          <span>{t('queue.pageOf', { page, pages })}</span>
          <button type="button" className="btn" disabled={page >= pages} onClick={() => setPage(page + 1)}><span>{t('queue.next')}</span><Pictogram name="send" /></button>
        </nav>
      ) : null}
    </section>
  );
}
