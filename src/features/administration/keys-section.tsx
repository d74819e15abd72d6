import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { useRemote } from '../../lib/use-remote';
import { adminRequest } from './admin-api';
import type { Agency } from './admin-types';
import { ProblemBanner } from './problem-banner';

/** Each receiving agency's signing keys; a new key (rotation) keeps every paper already handed out valid. */
export function KeysSection() {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const agencies = useRemote('agencies', () => adminRequest<{ agencies: Agency[] }>('/admin/agencies'));
  const [confirming, setConfirming] = useState<string>();
  const [problem, setProblem] = useState<unknown>();
  const rotate = async (communeCode: string) => {
    setProblem(undefined);
    try {
      await adminRequest('/admin/agency-keys/rotate', { body: { communeCode } });
      setConfirming(undefined);
      agencies.reload();
    } catch (error) {
      setProblem(error);
    }
  };
  // Several communes can share one receiving agency (and so one key): show each agency once.
  const byAgency = new Map<string, Agency[]>();
  for (const a of agencies.data?.agencies ?? []) byAgency.set(a.agencyCode, [...(byAgency.get(a.agencyCode) ?? []), a]);
  return (
    <section className="form-stack" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('admin.keysTitle')}</h2>
      <p className="field-hint">{t('admin.keysExplain')}</p>
      <ProblemBanner error={agencies.error ?? problem} />
      {[...byAgency].map(([code, served]) => {
        const keys = served[0]!.keys;
        return (
          <div key={code} className="card form-stack tight">
            <h3>{t('admin.agency', { code })}</h3>
            <p className="field-hint" lang="vi">{served.map((a) => a.communeName).join(', ')}</p>
            {keys.length === 0 ? <p>{t('admin.noKeyYet')}</p> : (
              <ul className="plain-list">
                {keys.map((k) => (
                  <li key={k.kid}>
                    <code>{k.kid}</code> — {k.retiredAt ? t('admin.keyRetired', { from: text.dateTime(k.createdAt), to: text.dateTime(k.retiredAt) }) : t('admin.keyCurrent', { from: text.dateTime(k.createdAt) })}
                  </li>
                ))}
              </ul>
            )}
            {confirming === code ? (
              <div className="notice form-stack tight">
                <p>{t('admin.rotateConfirm')}</p>
                <div className="btn-row">
                  <button type="button" className="btn btn-primary" onClick={() => void rotate(served[0]!.communeCode)}>{t('admin.rotateYes')}</button>
                  <button type="button" className="btn" onClick={() => setConfirming(undefined)}>{t('actions.cancel')}</button>
                </div>
              </div>
            ) : <div><button type="button" className="btn" onClick={() => setConfirming(code)}><Pictogram name="sync" /><span>{t('admin.rotate')}</span></button></div>}
          </div>
        );
      })}
    </section>
  );
}
