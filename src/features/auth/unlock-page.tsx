import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { Banner } from '../../components/ui/banner';
import { Link } from '../../components/ui/link';
import { Pictogram } from '../../components/ui/pictogram';
import { PinField } from './pin-field';
import { unlock, useProfiles } from './use-auth';

/** Who is using the shared tablet now: pick your name, type your PIN. Works with no network. */
export function UnlockPage({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation('auth');
  const profiles = useProfiles();
  const [chosen, setChosen] = useState<string>();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (!profiles) return <p role="status">{t('common:app.loading')}</p>;
  if (profiles.length === 0) {
    return (
      <Page title={t('unlock.title')} icon="lock">
        <p>{t('unlock.noProfiles')}</p>
        <Link className="btn btn-primary" href="/sign-in">{t('signIn.title')}</Link>
      </Page>
    );
  }
  const selected = profiles.find((p) => p.userId === chosen) ?? (profiles.length === 1 ? profiles[0] : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    setBusy(true);
    const result = await unlock(selected.userId, pin);
    setBusy(false);
    setPin('');
    if (result.ok) return onDone?.();
    if (result.reason === 'wrongPin') setError(t('unlock.wrongPin', { count: result.attemptsLeft }));
    else if (result.reason === 'locked') setError(t('unlock.locked'));
    else setError(t('unlock.noPin'));
  };

  return (
    <Page title={t('unlock.title')} icon="lock">
      <fieldset>
        <legend>{t('unlock.who')}</legend>
        <div className="choice-grid">
          {profiles.map((p) => (
            <label key={p.userId} className="choice">
              <input type="radio" name="profile" value={p.userId} checked={selected?.userId === p.userId}
                onChange={() => { setChosen(p.userId); setError(undefined); }} />
              <Pictogram name="user" />
              <span>{p.displayName}{p.lockedUntilOnlineSignIn ? ` — ${t('unlock.lockedShort')}` : ''}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {selected ? (
        <form className="card form-stack" onSubmit={submit} noValidate>
          {selected.lockedUntilOnlineSignIn ? <Banner tone="danger">{t('unlock.locked')}</Banner> : (
            <>
              <PinField label={t('unlock.pinFor', { name: selected.displayName })} value={pin} onChange={setPin} error={error} autoFocus />
              <button type="submit" className="btn btn-primary" disabled={busy || pin.length < 4}>{t('unlock.submit')}</button>
            </>
          )}
        </form>
      ) : null}
      <p><Link href="/sign-in">{t('unlock.otherUser')}</Link></p>
    </Page>
  );
}
