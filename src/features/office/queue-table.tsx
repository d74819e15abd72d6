import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { useProcedureText } from '../../components/ui/procedure-text';
import { CATALOG, findProcedure } from '../../domain/catalog/catalog-data';
import { DeadlineBadge } from './deadline-badge';
import type { OfficeCommune, QueueItem } from './office-types';
import { StatusBadge } from './status-badge';

/** The queue as a table (a list of cards on a phone, by CSS): each row opens the dossier. */
export function QueueTable({ items, communes }: { items: QueueItem[]; communes: OfficeCommune[] }) {
  const { t } = useTranslation('office');
  const text = useProcedureText();
  const villageName = (id: string | null) => (id ? communes.flatMap((c) => c.villages).find((v) => v.id === id)?.name : undefined) ?? '—';
  const procedureName = (code: string) => {
    const procedure = findProcedure(CATALOG, code);
    return procedure ? text.name(procedure) : code;
  };
  return (
    <table className="office-table" data-testid="queue">
      <caption className="visually-hidden">{t('queue.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('queue.code')}</th>
          <th scope="col">{t('queue.citizen')}</th>
          <th scope="col">{t('queue.procedure')}</th>
          <th scope="col">{t('queue.village')}</th>
          <th scope="col">{t('queue.status')}</th>
          <th scope="col">{t('queue.deadline')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-dossier={item.id}>
            <td data-label={t('queue.code')}>
              <Link href={`/office/dossiers/${item.id}`} className="queue-code">{item.officialCode ?? item.localReference ?? item.id.slice(0, 8)}</Link>
              {item.receivedAt ? <span className="field-hint"> {text.dateTime(item.receivedAt)}</span> : null}
            </td>
            <td data-label={t('queue.citizen')} lang="vi">{item.citizenName}</td>
            <td data-label={t('queue.procedure')}>{procedureName(item.procedureCode)}</td>
            <td data-label={t('queue.village')} lang="vi">{villageName(item.villageId)}</td>
            <td data-label={t('queue.status')}><StatusBadge status={item.status} /></td>
            <td data-label={t('queue.deadline')}><DeadlineBadge state={item.deadline} dueDate={item.dueDate} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
