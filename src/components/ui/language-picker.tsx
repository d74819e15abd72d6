import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_LANGUAGES } from '../../shared/languages';
import { bundledLanguages, changeLanguage, isPartialPack } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { LazyPromptSpeaker } from './lazy-prompt-speaker';
import { Link } from './link';
import { Pictogram } from './pictogram';

/**
 * Each language that has a pack, named in itself, with `lang` on the name so screen readers pronounce it
 * right, and a speaker that says the name in that language (issue 7 §7: chosen by name, pictogram and audio). Partly translated packs say so: what they lack shows in Vietnamese (issue 7 §1).
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const role = useSession((state) => state.user?.role);
  const isAdmin = role === 'admin';
  const noteId = useId();
  const current = i18n.language;
  const partial = isPartialPack(current);
  return (
    <fieldset className="language-picker" aria-describedby={partial ? noteId : undefined}>
      {/* A pictogram, never a flag: a flag names a country, and these languages cross borders. */}
      <legend><Pictogram name="language" /> {t('language.choose')}</legend>
      <div className="choice-grid">
        {APP_LANGUAGES.filter((language) => bundledLanguages.includes(language.tag)).map((language) => (
          // The name said in the language itself (a recording of its pack's `language.name`), beside the label
          // rather than in it, so the radio's name stays the language's name.
          <span key={language.tag} className="language-choice">
            <label className="choice">
              <input type="radio" name="app-language" value={language.tag} checked={current === language.tag}
                onChange={() => void changeLanguage(language.tag)} />
              <span className="choice-text">
                <span lang={language.tag}>{language.autonym}</span>
                {isPartialPack(language.tag) ? <span className="choice-note">{t('language.partial')}</span> : null}
              </span>
            </label>
            <LazyPromptSpeaker textKey="common:language.name" text={language.autonym} language={language.tag} />
          </span>
        ))}
      </div>
      {partial ? <p id={noteId} className="field-hint">{t('language.partialNote', { name: t('language.name') })}</p> : null}
      {isAdmin ? <p><Link href="/admin/languages" className="btn">{t('admin:languages.manage')}</Link></p> : null}
      {isAdmin || role === 'staff' ? <p><Link href="/record-audio" className="btn">{t('admin:audio.manage')}</Link></p> : null}
    </fieldset>
  );
}
