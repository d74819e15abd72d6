import { useTranslation } from 'react-i18next';
import { ChoiceField, SelectField, TextField } from '../../components/ui/field';
import { SignaturePad } from '../../components/ui/signature-pad';
import { PromptSpeaker, SpokenHeading } from '../../components/ui/prompt-speaker';
import { Pictogram } from '../../components/ui/pictogram';
import { CONSENT_PURPOSES, isSensitiveCategory } from '../../domain/citizen/consent-terms';
import { APP_LANGUAGES } from '../../shared/languages';
import { collectedCategories, type RegistrationForm } from './registration-form';
import type { SectionProps } from './section-props';
import { saveImage, useAttachmentUrl } from './use-attachment';

type Consent = RegistrationForm['consent'];

/**
 * Consent as data-protection.md requires: each purpose asked explicitly (silence is not consent), the
 * data categories named with the sensitive ones marked, the notice's language and how it was given,
 * and a signature, a thumbprint, or a witness for a person who cannot sign.
 */
export function ConsentSection({ form, update, errorFor, ownerUserId }: SectionProps) {
  const { t, i18n } = useTranslation('citizen');
  const consent = form.consent;
  const noticeT = i18n.getFixedT(consent.noticeLanguage, ['citizen', 'reference']);
  const setConsent = (change: Partial<Consent>) => update((f) => ({ ...f, consent: { ...f.consent, ...change } }));
  const signatureUrl = useAttachmentUrl(ownerUserId, consent.signatureImage?.sha256);
  const noticeText = [noticeT('consent.notice'), ...CONSENT_PURPOSES.map((p) => `${noticeT(`reference:consent.purpose.${p}.title`)}. ${noticeT(`reference:consent.purpose.${p}.text`)}`)].join(' ');
  const toggleMode = (mode: Consent['noticeModes'][number]) =>
    setConsent({ noticeModes: consent.noticeModes.includes(mode) ? consent.noticeModes.filter((m) => m !== mode) : [...consent.noticeModes, mode] });

  return (
    <section className="card form-stack" aria-labelledby="consent-title">
      <SpokenHeading id="consent-title" namespace="citizen" textKey="consent.title" />
      <SelectField label={t('consent.noticeLanguage')} value={consent.noticeLanguage} onChange={(noticeLanguage) => setConsent({ noticeLanguage })}
        options={APP_LANGUAGES.map((l) => ({ value: l.tag, label: l.autonym }))} placeholder={t('form.choose')} />
      <div className="notice" lang={consent.noticeLanguage}>
        <p>{noticeT('consent.notice')}</p>
        {/* In the notice's language, which may differ from the screen's; a recording there or a voice of that language, never another's. */}
        <PromptSpeaker textKey="citizen:consent.notice" text={noticeText} language={consent.noticeLanguage} noAudioNote={t('consent.noVoice')} />
        <h3>{noticeT('consent.categoriesTitle')}</h3>
        <ul className="categories">
          {collectedCategories(form).map((c) => (
            <li key={c} className={isSensitiveCategory(c) ? 'sensitive' : undefined}>
              {isSensitiveCategory(c) ? <Pictogram name="warning" size={18} /> : null}{noticeT(`reference:consent.category.${c}`)}
            </li>
          ))}
        </ul>
      </div>
      {CONSENT_PURPOSES.map((purpose) => (
        <ChoiceField key={purpose} name={`purpose-${purpose}`} legend={t(`reference:consent.purpose.${purpose}.title`)}
          description={t(`reference:consent.purpose.${purpose}.text`)} value={consent.decisions[purpose] ?? ''}
          onChange={(decision) => setConsent({ decisions: { ...consent.decisions, [purpose]: decision as 'accepted' | 'declined' } })}
          options={[{ value: 'accepted', label: t('consent.accept') }, { value: 'declined', label: t('consent.decline') }]} />
      ))}
      {errorFor('consent.purposes') ? <p className="field-error" role="alert">{errorFor('consent.purposes')}</p> : null}
      <fieldset>
        <legend>{t('consent.noticeModes')}</legend>
        <div className="choice-grid">
          {(['shown', 'readAloud', 'audioPlayed'] as const).map((mode) => (
            <label key={mode} className="choice">
              <input type="checkbox" checked={consent.noticeModes.includes(mode)} onChange={() => toggleMode(mode)} />
              <span>{t(`consent.mode.${mode}`)}</span>
            </label>
          ))}
        </div>
        {errorFor('consent.noticeModes') ? <p className="field-error" role="alert">{errorFor('consent.noticeModes')}</p> : null}
      </fieldset>
      <ChoiceField name="consent-method" legend={t('consent.method')} value={consent.method} error={errorFor('consent.method')}
        onChange={(method) => setConsent({ method: method as Consent['method'] })}
        options={(['signature', 'thumbprint', 'witness'] as const).map((m) => ({ value: m, label: t(`consent.methods.${m}`) }))} />
      {consent.method === 'signature' || consent.method === 'thumbprint' ? (
        <>
          <SignaturePad label={t(`consent.pad.${consent.method}`)} clearLabel={t('consent.clear')} initialUrl={signatureUrl}
            onChange={async (png) => setConsent({ signatureImage: png ? await saveImage(ownerUserId, png) : undefined })} />
          {errorFor('consent.signatureImage') ? <p className="field-error" role="alert">{errorFor('consent.signatureImage')}</p> : null}
        </>
      ) : null}
      {consent.method === 'witness' ? (
        <TextField label={t('consent.witnessName')} value={consent.witnessName} onChange={(witnessName) => setConsent({ witnessName })} error={errorFor('consent.witnessName')} />
      ) : null}
      <details>
        <summary>{t('consent.representativeTitle')}</summary>
        <div className="form-stack">
          <TextField label={t('consent.representativeName')} value={consent.representativeName} onChange={(representativeName) => setConsent({ representativeName })} error={errorFor('consent.representative')} />
          <SelectField label={t('consent.representativeRelationship')} value={consent.representativeRelationship} placeholder={t('form.choose')}
            onChange={(r) => setConsent({ representativeRelationship: r as Consent['representativeRelationship'] })}
            options={(['parent', 'guardian', 'other'] as const).map((r) => ({ value: r, label: t(`consent.relationships.${r}`) }))} />
        </div>
      </details>
    </section>
  );
}
