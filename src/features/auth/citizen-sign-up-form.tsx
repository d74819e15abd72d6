import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { SelectField, TextField } from '../../components/ui/field';
import { citizenAccountSchema } from '../../domain/citizen/citizen-account';
import type { OnlineSignIn } from '../../sync/session-api';
import { accountErrorKey } from './account-errors';
import { createCitizenAccount } from './use-auth';
import { useAdministrativeUnits } from './use-communes';

type Values = { phone: string; fullName: string; provinceCode: string; communeCode: string; password: string };
const EMPTY: Values = { phone: '', fullName: '', provinceCode: '', communeCode: '', password: '' };

/** A citizen's own account: phone number, name, commune, password. Checked here with the server's own rules. */
export function CitizenSignUpForm({ onSignedIn }: { onSignedIn: (signedIn: OnlineSignIn) => void }) {
  const { t } = useTranslation('auth');
  const units = useAdministrativeUnits();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value, ...(field === 'provinceCode' ? { communeCode: '' } : {}) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { provinceCode: _province, ...input } = values;
    const checked = citizenAccountSchema.safeParse(input);
    if (!checked.success) {
      const found: Partial<Record<keyof Values, string>> = {};
      for (const issue of checked.error.issues) {
        const field = String(issue.path[0]) as keyof Values;
        found[field] ??= t(`errors:${issue.message}`, { min: 8, max: 200, defaultValue: t('errors:common.invalid') });
      }
      setErrors(found);
      return;
    }
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      onSignedIn(await createCitizenAccount(checked.data));
    } catch (caught) {
      setFailure(accountErrorKey(caught));
    } finally {
      setBusy(false);
    }
  };

  const communes = (units?.communes ?? []).filter((c) => c.provinceCode === values.provinceCode);
  return (
    <form className="card form-stack" onSubmit={submit} noValidate aria-labelledby="citizen-sign-up-title">
      <h2 id="citizen-sign-up-title">{t('citizen.createTitle')}</h2>
      <p>{t('citizen.createExplain')}</p>
      {failure ? <Banner tone="danger">{t(failure)}</Banner> : null}
      <TextField label={t('citizen.phone')} value={values.phone} onChange={set('phone')} type="tel" inputMode="tel" autoComplete="tel" required error={errors.phone} />
      <TextField label={t('citizen.fullName')} value={values.fullName} onChange={set('fullName')} autoComplete="name" required error={errors.fullName} />
      <SelectField label={t('citizen.province')} value={values.provinceCode} onChange={set('provinceCode')} placeholder={t('citizen.choose')}
        options={(units?.provinces ?? []).map((p) => ({ value: p.code, label: p.name }))} required />
      <SelectField label={t('citizen.commune')} value={values.communeCode} onChange={set('communeCode')} placeholder={t('citizen.choose')}
        options={communes.map((c) => ({ value: c.code, label: c.name }))} required error={errors.communeCode} />
      <TextField label={t('citizen.password')} value={values.password} onChange={set('password')} type="password" autoComplete="new-password" required
        hint={t('citizen.passwordHint')} error={errors.password} />
      <button type="submit" className="btn btn-primary btn-large" disabled={busy}>{busy ? t('citizen.creating') : t('citizen.create')}</button>
    </form>
  );
}
