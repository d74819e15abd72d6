import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { adminRequest } from './admin-api';
import type { AdminCommune } from './admin-types';
import { ProblemBanner } from './problem-banner';

/** Villages (thôn, bản) per commune: add and rename; every tablet of the commune gets them on its next sync. */
export function VillagesSection({ communes, onChanged }: { communes: AdminCommune[]; onChanged: () => void }) {
  const { t } = useTranslation('office');
  return (
    <section className="form-stack" aria-labelledby="villages-title">
      <h2 id="villages-title">{t('admin.villagesTitle')}</h2>
      {communes.map((c) => <CommuneVillages key={c.code} commune={c} onChanged={onChanged} />)}
    </section>
  );
}

function CommuneVillages({ commune, onChanged }: { commune: AdminCommune; onChanged: () => void }) {
  const { t } = useTranslation('office');
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<{ id: string; name: string }>();
  const [problem, setProblem] = useState<unknown>();
  const run = async (work: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      await work();
      onChanged();
    } catch (error) {
      setProblem(error);
    }
  };
  const inputId = `village-new-${commune.code}`;
  return (
    <details className="card">
      <summary><strong lang="vi">{commune.name}</strong>{' '}<span className="field-hint">{t('admin.villageCount', { count: commune.villages.length })}</span></summary>
      <ProblemBanner error={problem} />
      <ul className="plain-list village-list">
        {commune.villages.map((v) => (
          <li key={v.id}>
            {editing?.id === v.id ? (
              <form className="btn-row" onSubmit={(e) => { e.preventDefault(); void run(() => adminRequest(`/admin/villages/${v.id}`, { method: 'PATCH', body: { name: editing.name } })).then(() => setEditing(undefined)); }}>
                <label className="visually-hidden" htmlFor={`village-${v.id}`}>{t('admin.villageName')}</label>
                <input id={`village-${v.id}`} value={editing.name} onChange={(e) => setEditing({ id: v.id, name: e.target.value })} />
                <button type="submit" className="btn btn-primary" disabled={editing.name.trim() === ''}>{t('admin.save')}</button>
                <button type="button" className="btn" onClick={() => setEditing(undefined)}>{t('actions.cancel')}</button>
              </form>
            ) : (
              <span className="btn-row"><span lang="vi">{v.name}</span>
                <button type="button" className="btn btn-icon" aria-label={t('admin.rename', { name: v.name })} onClick={() => setEditing({ id: v.id, name: v.name })}><Pictogram name="correction" /></button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <form className="btn-row" onSubmit={(e) => { e.preventDefault(); void run(() => adminRequest('/admin/villages', { body: { communeCode: commune.code, name } })).then(() => setName('')); }}>
        <label htmlFor={inputId}>{t('admin.newVillage')}</label>
        <input id={inputId} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="btn" disabled={name.trim() === ''}><Pictogram name="plus" /><span>{t('admin.add')}</span></button>
      </form>
    </details>
  );
}
