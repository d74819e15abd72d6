import { useTranslation } from 'react-i18next';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { useRemote } from '../../lib/use-remote';
import { CitizenProfile } from './citizen-profile';
import { ConsentPanel } from './consent-panel';
import { ExportButtons } from './export-buttons';
import { officeRequest } from './office-api';
import type { OfficeCitizenAnswer } from './office-types';
import { RemoteProblem } from './remote-problem';
import { RightsRequests } from './rights-requests';
import { useOfficeCommunes } from './use-office-communes';

/**
 * `/office/citizens/:id`: a person's profile and their rights over their data (issue 8 §4): consent purpose by
 * purpose with its withdrawal, their requests with the legal deadlines, and the export. Opening it is audited.
 */
export function OfficeCitizenPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('office');
  const id = params.id!;
  const remote = useRemote(`citizen:${id}`, () => officeRequest<OfficeCitizenAnswer>(`/office/citizens/${id}`));
  const communes = useOfficeCommunes();
  const back = <Link href="/office/requests" className="btn"><Pictogram name="back" /><span>{t('rights.requestsPageTitle')}</span></Link>;
  if (!remote.data) {
    return (
      <Page title={t('citizen.title')} icon="user" actions={back}>
        {remote.error ? <RemoteProblem error={remote.error} onRetry={remote.reload} /> : <p role="status">{t('common.loading')}</p>}
      </Page>
    );
  }
  const { citizen, requests } = remote.data;
  const name = typeof citizen.fields.fullName === 'string' ? citizen.fields.fullName : t('citizen.title');
  return (
    <Page title={name} icon="user" actions={back}>
      <CitizenProfile citizen={citizen} communes={communes.data?.communes ?? []} />
      <ConsentPanel citizenId={id} consent={citizen.fields.consent as Parameters<typeof ConsentPanel>[0]['consent']} onChanged={remote.reload} />
      <RightsRequests citizenId={id} requests={requests} onChanged={remote.reload} />
      <ExportButtons citizenId={id} />
    </Page>
  );
}
