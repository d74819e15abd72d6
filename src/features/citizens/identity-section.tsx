import { useTranslation } from 'react-i18next';
import { SpokenHeading, useSpokenLabels } from '../../components/ui/prompt-speaker';
import { ChoiceField, SelectField, TextField } from '../../components/ui/field';
import { ETHNICITIES, ethnicityNameKey } from '../../domain/citizen/ethnicities';
import type { RegistrationForm } from './registration-form';
import type { SectionProps } from './section-props';

export function IdentitySection({ form, update, errorFor }: SectionProps) {
  const { t } = useTranslation('citizen');
  const spoken = useSpokenLabels('citizen');
  const set = <K extends keyof RegistrationForm>(key: K) => (value: RegistrationForm[K]) => update((f) => ({ ...f, [key]: value }));
  const ethnicities = ETHNICITIES.map((e) => ({ value: e.code, label: t(`reference:${ethnicityNameKey(e.code)}`) }));
  return (
    <section className="card form-stack" aria-labelledby="identity-title">
      <SpokenHeading id="identity-title" namespace="citizen" textKey="form.identity" />
      <TextField {...spoken('form.fullName')} hint={t('form.fullNameHint')} required value={form.fullName} onChange={set('fullName')} error={errorFor('fullName')} autoComplete="off" />
      <ChoiceField name="birthMode" legend={t('form.birthKnown')} speaker={spoken('form.birthKnown').speaker} value={form.birthMode} onChange={(v) => set('birthMode')(v as RegistrationForm['birthMode'])}
        options={[{ value: 'date', label: t('form.birthModeDate') }, { value: 'year', label: t('form.birthModeYear') }]} />
      {form.birthMode === 'date'
        ? <TextField {...spoken('form.birthDate')} type="date" required value={form.birthDate} onChange={set('birthDate')} error={errorFor('birthDate', 'birth')} />
        : <TextField {...spoken('form.birthYear')} inputMode="numeric" maxLength={4} required value={form.birthYear} onChange={(v) => set('birthYear')(v.replace(/\D/g, ''))} error={errorFor('birthYear', 'birthDate', 'birth')} />}
      <ChoiceField name="sex" legend={t('form.sex')} speaker={spoken('form.sex').speaker} value={form.sex} onChange={(v) => set('sex')(v as RegistrationForm['sex'])} error={errorFor('sex')}
        options={[{ value: 'female', label: t('form.female') }, { value: 'male', label: t('form.male') }]} />
      <SelectField {...spoken('form.ethnicity')} required value={form.ethnicityCode} onChange={set('ethnicityCode')} options={ethnicities} placeholder={t('form.choose')} error={errorFor('ethnicityCode')} />
      <TextField {...spoken('form.citizenId')} hint={t('form.citizenIdHint')} inputMode="numeric" maxLength={14} value={form.citizenId} onChange={set('citizenId')} error={errorFor('citizenId')} />
      <TextField {...spoken('form.oldIdNumber')} hint={t('form.oldIdHint')} inputMode="numeric" maxLength={11} value={form.oldIdNumber} onChange={set('oldIdNumber')} error={errorFor('oldIdNumber')} />
    </section>
  );
}
