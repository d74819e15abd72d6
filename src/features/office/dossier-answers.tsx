import { useTranslation } from 'react-i18next';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { Procedure } from '../../domain/catalog/catalog-types';
import { OfficeAnswer } from './office-answer';

type Props = { procedure?: Procedure; answers: Record<string, unknown>; persons: Record<string, { fullName?: string }>; citizen?: { id: string; name: string } };

/**
 * Every answer, labelled as the catalog names its question, in the catalog's order; answers to questions the
 * catalog no longer has are shown too, under their id: nothing the field sent is hidden from the officer.
 */
export function DossierAnswers({ procedure, answers, persons, citizen }: Props) {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const known = procedure?.fields.filter((f) => f.id in answers) ?? [];
  const other = Object.keys(answers).filter((id) => !known.some((f) => f.id === id));
  const people = Object.entries(persons);
  return (
    <section className="card" aria-labelledby="answers-title">
      <h2 id="answers-title">{t('dossier.answers')}</h2>
      <dl className="facts" data-testid="office-answers">
        {known.map((f) => (
          <div key={f.id} className="fact-row"><dt>{text.catalog(f.labelKey, f.id)}</dt><dd><OfficeAnswer field={f} value={answers[f.id]} persons={persons} citizen={citizen} /></dd></div>
        ))}
        {other.map((id) => (
          <div key={id} className="fact-row"><dt>{id}</dt><dd><OfficeAnswer value={answers[id]} persons={persons} citizen={citizen} /></dd></div>
        ))}
      </dl>
      {people.length > 0 ? (
        <>
          <h3>{t('dossier.persons')}</h3>
          <ul>{people.map(([id, p]) => <li key={id} lang="vi">{p.fullName}</li>)}</ul>
        </>
      ) : null}
    </section>
  );
}
