import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import type { UnsentItem } from './use-sync';

/** Each unsent item with its state and, when the server refused it, what to fix — in plain words. */
export function UnsentList({ items }: { items: UnsentItem[] }) {
  const { t, i18n } = useTranslation('sync');
  if (items.length === 0) return <p data-testid="all-sent"><Pictogram name="check" /> {t('allSent')}</p>;
  return (
    <ul className="record-list" data-testid="unsent-list">
      {items.map((item) => (
        <li key={item.seq} className="record-row" data-state={item.state}>
          <Pictogram name={item.state === 'rejected' ? 'warning' : 'upload'} />
          <span className="record-main">
            {t(`entity.${item.entity}`)}{item.label ? `: ${item.label}` : ''}
            {item.error ? <span className="field-error">{t(`errors:${item.error.code}`, { ...item.error.params, defaultValue: t('failure.rejected') })}</span> : null}
          </span>
          <span className={`badge badge-${item.state === 'rejected' ? 'attention' : 'pending'}`}>{item.state === 'rejected' ? t('state.attention') : t('state.pending')}</span>
          <span className="field-hint">{new Date(item.createdAt).toLocaleString(i18n.language)}</span>
        </li>
      ))}
    </ul>
  );
}
