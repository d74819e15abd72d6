import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import type { OnlineSignIn } from '../../sync/session-api';
import { CitizenSignInForm } from './citizen-sign-in-form';
import { CitizenSignUpForm } from './citizen-sign-up-form';
import { SetPinForm } from './set-pin-form';
import { choosePin, openSession } from './use-auth';

/**
 * "I am a citizen" (issue 7 §7): create an account on one's own phone, or sign in again; then a PIN, exactly
 * as staff do, so the phone opens offline afterwards. Creating the account needs the network once.
 */
export function CitizenAccountPage({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation('auth');
  const [mode, setMode] = useState<'create' | 'signIn'>('create');
  const [pending, setPending] = useState<OnlineSignIn>();
  const signedIn = (result: OnlineSignIn) => {
    if (result.needsPin) return setPending(result);
    openSession(result.profile);
    onDone?.();
  };

  if (pending) {
    return (
      <Page title={t('pin.setTitle')} icon="lock">
        <SetPinForm onSubmit={async (pin) => {
          await choosePin(pending.profile.userId, pin, pending.rawKey);
          openSession(pending.profile);
          onDone?.();
        }} />
      </Page>
    );
  }
  return (
    <Page title={t('citizen.title')} icon="user">
      <div className="tile-grid" role="group" aria-label={t('citizen.choose')}>
        <button type="button" className="tile" aria-pressed={mode === 'create'} onClick={() => setMode('create')}><Pictogram name="personAdd" size={40} /><span>{t('citizen.createTitle')}</span></button>
        <button type="button" className="tile" aria-pressed={mode === 'signIn'} onClick={() => setMode('signIn')}><Pictogram name="user" size={40} /><span>{t('citizen.signInTitle')}</span></button>
      </div>
      {mode === 'create' ? <CitizenSignUpForm onSignedIn={signedIn} /> : <CitizenSignInForm onSignedIn={signedIn} />}
      <p><Link href="/unlock">{t('citizen.haveProfile')}</Link></p>
    </Page>
  );
}
