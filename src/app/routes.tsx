import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { HomePage } from '../features/home/home-page';
import { matchPath } from '../lib/router';
import { preloadGatePage } from './auth-gate';
import { TOP_LEVEL_PATHS } from './route-paths';

/** `signedIn`: commune staff of any role; `anyone`: also a citizen on their own phone (issue 7 §7). */
export type RouteAccess = 'public' | 'signedIn' | 'anyone' | 'officer' | 'admin';
export type RouteDefinition = {
  path: string;
  access: RouteAccess;
  component: ComponentType<{ params: Record<string, string> }> | LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
};

// Every screen but the first loads lazily (issue 9: the critical path stays small on 2G);
// the service worker precaches each chunk, so lazy never means "not available offline".
const page = <K extends string>(load: () => Promise<Record<K, ComponentType<{ params: Record<string, string> }>>>, name: K) =>
  Object.assign(lazy(() => load().then((module) => ({ default: module[name] }))), { preload: load });

/**
 * Starts downloading the code of the screen at `path` while the language pack loads (main.tsx): a link to
 * /status on 2G then costs one wait, not two in a row (issue 9 §2). A page load of a protected screen shows
 * the PIN screen first (no session survives a load), so that is the code fetched for it.
 */
export function preloadScreen(path: string): void {
  const route = routes.find((r) => matchPath(r.path, path));
  if (route && route.access !== 'public') return preloadGatePage();
  const preload = route && 'preload' in route.component ? (route.component.preload as () => Promise<unknown>) : undefined;
  void preload?.().catch(() => undefined);
}

export const routes: RouteDefinition[] = [
  { path: '/', access: 'public', component: HomePage },
  { path: '/settings', access: 'public', component: page(() => import('../features/settings/settings-page'), 'SettingsPage') },
  { path: '/status', access: 'public', component: page(() => import('../features/status/status-page'), 'StatusPage') },
  { path: '/sign-in', access: 'public', component: page(() => import('./auth-routes'), 'SignInRoute') },
  { path: '/unlock', access: 'public', component: page(() => import('./auth-routes'), 'UnlockRoute') },
  { path: '/citizen', access: 'public', component: page(() => import('./auth-routes'), 'CitizenAccountRoute') },
  { path: '/sync', access: 'anyone', component: page(() => import('../features/sync/sync-page'), 'SyncPage') },
  { path: '/citizens', access: 'signedIn', component: page(() => import('../features/citizens/citizens-page'), 'CitizensPage') },
  { path: '/citizens/new', access: 'signedIn', component: page(() => import('../features/citizens/registration-page'), 'NewRegistrationPage') },
  { path: '/citizens/register/:draftId', access: 'signedIn', component: page(() => import('../features/citizens/registration-page'), 'RegistrationPage') },
  { path: '/citizens/:id', access: 'signedIn', component: page(() => import('../features/citizens/citizen-page'), 'CitizenPage') },
  { path: '/procedures', access: 'public', component: page(() => import('../features/procedures/procedures-page'), 'ProceduresPage') },
  { path: '/procedures/:code', access: 'public', component: page(() => import('../features/procedures/procedure-page'), 'ProcedurePage') },
  { path: '/dossiers', access: 'anyone', component: page(() => import('../features/dossiers/dossiers-page'), 'DossiersPage') },
  // Before '/dossiers/:id', which would otherwise take "new" for an id.
  { path: '/dossiers/new', access: 'anyone', component: page(() => import('../features/dossiers/dossier-draft-page'), 'NewDossierPage') },
  { path: '/dossiers/receive', access: 'anyone', component: page(() => import('../features/dossiers/receive-handover-page'), 'ReceiveHandoverPage') },
  { path: '/dossiers/draft/:id', access: 'anyone', component: page(() => import('../features/dossiers/dossier-draft-page'), 'DossierDraftPage') },
  { path: '/dossiers/:id', access: 'anyone', component: page(() => import('../features/dossiers/dossier-page'), 'DossierPage') },
  { path: '/dossiers/:id/receipt', access: 'anyone', component: page(() => import('../features/dossiers/receipt-page'), 'ReceiptPage') },
  { path: '/admin/languages', access: 'admin', component: page(() => import('../features/languages/admin-languages-page'), 'AdminLanguagesPage') },
  // Staff record with local speakers in the field, admins too (issue 7 §3); the page refuses officers itself.
  { path: '/record-audio', access: 'signedIn', component: page(() => import('../features/audio/record-audio-page'), 'RecordAudioPage') },
  { path: '/office', access: 'officer', component: page(() => import('../features/office/queue-page'), 'QueuePage') },
  { path: '/office/dashboard', access: 'officer', component: page(() => import('../features/office/dashboard-page'), 'DashboardPage') },
  { path: '/office/dossiers/:id', access: 'officer', component: page(() => import('../features/office/office-dossier-page'), 'OfficeDossierPage') },
  { path: '/office/requests', access: 'officer', component: page(() => import('../features/office/requests-page'), 'RequestsPage') },
  { path: '/office/citizens/:id', access: 'officer', component: page(() => import('../features/office/office-citizen-page'), 'OfficeCitizenPage') },
  { path: '/admin', access: 'admin', component: page(() => import('../features/administration/admin-page'), 'AdminPage') },
  { path: '/verify', access: 'public', component: page(() => import('../features/verify/verify-page'), 'VerifyPage') },
];

// Keeps route-paths.ts (read by the offline tests) true to the table above.
const declared = routes.map((route) => route.path).filter((path) => !path.includes(':'));
if (import.meta.env.DEV && declared.join() !== [...TOP_LEVEL_PATHS].join()) console.error('route-paths.ts is out of date', declared);
