import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SpokenHeading, useSpokenLabels } from '../../components/ui/prompt-speaker';
import { SelectField, TextField } from '../../components/ui/field';
import type { SectionProps } from './section-props';
import { createVillage, useAdministrativeUnits, useVillages } from './use-address';

/** Province → commune (post-2025 units) → village (kept per commune; staff can add one offline). */
export function AddressSection({ form, update, errorFor, ownerUserId }: SectionProps) {
  const { t } = useTranslation('citizen');
  const spoken = useSpokenLabels('citizen');
  const units = useAdministrativeUnits();
  const villages = useVillages(form.communeCode);
  const [adding, setAdding] = useState(false);
  const [newVillage, setNewVillage] = useState('');
  const communes = units?.communes.filter((c) => c.provinceCode === form.provinceCode) ?? [];

  const saveVillage = async () => {
    if (newVillage.trim().length < 2) return;
    const village = await createVillage(ownerUserId, form.communeCode, newVillage);
    update((f) => ({ ...f, villageId: village.id }));
    setAdding(false);
    setNewVillage('');
  };

  return (
    <section className="card form-stack" aria-labelledby="address-title">
      <SpokenHeading id="address-title" namespace="citizen" textKey="form.address" />
      <SelectField {...spoken('form.province')} required value={form.provinceCode} placeholder={units ? t('form.choose') : t('common:app.loading')}
        options={(units?.provinces ?? []).map((p) => ({ value: p.code, label: p.name }))} error={errorFor('address.provinceCode')}
        onChange={(provinceCode) => update((f) => ({ ...f, provinceCode, communeCode: '', villageId: '' }))} />
      <SelectField {...spoken('form.commune')} required value={form.communeCode} placeholder={t('form.choose')}
        options={communes.map((c) => ({ value: c.code, label: c.name }))} error={errorFor('address.communeCode')}
        onChange={(communeCode) => update((f) => ({ ...f, communeCode, villageId: '' }))} />
      {form.communeCode ? (
        <>
          <SelectField {...spoken('form.village')} value={form.villageId} placeholder={t('form.choose')} error={errorFor('address.villageId')}
            options={(villages ?? []).map((v) => ({ value: v.id, label: v.name }))} onChange={(villageId) => update((f) => ({ ...f, villageId }))} />
          {adding ? (
            <div className="form-stack inset">
              <TextField {...spoken('form.newVillage')} value={newVillage} onChange={setNewVillage} />
              <div className="btn-row">
                <button type="button" className="btn btn-primary" onClick={() => void saveVillage()} disabled={newVillage.trim().length < 2}>{t('form.addVillageSave')}</button>
                <button type="button" className="btn" onClick={() => setAdding(false)}>{t('form.cancel')}</button>
              </div>
            </div>
          ) : (
            <button type="button" className="btn" onClick={() => setAdding(true)}>{t('form.addVillage')}</button>
          )}
        </>
      ) : null}
    </section>
  );
}
