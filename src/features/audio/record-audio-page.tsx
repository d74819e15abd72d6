import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Field, SelectField, TextField } from '../../components/ui/field';
import { Page } from '../../components/ui/page';
import { useSession } from '../../lib/session';
import { APP_LANGUAGES, isAppLanguage, type AppLanguage } from '../../shared/languages';
import { PromptRow } from './prompt-row';
import { RecordPanel } from './record-panel';
import { usePromptRecordings } from './use-prompt-recordings';
import { SHOWN_ROWS, usePromptTexts } from './use-prompt-texts';

/**
 * `/record-audio`: a local speaker, with staff or an admin, records each text of the app in their language
 * (issue 7 §3). Works offline: recordings wait on the device and are sent when the network returns.
 */
export function RecordAudioPage() {
  const { t, i18n } = useTranslation('admin');
  const role = useSession((s) => s.user?.role);
  const [language, setLanguage] = useState<AppLanguage>(() => (isAppLanguage(i18n.language) && i18n.language !== 'vi' ? i18n.language : 'mtq'));
  const [namespace, setNamespace] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string>();
  const [notice, setNotice] = useState<'kept' | 'deleted'>();
  const texts = usePromptTexts(language, namespace, query);
  const recordings = usePromptRecordings(language);

  if (role !== 'admin' && role !== 'staff') {
    return <Page title={t('audio.title')} icon="mic"><Banner tone="warning">{t('audio.forbidden')}</Banner></Page>;
  }
  return (
    <Page title={t('audio.title')} icon="mic">
      <p className="lead">{t('audio.intro')}</p>
      <Field label={t('audio.language')}>
        {({ id }) => (
          <select id={id} value={language} onChange={(event) => { if (isAppLanguage(event.target.value)) setLanguage(event.target.value); setOpen(undefined); }}>
            {APP_LANGUAGES.map((l) => <option key={l.tag} value={l.tag} lang={l.tag}>{`${l.autonym} (${l.tag})`}</option>)}
          </select>
        )}
      </Field>
      <SelectField label={t('audio.namespace')} value={namespace} onChange={setNamespace} placeholder={t('audio.allNamespaces')}
        options={texts.namespaces.map((ns) => ({ value: ns, label: ns }))} />
      <TextField label={t('audio.search')} hint={t('audio.searchHint')} value={query} onChange={setQuery} type="search" />
      {texts.rows ? (
        <p role="status" data-testid="prompt-counts">{t('audio.counts', { shown: texts.rows.length, matched: texts.matched, total: texts.total, recorded: texts.recorded })}</p>
      ) : <p role="status">{t('common:app.loading')}</p>}
      {texts.matched > SHOWN_ROWS ? <p className="field-hint">{t('audio.more', { shown: SHOWN_ROWS })}</p> : null}
      {notice ? <Banner tone="success">{t(`audio.${notice}`)}</Banner> : null}
      <ul className="prompt-list">
        {texts.rows?.map((row) => (
          <PromptRow key={row.id} row={row} language={language} open={open === row.id}
            onRecord={() => { setNotice(undefined); setOpen(open === row.id ? undefined : row.id); }}
            onDelete={() => void recordings.remove(row.id).then(() => setNotice('deleted'))}>
            {open === row.id ? (
              <RecordPanel text={(row.translation ?? row.source).replace(/\{\{[^}]*\}\}/g, '…')} language={language} onClose={() => setOpen(undefined)}
                onKeep={async (recording) => { await recordings.keep(row.id, recording); setNotice('kept'); }} />
            ) : null}
          </PromptRow>
        ))}
      </ul>
    </Page>
  );
}
