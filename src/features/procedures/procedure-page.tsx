import { useTranslation } from 'react-i18next';
import { PromptSpeaker } from '../../components/ui/prompt-speaker';
import { Banner } from '../../components/ui/banner';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import { findProcedure } from '../../domain/catalog/catalog-data';
import { useSession } from '../../lib/session';
import { DocumentList } from './document-list';
import { FeeRuleText } from './fee-rule';
import { useCatalog } from './use-catalog';

/** One procedure in plain words: what it is, what to bring, what it costs, how long, where. */
export function ProcedurePage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const user = useSession((s) => s.user);
  const procedure = findProcedure(useCatalog(), params.code ?? '');
  if (!procedure) {
    return <Page title={t('procedures.notFoundTitle')} icon="list"><p>{t('procedures.notFound')}</p><Link href="/procedures" className="btn">{t('procedures.all')}</Link></Page>;
  }
  const { processing } = procedure;
  return (
    <Page title={text.name(procedure)} icon={procedure.pictogram} speaker={<PromptSpeaker textKey={`catalog:${procedure.i18nKey}.name`} text={text.name(procedure)} />}>
      <p className="field-hint">{t('procedures.codeAndSector', { code: procedure.code, sector: t(`catalog:sector.${procedure.sector}`) })}</p>
      <p className="lead">{text.description(procedure)}</p>
      {procedure.verified ? null : <Banner tone="warning">{t('procedures.unverified')}</Banner>}
      {user ? <Link href={`/dossiers/new?procedure=${procedure.code}`} className="btn btn-primary btn-large"><Pictogram name="folder" /><span>{t('procedures.prepare')}</span></Link> : null}
      <section className="card form-stack tight" aria-labelledby="documents-title">
        <h2 id="documents-title"><Pictogram name="document" className="heading-icon" /> {t('procedures.documents')}</h2>
        <DocumentList documents={procedure.documents} />
      </section>
      <section className="card form-stack tight" aria-labelledby="fee-title">
        <h2 id="fee-title"><Pictogram name="fee" className="heading-icon" /> {t('procedures.fee')}</h2>
        <FeeRuleText fee={procedure.fee} />
      </section>
      <section className="card form-stack tight" aria-labelledby="time-title">
        <h2 id="time-title"><Pictogram name="calendar" className="heading-icon" /> {t('procedures.time')}</h2>
        <p className="big-fact">{text.processing(processing)}</p>
        {processing.workingDays === 0 && processing.sameDayCutoff ? <p>{t('procedures.cutoff', { time: processing.sameDayCutoff.time })}</p> : null}
        <p className="field-hint">{t('procedures.workingDaysExplain')}</p>
      </section>
      <section className="card form-stack tight" aria-labelledby="where-title">
        <h2 id="where-title"><Pictogram name="place" className="heading-icon" /> {t('procedures.where')}</h2>
        <p className="big-fact">{t(`catalog:resultAt.${procedure.resultAt}`)}</p>
        <p>{t('procedures.whereExplain')}</p>
      </section>
      <Link href="/procedures" className="btn"><Pictogram name="back" /><span>{t('procedures.all')}</span></Link>
    </Page>
  );
}
