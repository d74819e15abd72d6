import { useTranslation } from 'react-i18next';
import { SpokenHeading, useSpokenLabels } from '../../components/ui/prompt-speaker';
import { SelectField, TextField } from '../../components/ui/field';
import { PHONE_OWNERS } from '../../domain/citizen/phone';
import { APP_LANGUAGES } from '../../shared/languages';
import type { SectionProps } from './section-props';

export function ContactSection({ form, update, errorFor }: SectionProps) {
  const { t } = useTranslation('citizen');
  const spoken = useSpokenLabels('citizen');
  return (
    <section className="card form-stack" aria-labelledby="contact-title">
      <SpokenHeading id="contact-title" namespace="citizen" textKey="form.contact" />
      <TextField {...spoken('form.phone')} hint={t('form.phoneHint')} type="tel" inputMode="tel" value={form.phone} onChange={(phone) => update((f) => ({ ...f, phone }))} error={errorFor('phone')} />
      {form.phone ? (
        <SelectField {...spoken('form.phoneOwner')} required value={form.phoneOwner} onChange={(phoneOwner) => update((f) => ({ ...f, phoneOwner }))}
          options={PHONE_OWNERS.map((o) => ({ value: o, label: t(`form.phoneOwners.${o}`) }))} placeholder={t('form.choose')} error={errorFor('phoneOwner')} />
      ) : null}
      <SelectField {...spoken('form.preferredLanguage')} required value={form.preferredLanguage} onChange={(preferredLanguage) => update((f) => ({ ...f, preferredLanguage }))}
        options={APP_LANGUAGES.map((l) => ({ value: l.tag, label: l.autonym }))} placeholder={t('form.choose')} error={errorFor('preferredLanguage')} />
    </section>
  );
}
