import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { ApplicableFee } from '../../domain/catalog/fee';
import { isAnswered } from '../../domain/catalog/conditions';
import { answerContext } from '../../domain/catalog/visible-fields';
import type { ResultDue } from '../../domain/dossier/result-due-date';
import { AnswerText } from './answer-value';
import type { DraftStepProps } from './draft-props';
import { applicableDocuments } from './draft-state';

type Props = DraftStepProps & { fee: ApplicableFee; due: ResultDue | null; procedureName: string };

/** The dossier in big text with pictograms, to read out and show to the citizen before they confirm. */
export function ReviewSummary({ draft, procedure, citizen, options, fee, due, procedureName }: Props) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const { visible } = answerContext(procedure, draft.answers, options);
  const documents = applicableDocuments(procedure, draft.answers, options);
  return (
    <div className="review" data-testid="review">
      <div className="review-item review-head"><Pictogram name={procedure.pictogram} size={64} /><div><p className="review-label">{t('review.procedure')}</p><p className="review-value">{procedureName}</p></div></div>
      <div className="review-item"><Pictogram name="user" size={40} /><div><p className="review-label">{t('review.citizen')}</p><p className="review-value" lang="vi">{citizen.data.fullName}</p></div></div>
      <section className="review-block" aria-labelledby="review-answers">
        <h2 id="review-answers">{t('review.answers')}</h2>
        <dl className="review-answers">
          {visible.filter((f) => isAnswered(draft.answers[f.id])).map((f) => (
            <div key={f.id} className="review-answer"><dt>{text.catalog(f.labelKey, f.id)}</dt><dd><AnswerText field={f} value={draft.answers[f.id]!} persons={draft.persons} /></dd></div>
          ))}
        </dl>
      </section>
      <section className="review-block" aria-labelledby="review-documents">
        <h2 id="review-documents">{t('review.documents')}</h2>
        <ul className="review-list">
          {documents.map((d) => (
            <li key={d.id}>
              <Pictogram name={d.form === 'present' ? 'idCard' : 'pages'} size={32} />
              <span>{text.catalog(d.labelKey, d.id)}: <strong>{d.form === 'present' ? t('review.bring') : t('review.pages', { count: draft.documents[d.id]?.length ?? 0 })}</strong></span>
            </li>
          ))}
        </ul>
      </section>
      <div className="review-item"><Pictogram name="fee" size={40} /><div><p className="review-label">{t('fee.title')}</p><p className="review-value">{fee.amount === null ? t('fee.setByProvince') : text.money(fee.amount)}</p>{fee.exemptionKey ? <p>{text.catalog(`fee.exemption.${fee.exemptionKey}`)}</p> : null}</div></div>
      <div className="review-item"><Pictogram name="calendar" size={40} /><div><p className="review-label">{t('review.resultDue')}</p><p className="review-value">{due ? t(due.estimate ? 'review.dateAround' : 'review.date', { date: text.date(due.date) }) : t('time.unknown')}</p><p>{text.processing(procedure.processing)}</p></div></div>
      <div className="review-item"><Pictogram name="place" size={40} /><div><p className="review-label">{t('review.collectAt')}</p><p className="review-value">{t(`catalog:resultAt.${procedure.resultAt}`)}</p></div></div>
    </div>
  );
}
