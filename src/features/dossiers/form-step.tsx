import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PromptSpeaker } from '../../components/ui/prompt-speaker';
import { Banner } from '../../components/ui/banner';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { applicableFee } from '../../domain/catalog/fee';
import { missingItems } from '../../domain/catalog/missing-items';
import { answersAreValid } from '../../domain/catalog/validate-answers';
import { navigate } from '../../lib/router';
import { AnswersSection } from './answers-section';
import { CatalogChanges } from './catalog-changes';
import { Checklist } from './checklist';
import { DiscardDraft } from './discard-draft';
import { DocumentsSection } from './documents-section';
import type { DraftStepProps } from './draft-props';
import { applicableDocuments, pageCounts, readyForReview } from './draft-state';
import { FeePanel } from './fee-panel';
import { HandoverPanel } from './handover-panel';
import { StepIndicator } from './step-indicator';

/** Step 3: the procedure's form, the documents to photograph, the fee, and what is still missing. */
export function FormStep({ draft, update, flush, procedure, citizen, ownerUserId, options }: DraftStepProps) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const [showRequired, setShowRequired] = useState(false);
  const items = missingItems(procedure, draft.answers, pageCounts(draft), options);
  const valid = answersAreValid(procedure, draft.answers, options);
  const fee = applicableFee(procedure, { channel: 'inPerson', answers: draft.answers, facts: options.facts, today: options.today });
  const review = async () => {
    if (readyForReview(items) && valid) {
      await flush();
      navigate(`/dossiers/draft/${draft.id}?step=review`);
      return;
    }
    setShowRequired(true);
    requestAnimationFrame(() => document.getElementById('checklist')?.scrollIntoView?.({ block: 'start' }));
  };
  return (
    <Page title={text.name(procedure)} icon={procedure.pictogram} speaker={<PromptSpeaker textKey={`catalog:${procedure.i18nKey}.name`} text={text.name(procedure)} />}>
      <StepIndicator step="form" />
      <p className="chosen-line"><span>{t('form.forCitizen')} <strong lang="vi">{citizen.data.fullName}</strong></span></p>
      <p className="field-hint">{t('form.autosaved')}</p>
      <CatalogChanges draft={draft} procedureKey={procedure.i18nKey} onAcknowledge={() => update(({ catalogChanges: _seen, ...rest }) => rest)} />
      <AnswersSection procedure={procedure} draft={draft} update={update} ownerUserId={ownerUserId} options={options} showRequired={showRequired} />
      <DocumentsSection documents={applicableDocuments(procedure, draft.answers, options)} draft={draft} update={update} ownerUserId={ownerUserId} />
      <FeePanel procedure={procedure} fee={fee} />
      <Checklist items={items} />
      {showRequired && !valid ? <Banner tone="danger">{t('form.fixErrors')}</Banner> : null}
      <button type="button" className="btn btn-primary btn-large" onClick={() => void review()}><Pictogram name="checklist" /><span>{t('form.review')}</span></button>
      <HandoverPanel draft={draft} flush={flush} citizen={citizen} />
      <DiscardDraft ownerUserId={ownerUserId} draftId={draft.id} flush={flush} />
    </Page>
  );
}
