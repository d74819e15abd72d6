import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { useRemote } from '../../lib/use-remote';
import { adminRequest } from './admin-api';
import type { AdminCommune, StaffAccount } from './admin-types';
import { ProblemBanner } from './problem-banner';
import { StaffForm, type StaffInput } from './staff-form';
import { StaffRow } from './staff-row';

/** Staff accounts of the admin's communes, and a new one (its temporary password is shown once). */
export function StaffSection({ communes }: { communes: AdminCommune[] }) {
  const { t } = useTranslation('office');
  const users = useRemote('users', () => adminRequest<{ users: StaffAccount[] }>('/admin/users'));
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [created, setCreated] = useState<{ username: string; password: string }>();
  const create = async (input: StaffInput) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const reply = await adminRequest<{ user: StaffAccount; password: string }>('/admin/users', { body: input });
      setCreated({ username: reply.user.username, password: reply.password });
      setCreating(false);
      users.reload();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="form-stack" aria-labelledby="staff-title">
      <h2 id="staff-title">{t('admin.staffTitle')}</h2>
      {created ? (
        <Banner tone="success" actions={<button type="button" className="btn" onClick={() => setCreated(undefined)}>{t('admin.done')}</button>}>
          {t('admin.created', { username: created.username })} <strong className="password" data-testid="new-password">{created.password}</strong>
        </Banner>
      ) : null}
      {creating ? (
        <div className="card form-stack tight">
          <h3>{t('admin.newAccount')}</h3>
          <ProblemBanner error={problem} />
          {communes.length > 0 ? <StaffForm communes={communes} busy={busy} submitLabel={t('admin.create')} onSubmit={(input) => void create(input)} onCancel={() => setCreating(false)} /> : null}
        </div>
      ) : <div><button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>{t('admin.newAccount')}</button></div>}
      <ProblemBanner error={users.error} />
      {users.data ? (
        <ul className="plain-list form-stack tight">
          {users.data.users.map((u) => <StaffRow key={u.id} account={u} communes={communes} onChanged={users.reload} />)}
        </ul>
      ) : users.error ? null : <p role="status">{t('common.loading')}</p>}
    </section>
  );
}
