import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PromptSpeaker } from '../../components/ui/prompt-speaker';
import { Page } from '../../components/ui/page';
import { ProcedureTile } from '../../components/ui/procedure-tile';
import { filterProcedures } from '../../components/ui/procedure-search';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { Procedure } from '../../domain/catalog/catalog-types';
import { useCatalog } from './use-catalog';

const SECTORS: ReadonlyArray<Procedure['sector']> = ['civilStatus', 'residence', 'socialProtection'];

/** The commune's information page: every procedure, by sector, readable by anyone and offline. */
export function ProceduresPage() {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const found = filterProcedures(catalog.procedures, query, (p) => [text.name(p), text.description(p), t(`catalog:sector.${p.sector}`)]);
  return (
    <Page title={t('procedures.title')} icon="list">
      <p className="lead">{t('procedures.intro')}</p>
      <div className="field" role="search">
        <label htmlFor="procedure-search">{t('procedures.search')}</label>
        <input id="procedure-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {found.length === 0 ? <p role="status">{t('procedures.noResults')}</p> : null}
      {SECTORS.map((sector) => {
        const inSector = found.filter((p) => p.sector === sector);
        if (inSector.length === 0) return null;
        return (
          <section key={sector} aria-labelledby={`sector-${sector}`} className="form-stack">
            <h2 id={`sector-${sector}`}>{t(`catalog:sector.${sector}`)}</h2>
            <div className="tile-grid">
              {inSector.map((p) => (
                // Beside the tile, not inside it: a button inside a link is neither valid nor reachable.
                <div key={p.code} className="tile-with-speaker">
                  <ProcedureTile procedure={p} href={`/procedures/${p.code}`} />
                  <PromptSpeaker textKey={`catalog:${p.i18nKey}.name`} text={text.name(p)} />
                </div>
              ))}
            </div>
          </section>
        );
      })}
    </Page>
  );
}
