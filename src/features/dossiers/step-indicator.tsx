import { useTranslation } from 'react-i18next';

const STEPS = ['citizen', 'procedure', 'form', 'review'] as const;

/** "Step 2 of 4: choose the procedure" — where the staff member is in preparing a dossier. */
export function StepIndicator({ step }: { step: (typeof STEPS)[number] }) {
  const { t } = useTranslation('dossier');
  const index = STEPS.indexOf(step);
  return (
    <p className="step-indicator">
      <span className="step-dots" aria-hidden="true">{STEPS.map((s, i) => <span key={s} className={i <= index ? 'step-dot done' : 'step-dot'} />)}</span>
      {t('steps.label', { step: index + 1, total: STEPS.length, name: t(`steps.${step}`) })}
    </p>
  );
}
