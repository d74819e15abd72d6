import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { useRemote } from '../../lib/use-remote';
import { adminRequest } from './admin-api';
import { AuditSection } from './audit-section';
import type { AdminCommune } from './admin-types';
import { KeysSection } from './keys-section';
import { ProblemBanner } from './problem-banner';
import { RetentionSection } from './retention-section';
import { StaffSection } from './staff-section';
import { VillagesSection } from './villages-section';

/** `/admin`: staff accounts and their tablets, villages, signing keys — for the communes this admin administers. */
export function AdminPage() {
  const { t } = useTranslation('office');
  const communes = useRemote('communes', () => adminRequest<{ communes: AdminCommune[] }>('/office/communes'));
  return (
    <Page title={t('admin.title')} icon="settings" actions={<Link href="/admin/languages" className="btn"><Pictogram name="language" /><span>{t('admin.languages')}</span></Link>}>
      <ProblemBanner error={communes.error} />
      {communes.data ? (
        <>
          <StaffSection communes={communes.data.communes} />
          <VillagesSection communes={communes.data.communes} onChanged={communes.reload} />
          <KeysSection />
          <RetentionSection />
          <AuditSection />
        </>
      ) : communes.error ? null : <p role="status">{t('common.loading')}</p>}
    </Page>
  );
}
