import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { Banner } from '../../components/ui/banner';
import { Link } from '../../components/ui/link';
import { ApiError } from '../../lib/api';
import { choosePin, openSession, signIn } from './use-auth';
import type { OnlineSignIn } from '../../sync/session-api';
import { SetPinForm } from './set-pin-form';

const errorKey = (error: unknown): string => {
  if (error instanceof ApiError) {
    if (error.isNetwork) return 'signIn.errorOffline';
    if (error.code === 'invalid-credentials') return 'signIn.errorCredentials';
    if (error.code === 'account-inactive') return 'signIn.errorInactive';
    if (error.code === 'rate-limited') return 'signIn.errorRateLimited';
  }
  return 'signIn.errorUnknown';
};

/** The first sign-in on a device needs the network; after it, the PIN unlocks offline. */
export function SignInPage({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation('auth');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<OnlineSignIn>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) return setError('signIn.errorMissing');
    setBusy(true);
    setError(undefined);
    try {
      const signedIn = await signIn(username, password);
      // A first sign-in, or one after five wrong PINs, chooses a (new) PIN before the workspace opens.
      if (signedIn.needsPin) setPending(signedIn);
      else {
        openSession(signedIn.profile);
        onDone?.();
      }
    } catch (caught) {
      setError(errorKey(caught));
    } finally {
      setBusy(false);
    }
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
    <Page title={t('signIn.title')} icon="user">
      <p>{t('signIn.explain')}</p>
      {error ? <Banner tone="danger">{t(error)}</Banner> : null}
      <form className="card form-stack" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="sign-in-username">{t('signIn.username')}</label>
          <input id="sign-in-username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false}
            value={username} onChange={(e) => setUsername(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('signIn.password')}</label>
          <input id="sign-in-password" name="password" type="password" autoComplete="current-password"
            value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? t('signIn.busy') : t('signIn.submit')}</button>
      </form>
      <p><Link href="/unlock">{t('signIn.haveProfile')}</Link></p>
    </Page>
  );
}
