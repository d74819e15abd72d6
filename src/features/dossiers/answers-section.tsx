import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { DossierDraft } from '../../db/dossier-types';
import type { Procedure } from '../../domain/catalog/catalog-types';
import { evaluateCondition } from '../../domain/catalog/conditions';
import { validateAnswers, type AnswerIssue } from '../../domain/catalog/validate-answers';
import { answerContext, type AnswerOptions } from '../../domain/catalog/visible-fields';
import { AnswerField } from './answer-field';
import { setAnswer } from './draft-state';
import { PersonField } from './person-field';

type Props = {
  procedure: Procedure; draft: DossierDraft; update: (change: (d: DossierDraft) => DossierDraft) => void;
  ownerUserId: string; options: AnswerOptions;
  /** "Not filled in yet" only after staff asked to review: an empty form is not a page of errors. */
  showRequired: boolean;
};

/**
 * The procedure's form, generated from the catalog: only the questions that apply to the answers so far
 * (a father's name only once the father is known), each with the domain's check next to it.
 */
export function AnswersSection({ procedure, draft, update, ownerUserId, options, showRequired }: Props) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const { visible, context } = answerContext(procedure, draft.answers, options);
  const issues = validateAnswers(procedure, draft.answers, options);
  const say = (issue: AnswerIssue | undefined) => (issue ? t(`errors:${issue.code}`, { ...issue.params, defaultValue: t('errors:common.invalid') }) : undefined);
  const errorOf = (id: string) => say(issues.find((i) => i.field === id && i.severity === 'error' && (showRequired || i.code !== 'field.required')));
  const warningOf = (id: string) => say(issues.find((i) => i.field === id && i.severity === 'warning'));
  return (
    <section className="card form-stack tight" aria-labelledby="answers-title">
      <h2 id="answers-title"><Pictogram name="correction" className="heading-icon" /> {t('form.answers')}</h2>
      {visible.map((field) => {
        const required = typeof field.required === 'boolean' ? field.required : evaluateCondition(field.required, context);
        const label = text.catalog(field.labelKey, field.id);
        const help = field.helpKey ? text.catalog(field.helpKey) : undefined;
        const warning = warningOf(field.id);
        const common = { label, required, ...(help ? { help } : {}), ...(errorOf(field.id) ? { error: errorOf(field.id) } : {}) };
        return (
          <div key={field.id} id={`answer-${field.id}`} className="answer" data-field={field.id}>
            {field.type === 'personRef'
              ? <PersonField field={field} {...common} draft={draft} update={update} ownerUserId={ownerUserId} />
              : <AnswerField field={field} {...common} value={draft.answers[field.id]} onChange={(value) => update((d) => setAnswer(d, field.id, value))} />}
            {warning ? <p className="field-warning" role="status"><Pictogram name="warning" size={18} /><span>{warning}</span></p> : null}
          </div>
        );
      })}
    </section>
  );
}
