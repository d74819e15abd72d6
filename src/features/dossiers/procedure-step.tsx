import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { ProcedureTile } from '../../components/ui/procedure-tile';
import { filterProcedures } from '../../components/ui/procedure-search';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { Catalog, Procedure } from '../../domain/catalog/catalog-types';
import { StepIndicator } from './step-indicator';

/** Step 2: which procedure? A grid of pictograms, and a search that ignores tones. */
export function ProcedureStep({ catalog, citizenName, onSelect, onChangeCitizen }: {
  catalog: Catalog; citizenName: string; onSelect: (procedure: Procedure) => void; onChangeCitizen: () => void;
}) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const [query, setQuery] = useState('');
  const found = filterProcedures(catalog.procedures, query, (p) => [text.name(p), text.description(p)]);
  return (
    <Page title={t('new.chooseProcedure')} icon="list">
      <StepIndicator step="procedure" />
      <p className="chosen-line">
        <span>{t('form.forCitizen')} <strong lang="vi">{citizenName}</strong></span>
        <button type="button" className="btn" onClick={onChangeCitizen}>{t('form.changeCitizen')}</button>
      </p>
      <div className="field" role="search">
        <label htmlFor="dossier-procedure-search">{t('new.searchProcedure')}</label>
        <input id="dossier-procedure-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {found.length === 0 ? <p role="status">{t('procedures.noResults')}</p> : null}
      <div className="tile-grid">
        {found.map((p) => <ProcedureTile key={p.code} procedure={p} onSelect={() => onSelect(p)} />)}
      </div>
    </Page>
  );
}
