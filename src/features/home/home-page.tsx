import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { LanguagePicker } from '../../components/ui/language-picker';
import { Link } from '../../components/ui/link';
import { Pictogram } from '../../components/ui/pictogram';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.title')} icon="home">
      <p className="lead">{t('home.intro')}</p>
      <LanguagePicker />
      <nav className="tile-grid" aria-label={t('home.choices')}>
        <Link href="/settings" className="tile"><Pictogram name="settings" size={40} /><span>{t('nav.settings')}</span></Link>
      </nav>
    </Page>
  );
}
