import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { LanguagePicker } from '../../components/ui/language-picker';
import { Link } from '../../components/ui/link';
import { Pictogram } from '../../components/ui/pictogram';
import { useSession } from '../../lib/session';

type Tile = { href: string; icon: string; label: string };

const staffTiles: Tile[] = [
  { href: '/citizens/new', icon: 'personAdd', label: 'home.registerCitizen' },
  { href: '/citizens', icon: 'people', label: 'home.findCitizen' },
  { href: '/dossiers/new', icon: 'folder', label: 'dossier:home.newDossier' },
  { href: '/dossiers', icon: 'list', label: 'dossier:home.dossiers' },
  { href: '/procedures', icon: 'info', label: 'dossier:home.procedures' },
  { href: '/settings', icon: 'settings', label: 'nav.settings' },
];
const publicTiles: Tile[] = [
  { href: '/status', icon: 'status', label: 'home.lookUpStatus' },
  { href: '/procedures', icon: 'info', label: 'dossier:home.procedures' },
  { href: '/sign-in', icon: 'user', label: 'home.staffSignIn' },
  { href: '/settings', icon: 'settings', label: 'nav.settings' },
];

/** The start screen: big pictogram tiles a person who reads little can still follow. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const tiles = user ? staffTiles : publicTiles;
  return (
    <Page title={user ? t('home.staffTitle', { name: user.displayName }) : t('home.title')} icon="home">
      {user ? null : <p className="lead">{t('home.intro')}</p>}
      <nav className="tile-grid" aria-label={t('home.choices')}>
        {tiles.map((tile) => (
          <Link key={tile.href} href={tile.href} className="tile"><Pictogram name={tile.icon} size={40} /><span>{t(tile.label)}</span></Link>
        ))}
      </nav>
      {user ? null : <LanguagePicker />}
    </Page>
  );
}
