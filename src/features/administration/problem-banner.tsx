import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { problemKey } from './admin-api';

/** A failed administration call in words (offline is the usual reason in a commune office). */
export function ProblemBanner({ error }: { error: unknown }) {
  const { t } = useTranslation('office');
  if (!error) return null;
  const key = problemKey(error);
  return <Banner tone={key === 'network' ? 'warning' : 'danger'}>{t(`errors.${key}`, { defaultValue: t('errors.generic') })}</Banner>;
}
