import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Field } from '../../components/ui/field';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { pluralExamples } from '../../domain/i18n/plural-forms';
import type { SourceMessage } from '../../domain/i18n/source-messages';
import { formatVariables } from '../../domain/i18n/validate-pack';
import { APP_LANGUAGES, isAppLanguage, type AppLanguage, type PluralCategory } from '../../shared/languages';
import { IssueTable } from './issue-table';
import { downloadText, useLanguagePackAdmin, type CheckResult, type ImportOutcome } from './use-language-pack-admin';

const PACK_LANGUAGES = APP_LANGUAGES.filter((l) => l.tag !== 'vi');

/** `/admin/languages`: export a language to CSV for a local translator, check the edited file, import it. */
export function AdminLanguagesPage() {
  const { t } = useTranslation('admin');
  const [language, setLanguage] = useState<AppLanguage>(PACK_LANGUAGES[0]!.tag);
  const admin = useLanguagePackAdmin(language);
  const [check, setCheck] = useState<CheckResult>();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [busy, setBusy] = useState<'checking' | 'importing'>();
  const plurals = APP_LANGUAGES.find((l) => l.tag === language)!.plurals;
  const examples = pluralExamples(language, plurals);

  const note = (message: SourceMessage, category: PluralCategory | undefined) => [
    message.variables.length > 0 ? t('languages.note.keep', { placeholders: formatVariables(message.variables) }) : '',
    category && examples[category] ? t('languages.note.plural', { form: category, examples: examples[category].join(', ') })
      : category ? t('languages.note.pluralAny') : '',
  ].filter(Boolean).join(' · ');

  const chooseLanguage = (value: string) => {
    if (!isAppLanguage(value)) return;
    setLanguage(value);
    setCheck(undefined);
    setOutcome(undefined);
  };
  const exportNow = () => {
    const csv = admin.exportCsv(note);
    if (csv) downloadText(csv, `cau-noi-${language}.csv`);
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setOutcome(undefined);
    setCheck(undefined);
    if (!file) return;
    setBusy('checking');
    try {
      setCheck(await admin.checkFile(file));
    } finally {
      setBusy(undefined);
    }
  };
  const importNow = async () => {
    if (check?.kind !== 'plan') return;
    setBusy('importing');
    try {
      const result = await admin.importPlan(check.plan);
      setOutcome(result);
      if (result.kind === 'done' || result.kind === 'conflict') setCheck(undefined);
    } finally {
      setBusy(undefined);
    }
  };

  const plan = check?.kind === 'plan' ? check.plan : undefined;
  const changes = plan ? plan.changed + plan.removed : 0;
  return (
    <Page title={t('languages.title')} icon="language">
      <p className="lead">{t('languages.intro')}</p>
      <p><Link href="/record-audio" className="btn"><Pictogram name="mic" />{t('audio.manage')}</Link></p>
      <Field label={t('languages.language')}>
        {({ id }) => (
          <select id={id} value={language} onChange={(event) => chooseLanguage(event.target.value)}>
            {PACK_LANGUAGES.map((l) => <option key={l.tag} value={l.tag} lang={l.tag}>{`${l.autonym} (${l.tag})`}</option>)}
          </select>
        )}
      </Field>
      {admin.coverage ? (
        <p data-testid="pack-coverage">
          {t('languages.coverage', {
            translated: admin.coverage.translated, total: admin.coverage.total,
            percent: Math.floor((admin.coverage.translated / admin.coverage.total) * 100),
          })}
          {' · '}
          {t('languages.imported', { count: admin.coverage.imported })}
        </p>
      ) : <p role="status">{t('common:app.loading')}</p>}
      {admin.loaded && !admin.online ? <Banner tone="warning">{t('languages.import.offline')}</Banner> : null}

      <section className="card form-stack" aria-labelledby="export-title">
        <h2 id="export-title">{t('languages.export.title')}</h2>
        <p className="field-hint">{t('languages.export.hint', { example: '{{name}}' })}</p>
        <div className="btn-row">
          <button type="button" className="btn" onClick={exportNow} disabled={!admin.loaded}>
            <Pictogram name="download" />{t('languages.export.button')}
          </button>
        </div>
      </section>

      <section className="card form-stack" aria-labelledby="import-title">
        <h2 id="import-title">{t('languages.import.title')}</h2>
        <Field label={t('languages.import.file')}>
          {({ id }) => <input id={id} type="file" accept=".csv,text/csv" disabled={!admin.loaded} onChange={(event) => void onFile(event)} />}
        </Field>
        {busy === 'checking' ? <p role="status">{t('languages.import.checking')}</p> : null}
        {check?.kind === 'notUtf8' ? <Banner tone="danger">{t('languages.import.notUtf8')}</Banner> : null}
        {check?.kind === 'missingColumns' ? <Banner tone="danger">{t('languages.import.missingColumns', { columns: check.columns.join(', ') })}</Banner> : null}
        {plan && plan.issues.length > 0 ? (
          <>
            <Banner tone="danger">{t('languages.import.issuesTitle', { count: plan.issues.length })}</Banner>
            <IssueTable issues={plan.issues} />
          </>
        ) : null}
        {plan && plan.issues.length === 0 && changes === 0 ? <Banner tone="info">{t('languages.import.nothing')}</Banner> : null}
        {plan && plan.issues.length === 0 && changes > 0 ? (
          <Banner tone="info" actions={
            <button type="button" className="btn btn-primary" disabled={busy !== undefined || !admin.online} onClick={() => void importNow()}>
              <Pictogram name="upload" />{busy === 'importing' ? t('languages.import.applying') : t('languages.import.apply')}
            </button>
          }>
            {t('languages.import.summary', { changed: plan.changed, removed: plan.removed })}
          </Banner>
        ) : null}
        {outcome?.kind === 'done' ? <Banner tone="success">{t('languages.import.done')}</Banner> : null}
        {outcome?.kind === 'offline' ? <Banner tone="warning">{t('languages.import.offline')}</Banner> : null}
        {outcome?.kind === 'conflict' ? <Banner tone="warning">{t('languages.import.conflict')}</Banner> : null}
        {outcome?.kind === 'failed' ? <Banner tone="danger">{t('languages.import.failed')}</Banner> : null}
        {outcome?.kind === 'invalid' ? (
          <>
            <Banner tone="danger">{t('languages.import.issuesTitle', { count: outcome.issues.length })}</Banner>
            <IssueTable issues={outcome.issues} />
          </>
        ) : null}
      </section>
    </Page>
  );
}
