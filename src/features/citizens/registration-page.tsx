import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PromptSpeaker } from '../../components/ui/prompt-speaker';
import { Page } from '../../components/ui/page';
import { Banner } from '../../components/ui/banner';
import { validateCitizen, type Citizen } from '../../domain/citizen/citizen-schema';
import type { FieldError } from '../../domain/validation/field-errors';
import { navigate } from '../../lib/router';
import { useSession } from '../../lib/session';
import { DuplicatePanel, type DuplicateCandidate } from './duplicate-panel';
import { MemoAddressSection, MemoConsentSection, MemoContactSection, MemoIdentitySection, MemoPhotosSection } from './memo-sections';
import { toCitizenInput } from './registration-form';
import { findDuplicates, registerCitizen } from './use-citizens';
import { useFormErrors } from './use-form-errors';
import { useRegistrationDraft } from './use-registration-draft';
import { useAdministrativeUnits } from './use-address';

/** `/citizens/new` starts a draft with its own address, so a reload (or a crash) resumes it. */
export function NewRegistrationPage() {
  useEffect(() => navigate(`/citizens/register/${crypto.randomUUID()}`, { replace: true }), []);
  return null;
}

export function RegistrationPage({ params }: { params: Record<string, string> }) {
  const { t, i18n } = useTranslation('citizen');
  const user = useSession((s) => s.user)!;
  const units = useAdministrativeUnits();
  const firstCommune = user.communes[0]?.code;
  const provinceCode = units?.communes.find((c) => c.code === firstCommune)?.provinceCode;
  const { form, update, flush } = useRegistrationDraft(user.userId, params.draftId!, { communeCode: firstCommune, provinceCode, language: i18n.language });
  const [errors, setErrors] = useState<FieldError[]>();
  const [duplicates, setDuplicates] = useState<{ citizen: Citizen; matches: DuplicateCandidate[] }>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const errorFor = useFormErrors(errors);

  // The default province arrives with the lazily loaded units list.
  useEffect(() => {
    if (form && !form.provinceCode && provinceCode && form.communeCode === firstCommune) update((f) => ({ ...f, provinceCode }));
  }, [form, provinceCode, firstCommune, update]);

  if (!form) return <p role="status">{t('common:app.loading')}</p>;

  const save = async (citizen: Citizen) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      await flush();
      const record = await registerCitizen(user.userId, citizen, params.draftId!);
      navigate(`/citizens/${record.id}?saved=1`, { replace: true });
    } catch (error) {
      // The transaction rolled back whole: nothing half-saved, and the draft is still there.
      // Dexie re-throws the browser's error as a DexieError of the same name.
      setSaveError((error as { name?: string } | null)?.name === 'QuotaExceededError' ? 'form.saveFailedQuota' : 'form.saveFailed');
      setSaving(false);
      setDuplicates(undefined);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateCitizen(toCitizenInput(form, user.userId));
    if (!result.ok) {
      setErrors(result.errors);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"], .field-error')?.scrollIntoView?.({ block: 'center' }));
      return;
    }
    setErrors(undefined);
    const matches = await findDuplicates(user.userId, result.value);
    if (matches.length > 0) return setDuplicates({ citizen: result.value, matches });
    await save(result.value);
  };

  if (duplicates) {
    return (
      <Page title={t('duplicates.pageTitle')} icon="people">
        <DuplicatePanel candidate={duplicates.citizen} duplicates={duplicates.matches} onBack={() => setDuplicates(undefined)} onSaveAnyway={() => void save(duplicates.citizen)} />
      </Page>
    );
  }

  const sectionProps = { form, update, errorFor, ownerUserId: user.userId };
  return (
    <Page title={t('form.title')} icon="personAdd" speaker={<PromptSpeaker textKey="citizen:form.title" text={t('form.title')} />}>
      <p className="field-hint" role="status">{t('form.autosaved')}</p>
      {errors ? <Banner tone="danger">{t('form.hasErrors', { count: errors.length })}</Banner> : null}
      {saveError ? <Banner tone="danger">{t(saveError)}</Banner> : null}
      <form className="form-stack" onSubmit={submit} noValidate>
        {/* Memoized: a keystroke re-renders only the section of the field typed in (issue 9 §5, INP). */}
        <MemoIdentitySection {...sectionProps} />
        <MemoContactSection {...sectionProps} />
        <MemoAddressSection {...sectionProps} />
        <MemoPhotosSection {...sectionProps} />
        <MemoConsentSection {...sectionProps} />
        <button type="submit" className="btn btn-primary btn-large" disabled={saving}>{saving ? t('form.saving') : t('form.save')}</button>
      </form>
    </Page>
  );
}
