import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { TextField } from '../../components/ui/field';
import { normalizePhone } from '../../domain/citizen/phone';
import type { OnlineSignIn } from '../../sync/session-api';
import { accountErrorKey } from './account-errors';
import { signIn } from './use-auth';

/** A citizen signs in again with their phone number (any spelling) and password: a new phone, or after 5 wrong PINs. */
export function CitizenSignInForm({ onSignedIn }: { onSignedIn: (signedIn: OnlineSignIn) => void }) {
  const { t } = useTranslation('auth');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!phone.trim() || !password) return setFailure('citizen.errorMissing');
    setBusy(true);
    setFailure(undefined);
    try {
      onSignedIn(await signIn(normalizePhone(phone), password));
    } catch (caught) {
      setFailure(accountErrorKey(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card form-stack" onSubmit={submit} noValidate aria-labelledby="citizen-sign-in-title">
      <h2 id="citizen-sign-in-title">{t('citizen.signInTitle')}</h2>
      {failure ? <Banner tone="danger">{t(failure)}</Banner> : null}
      <TextField label={t('citizen.phone')} value={phone} onChange={setPhone} type="tel" inputMode="tel" autoComplete="tel" required />
      <TextField label={t('citizen.password')} value={password} onChange={setPassword} type="password" autoComplete="current-password" required />
      <button type="submit" className="btn btn-primary btn-large" disabled={busy}>{busy ? t('signIn.busy') : t('signIn.submit')}</button>
    </form>
  );
}
