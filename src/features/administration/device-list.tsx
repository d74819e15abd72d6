import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { useRemote } from '../../lib/use-remote';
import { adminRequest } from './admin-api';
import type { DeviceView } from './admin-types';
import { ProblemBanner } from './problem-banner';

/** The tablets a person has signed in on; a lost one is revoked (tokens stop, the tablet wipes itself). */
export function DeviceList({ userId }: { userId: string }) {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const devices = useRemote(`devices:${userId}`, () => adminRequest<{ devices: DeviceView[] }>(`/admin/users/${userId}/devices`));
  const [confirming, setConfirming] = useState<string>();
  const [problem, setProblem] = useState<unknown>();
  const revoke = async (id: string) => {
    setProblem(undefined);
    try {
      await adminRequest(`/admin/devices/${encodeURIComponent(id)}/revoke`, { method: 'POST' });
      setConfirming(undefined);
      devices.reload();
    } catch (error) {
      setProblem(error);
    }
  };
  if (devices.error) return <ProblemBanner error={devices.error} />;
  if (!devices.data) return <p role="status">{t('common.loading')}</p>;
  if (devices.data.devices.length === 0) return <p className="field-hint">{t('admin.noDevices')}</p>;
  return (
    <div className="form-stack tight">
      <ProblemBanner error={problem} />
      <ul className="plain-list device-list">
        {devices.data.devices.map((d) => (
          <li key={d.id} className="device">
            <p><strong>{d.label ?? d.id}</strong></p>
            <p className="field-hint">{t('admin.deviceSeen', { first: text.dateTime(d.createdAt), last: text.dateTime(d.lastSeenAt) })}</p>
            {d.revokedAt ? (
              <p className="deadline deadline-late"><Pictogram name="lock" size={18} /><span>{t('admin.deviceRevoked', { when: text.dateTime(d.revokedAt) })}</span></p>
            ) : confirming === d.id ? (
              <div className="notice form-stack tight">
                <p>{t('admin.revokeConfirm')}</p>
                <div className="btn-row">
                  <button type="button" className="btn btn-danger" onClick={() => void revoke(d.id)}><Pictogram name="lock" /><span>{t('admin.revokeYes')}</span></button>
                  <button type="button" className="btn" onClick={() => setConfirming(undefined)}>{t('actions.cancel')}</button>
                </div>
              </div>
            ) : (
              <button type="button" className="btn btn-danger" onClick={() => setConfirming(d.id)}><Pictogram name="lock" /><span>{t('admin.revoke')}</span></button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
