import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { DRAFT_RETENTION } from '../../domain/privacy/retention';
import { useRemote } from '../../lib/use-remote';
import { adminRequest } from './admin-api';
import { ProblemBanner } from './problem-banner';

type Settings = { settings: { draftRetentionDays: number } };

/** How long tablets keep drafts never submitted (issue 8 §4); every device applies it after its next sync. */
export function RetentionSection() {
  const { t } = useTranslation('office');
  const remote = useRemote('settings', () => adminRequest<Settings>('/admin/settings'));
  const [days, setDays] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const value = days ?? (remote.data ? String(remote.data.settings.draftRetentionDays) : '');
  const number = Number(value);
  const valid = Number.isInteger(number) && number >= DRAFT_RETENTION.minDays && number <= DRAFT_RETENTION.maxDays;
  const save = async () => {
    setProblem(undefined);
    setSaved(false);
    try {
      await adminRequest('/admin/settings', { method: 'PUT', body: { draftRetentionDays: number } });
      setSaved(true);
      remote.reload();
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <section className="form-stack" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('admin.retentionTitle')}</h2>
      <ProblemBanner error={remote.error ?? problem} />
      {saved ? <Banner tone="success">{t('admin.retentionSaved')}</Banner> : null}
      <form className="btn-row" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <label htmlFor="retention-days">{t('admin.retentionDays')}</label>
        <input id="retention-days" type="number" inputMode="numeric" min={DRAFT_RETENTION.minDays} max={DRAFT_RETENTION.maxDays} value={value}
          aria-describedby="retention-hint" onChange={(e) => { setDays(e.target.value); setSaved(false); }} />
        <button type="submit" className="btn btn-primary" disabled={!valid}>{t('admin.save')}</button>
      </form>
      <p id="retention-hint" className="field-hint">{t('admin.retentionExplain', { min: DRAFT_RETENTION.minDays, max: DRAFT_RETENTION.maxDays })}</p>
    </section>
  );
}
