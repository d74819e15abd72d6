import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Pictogram } from '../../components/ui/pictogram';
import { ApiError } from '../../lib/api';

/** Why an online screen has nothing to show, in words: offline (the usual case in a commune), refused, or broken. */
export function RemoteProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('office');
  const offline = (error instanceof ApiError && error.isNetwork) || !navigator.onLine;
  const code = error instanceof ApiError ? error.code : '';
  const retry = onRetry ? <button type="button" className="btn" onClick={onRetry}><Pictogram name="sync" /><span>{t('common.retry')}</span></button> : undefined;
  if (offline) {
    return <Banner tone="warning" actions={retry}><strong>{t('offline.title')}</strong> {t('offline.explain')}</Banner>;
  }
  return <Banner tone="danger" actions={retry}>{t(`errors.${code}`, { defaultValue: t('errors.generic') })}</Banner>;
}
