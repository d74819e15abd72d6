import { useTranslation } from 'react-i18next';
import { LazyPromptSpeaker } from '../../components/ui/lazy-prompt-speaker';
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
// Issue 7 §7: on a signed-out phone the three big choices come first — a citizen, a look-up (its scanner
// works offline), staff — then the procedures and the settings.
const publicTiles: Tile[] = [
  { href: '/citizen', icon: 'personAdd', label: 'home.iAmCitizen' },
  { href: '/status', icon: 'status', label: 'home.lookUpStatus' },
  { href: '/sign-in', icon: 'user', label: 'home.staffSignIn' },
  { href: '/procedures', icon: 'info', label: 'dossier:home.procedures' },
  { href: '/settings', icon: 'settings', label: 'nav.settings' },
];
/** A citizen's own phone: their own dossiers only. */
const citizenTiles: Tile[] = [
  { href: '/dossiers/new', icon: 'folder', label: 'dossier:home.newDossier' },
  { href: '/dossiers', icon: 'list', label: 'dossier:home.myDossiers' },
  { href: '/dossiers/receive', icon: 'qr', label: 'dossier:handover.receiveTile' },
  { href: '/status', icon: 'status', label: 'home.lookUpStatus' },
  { href: '/procedures', icon: 'info', label: 'dossier:home.procedures' },
  { href: '/settings', icon: 'settings', label: 'nav.settings' },
];

/** The start screen: big pictogram tiles a person who reads little can still follow. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const tiles = !user ? publicTiles : user.role === 'citizen' ? citizenTiles : staffTiles;
  const title = user ? t('home.staffTitle', { name: user.displayName }) : t('home.title');
  return (
    <Page title={title} icon="home" speaker={<LazyPromptSpeaker textKey={user ? 'common:home.staffTitle' : 'common:home.title'} text={title} />}>
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
