import { useTranslation } from 'react-i18next';
import { APP_LANGUAGES } from '../../shared/languages';
import { bundledLanguages, changeLanguage } from '../../lib/i18n';

/** Each language that has a pack, named in itself, with `lang` set so screen readers pronounce the name right. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="language-picker">
      <legend>{t('language.choose')}</legend>
      <div className="choice-grid">
        {APP_LANGUAGES.filter((language) => bundledLanguages.includes(language.tag)).map((language) => (
          <label key={language.tag} className="choice" lang={language.tag}>
            <input type="radio" name="app-language" value={language.tag} checked={i18n.language === language.tag}
              onChange={() => void changeLanguage(language.tag)} />
            <span>{language.autonym}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
