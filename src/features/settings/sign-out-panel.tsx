import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { navigate } from '../../lib/router';
import { signOutOfDevice, useLocalWork } from './use-sign-out';

type Step = 'idle' | 'confirm' | 'working' | 'failed';

/** "Sign out of this device": removes the user's data from a shared tablet, never their unsent work. */
export function SignOutPanel({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const work = useLocalWork(userId);
  const [step, setStep] = useState<Step>('idle');
  const [failure, setFailure] = useState<string>();

  const signOut = async () => {
    setStep('working');
    try {
      await signOutOfDevice(userId);
      navigate('/');
    } catch (error) {
      setFailure(error instanceof Error && 'code' in error && error.code === 'network' ? t('settings.signOut.offline') : t('settings.signOut.failed'));
      setStep('failed');
    }
  };

  return (
    <section className="card" aria-labelledby="sign-out-title">
      <h2 id="sign-out-title">{t('settings.signOut.title')}</h2>
      <p>{t('settings.signOut.explain')}</p>
      {work === undefined ? <p role="status">{t('app.loading')}</p> : work.unsent > 0 ? (
        <div role="alert" data-testid="sign-out-blocked">
          <p>{t('settings.signOut.unsent', { count: work.unsent })}</p>
          <Link href="/sync" className="btn">{t('settings.signOut.exportUnsent')}</Link>
        </div>
      ) : step === 'idle' ? (
        <button type="button" className="btn" onClick={() => setStep('confirm')}>{t('settings.signOut.action')}</button>
      ) : (
        <div>
          {work.drafts > 0 ? <p role="alert">{t('settings.signOut.drafts', { count: work.drafts })}</p> : null}
          <p>{t('settings.signOut.confirmText')}</p>
          {step === 'failed' ? <p role="alert">{failure}</p> : null}
          <button type="button" className="btn btn-danger" disabled={step === 'working'} onClick={() => void signOut()}>
            {t('settings.signOut.confirm')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => setStep('idle')}>{t('settings.signOut.cancel')}</button>
        </div>
      )}
    </section>
  );
}
