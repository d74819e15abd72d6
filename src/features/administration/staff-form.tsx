import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/ui/field';
import { ROLES, type AdminCommune, type Role } from './admin-types';

export type StaffInput = { username: string; displayName: string; role: Role; communes: string[] };

/** Name, role and communes of an account; the username only when creating one (it never changes). */
export function StaffForm({ communes, initial, submitLabel, busy, onSubmit, onCancel }: {
  communes: AdminCommune[]; initial?: StaffInput; submitLabel: string; busy: boolean; onSubmit: (input: StaffInput) => void; onCancel?: () => void;
}) {
  const { t } = useTranslation('office');
  const [input, setInput] = useState<StaffInput>(initial ?? { username: '', displayName: '', role: 'staff', communes: communes.length === 1 ? [communes[0]!.code] : [] });
  const ready = input.displayName.trim().length >= 2 && input.communes.length > 0 && (initial !== undefined || /^[a-z0-9._-]{3,64}$/i.test(input.username.trim()));
  return (
    <form className="form-stack tight" onSubmit={(e) => { e.preventDefault(); if (ready) onSubmit(input); }}>
      {initial ? null : <TextField label={t('admin.username')} hint={t('admin.usernameHint')} value={input.username} onChange={(username) => setInput((s) => ({ ...s, username }))} autoComplete="off" />}
      <TextField label={t('admin.displayName')} value={input.displayName} onChange={(displayName) => setInput((s) => ({ ...s, displayName }))} />
      <SelectField label={t('admin.role')} value={input.role} placeholder={t('admin.chooseRole')} onChange={(role) => setInput((s) => ({ ...s, role: (role || 'staff') as Role }))}
        options={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))} />
      <fieldset>
        <legend>{t('admin.communes')}</legend>
        {communes.map((c) => (
          <label key={c.code} className="check-inline">
            <input type="checkbox" checked={input.communes.includes(c.code)}
              onChange={(e) => setInput((s) => ({ ...s, communes: e.target.checked ? [...s.communes, c.code] : s.communes.filter((x) => x !== c.code) }))} />
            <span lang="vi">{c.name}</span>
          </label>
        ))}
      </fieldset>
      <div className="btn-row">
        <button type="submit" className="btn btn-primary" disabled={!ready || busy}>{submitLabel}</button>
        {onCancel ? <button type="button" className="btn" onClick={onCancel}>{t('actions.cancel')}</button> : null}
      </div>
    </form>
  );
}
