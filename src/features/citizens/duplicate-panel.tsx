import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Link } from '../../components/ui/link';
import type { Citizen } from '../../domain/citizen/citizen-schema';
import type { CitizenView } from '../../db/records';
import { CitizenFacts } from './citizen-facts';

export type DuplicateCandidate = { reasons: string[]; record: CitizenView };

/** The new record and each likely duplicate side by side; staff decide (the app only suggests). */
export function DuplicatePanel({ candidate, duplicates, onSaveAnyway, onBack }: {
  candidate: Citizen; duplicates: DuplicateCandidate[]; onSaveAnyway: () => void; onBack: () => void;
}) {
  const { t } = useTranslation('citizen');
  return (
    <section className="form-stack" aria-labelledby="duplicates-title">
      <Banner tone="warning"><strong id="duplicates-title">{t('duplicates.title', { count: duplicates.length })}</strong> {t('duplicates.explain')}</Banner>
      {duplicates.map(({ record, reasons }) => (
        <div key={record.key} className="side-by-side" data-testid="duplicate">
          <div className="card">
            <h3>{t('duplicates.new')}</h3>
            <CitizenFacts citizen={candidate} />
          </div>
          <div className="card">
            <h3>{t('duplicates.existing')}</h3>
            <p className="field-hint">{reasons.map((r) => t(`duplicates.reason.${r}`)).join(' · ')}</p>
            <CitizenFacts citizen={record.data} />
            <Link className="btn" href={`/citizens/${record.id}`}>{t('duplicates.open')}</Link>
          </div>
        </div>
      ))}
      <div className="btn-row">
        <button type="button" className="btn" onClick={onBack}>{t('duplicates.back')}</button>
        <button type="button" className="btn btn-primary" onClick={onSaveAnyway}>{t('duplicates.saveAnyway')}</button>
      </div>
    </section>
  );
}
