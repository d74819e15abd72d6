import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { applicableFee } from '../../domain/catalog/fee';
import { missingItems } from '../../domain/catalog/missing-items';
import { answersAreValid } from '../../domain/catalog/validate-answers';
import { resultDueDate } from '../../domain/dossier/result-due-date';
import { navigate } from '../../lib/router';
import { useSession } from '../../lib/session';
import { ConfirmationSection } from './confirmation-section';
import { vietnamTime } from './dossier-payload';
import type { DraftStepProps } from './draft-props';
import { confirmationComplete, pageCounts, readyForReview } from './draft-state';
import { ReviewSummary } from './review-summary';
import { StepIndicator } from './step-indicator';
import { sendDraftForCheck, submitDraft } from './use-dossiers';
import { WORK_CALENDAR } from './work-calendar';

/** Step 4: the summary read with the citizen in big text, their confirmation, and the submit. */
export function ReviewStep(props: DraftStepProps) {
  const { draft, update, flush, procedure, citizen, ownerUserId, options } = props;
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const user = useSession((s) => s.user)!;
  const [submitting, setSubmitting] = useState(false);
  const [failed, setFailed] = useState(false);
  const ready = readyForReview(missingItems(procedure, draft.answers, pageCounts(draft), options)) && answersAreValid(procedure, draft.answers, options);
  const back = () => navigate(`/dossiers/draft/${draft.id}`);
  const fee = applicableFee(procedure, { channel: 'inPerson', answers: draft.answers, facts: options.facts, today: options.today });
  const due = resultDueDate(procedure.processing, { date: options.today, time: vietnamTime(new Date()) }, WORK_CALENDAR);
  const communeCode = user.communes.find((c) => c.code === citizen.communeCode)?.code ?? user.communes[0]?.code ?? citizen.communeCode;

  const forCheck = user.role === 'citizen';
  const submit = async () => {
    setSubmitting(true);
    setFailed(false);
    try {
      await flush();
      const record = forCheck
        ? await sendDraftForCheck(ownerUserId, draft, procedure, communeCode)
        : await submitDraft(ownerUserId, draft, procedure, { communeCode, facts: options.facts ?? {}, now: new Date(), calendar: WORK_CALENDAR });
      navigate(`/dossiers/${record.id}?submitted=1`, { replace: true });
    } catch (error) {
      console.error('submit failed', error);
      setFailed(true);
      setSubmitting(false);
    }
  };

  return (
    <Page title={t('review.title')} icon="checklist">
      <StepIndicator step="review" />
      {ready ? <p className="lead">{t('review.intro')}</p> : <Banner tone="warning">{t('review.notReady')}</Banner>}
      <ReviewSummary {...props} fee={fee} due={due} procedureName={text.name(procedure)} />
      {ready && !forCheck ? <ConfirmationSection draft={draft} update={update} ownerUserId={ownerUserId} /> : null}
      {failed ? <Banner tone="danger">{t('review.failed')}</Banner> : null}
      <div className="review-actions">
        {ready && forCheck ? (
          <>
            <p className="field-hint" id="for-check">{t('citizenDraft.sendExplain')}</p>
            <button type="button" className="btn btn-primary btn-large" disabled={submitting} onClick={() => void submit()} aria-describedby="for-check">
              <Pictogram name="send" /><span>{submitting ? t('review.submitting') : t('citizenDraft.send')}</span>
            </button>
          </>
        ) : null}
        {ready && !forCheck && !confirmationComplete(draft.confirmation) ? <p className="field-hint" id="confirm-first">{t('review.confirmFirst')}</p> : null}
        {ready && !forCheck ? (
          <button type="button" className="btn btn-primary btn-large" disabled={!confirmationComplete(draft.confirmation) || submitting} onClick={() => void submit()}
            aria-describedby={confirmationComplete(draft.confirmation) ? undefined : 'confirm-first'}>
            <Pictogram name="send" /><span>{submitting ? t('review.submitting') : t('review.submit')}</span>
          </button>
        ) : null}
        <button type="button" className="btn btn-large" onClick={back}><Pictogram name="back" /><span>{t('review.back')}</span></button>
      </div>
    </Page>
  );
}
