import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Pictogram } from '../../components/ui/pictogram';
import { useSession } from '../../lib/session';
import { adminRequest } from './admin-api';
import type { AdminCommune, StaffAccount } from './admin-types';
import { DeviceList } from './device-list';
import { ProblemBanner } from './problem-banner';
import { StaffForm, type StaffInput } from './staff-form';

type Panel = 'edit' | 'devices' | undefined;

/** One account: who, role, communes, and what an admin does with it (edit, new password, (de)activate, devices). */
export function StaffRow({ account, communes, onChanged }: { account: StaffAccount; communes: AdminCommune[]; onChanged: () => void }) {
  const { t } = useTranslation('office');
  const self = useSession((s) => s.user?.userId) === account.id;
  const [panel, setPanel] = useState<Panel>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [password, setPassword] = useState<string>();
  // Both end the person's sessions at once: a slip of the finger must not lock a colleague out.
  const [confirming, setConfirming] = useState<'password' | 'deactivate'>();
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const update = (body: Partial<StaffInput> & { active?: boolean }) => run(async () => {
    await adminRequest(`/admin/users/${account.id}`, { method: 'PATCH', body });
    setPanel(undefined);
    onChanged();
  });
  const resetPassword = () => run(async () => setPassword((await adminRequest<{ password: string }>(`/admin/users/${account.id}/password`, { method: 'POST' })).password));
  const communeNames = account.communes.map((code) => communes.find((c) => c.code === code)?.name ?? code).join(', ');
  return (
    <li className="staff card" data-username={account.username}>
      <p className="staff-head">
        <strong lang="vi">{account.displayName}</strong> <span className="field-hint">{account.username}</span>{' '}
        <span className="status-badge">{t(`admin.roles.${account.role}`)}</span>{' '}
        {account.active ? null : <span className="deadline deadline-late"><Pictogram name="lock" size={18} /><span>{t('admin.inactive')}</span></span>}
      </p>
      <p className="field-hint" lang="vi">{communeNames}</p>
      {!account.manageable ? <p className="field-hint">{t('admin.notManageable')}</p> : (
        <div className="btn-row">
          {self ? null : <button type="button" className="btn" aria-expanded={panel === 'edit'} onClick={() => setPanel(panel === 'edit' ? undefined : 'edit')}><Pictogram name="correction" /><span>{t('admin.edit')}</span></button>}
          <button type="button" className="btn" disabled={busy} onClick={() => setConfirming('password')}><Pictogram name="lock" /><span>{t('admin.resetPassword')}</span></button>
          {self ? null : account.active
            ? <button type="button" className="btn btn-danger" disabled={busy} onClick={() => setConfirming('deactivate')}><Pictogram name="close" /><span>{t('admin.deactivate')}</span></button>
            : <button type="button" className="btn" disabled={busy} onClick={() => void update({ active: true })}><Pictogram name="check" /><span>{t('admin.activate')}</span></button>}
          <button type="button" className="btn" aria-expanded={panel === 'devices'} onClick={() => setPanel(panel === 'devices' ? undefined : 'devices')}><Pictogram name="idCard" /><span>{t('admin.devices')}</span></button>
        </div>
      )}
      {confirming ? (
        <div className="notice form-stack tight">
          <p>{t(confirming === 'password' ? 'admin.resetConfirm' : 'admin.deactivateConfirm', { name: account.displayName })}</p>
          <div className="btn-row">
            <button type="button" className={confirming === 'password' ? 'btn btn-primary' : 'btn btn-danger'} disabled={busy}
              onClick={() => { setConfirming(undefined); void (confirming === 'password' ? resetPassword() : update({ active: false })); }}>
              {t(confirming === 'password' ? 'admin.resetPassword' : 'admin.deactivate')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(undefined)}>{t('actions.cancel')}</button>
          </div>
        </div>
      ) : null}
      <ProblemBanner error={problem} />
      {password ? (
        <Banner tone="success" actions={<button type="button" className="btn" onClick={() => setPassword(undefined)}>{t('admin.done')}</button>}>
          {t('admin.newPassword', { name: account.displayName })} <strong className="password" data-testid="new-password">{password}</strong>
        </Banner>
      ) : null}
      {panel === 'edit' ? (
        <StaffForm communes={communes} busy={busy} submitLabel={t('admin.save')} onCancel={() => setPanel(undefined)}
          initial={{ username: account.username, displayName: account.displayName, role: account.role, communes: account.communes }}
          onSubmit={({ displayName, role, communes: codes }) => void update({ displayName, role, communes: codes })} />
      ) : null}
      {panel === 'devices' ? <DeviceList userId={account.id} /> : null}
    </li>
  );
}
