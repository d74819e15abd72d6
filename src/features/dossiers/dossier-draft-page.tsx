import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { useProcedureText } from '../../components/ui/procedure-text';
import { findProcedure } from '../../domain/catalog/catalog-data';
import { citizenFacts } from '../../domain/catalog/facts';
import { todayInVietnam } from '../../domain/calendar/dates';
import { navigate, useRouter } from '../../lib/router';
import { useSession } from '../../lib/session';
import { CatalogChanges } from './catalog-changes';
import { CitizenStep } from './citizen-step';
import { DiscardDraft } from './discard-draft';
import { withCitizen, withProcedure } from './draft-state';
import { FormStep } from './form-step';
import { ProcedureStep } from './procedure-step';
import { ReviewStep } from './review-step';
import { useDossierDraft } from './use-dossier-draft';
import { useCitizen } from './use-dossiers';

/** `/dossiers/new` gives the draft its own address at once, so a reload resumes it (`?procedure=` and `?citizen=` carry over). */
export function NewDossierPage() {
  const search = useRouter((s) => s.search);
  useEffect(() => navigate(`/dossiers/draft/${crypto.randomUUID()}${search}`, { replace: true }), [search]);
  return null;
}

/** A dossier draft, resumable any day: whose it is, which procedure, the form and documents, then the review. */
export function DossierDraftPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const user = useSession((s) => s.user)!;
  const search = new URLSearchParams(useRouter((s) => s.search));
  // A citizen on their own phone is always the applicant: no one to choose (issue 7 §7).
  const self = user.role === 'citizen' ? { id: user.userId, communeCode: user.communes[0]?.code ?? '', data: { fullName: user.displayName } } : undefined;
  const init = { procedureCode: search.get('procedure') ?? undefined, citizenId: self?.id ?? search.get('citizen') ?? undefined };
  const { draft, catalog, update, flush } = useDossierDraft(user.userId, params.id!, init);
  const record = useCitizen(user.userId, self ? undefined : draft?.citizenId || undefined);
  const citizen = self ?? record;
  if (!draft || !catalog || citizen === undefined) return <p role="status">{t('common:app.loading')}</p>;

  const procedure = findProcedure(catalog, draft.procedureCode);
  if (!citizen) return <CitizenStep onSelect={(id) => update((d) => withCitizen(d, id, procedure))} procedureName={procedure ? text.name(procedure) : undefined} />;
  if (!draft.procedureCode) {
    return <ProcedureStep catalog={catalog} citizenName={citizen.data.fullName} onSelect={(p) => update((d) => withProcedure(d, p))}
      onChangeCitizen={() => update((d) => ({ ...d, citizenId: '' }))} />;
  }
  if (!procedure) {
    // The catalog no longer has this procedure: what was typed stays visible until staff delete the draft.
    return (
      <Page title={t('changes.goneTitle')} icon="warning">
        <CatalogChanges draft={draft} procedureKey={`procedure.${draft.procedureCode.replaceAll('.', '_')}`} onAcknowledge={() => undefined} />
        <DiscardDraft ownerUserId={user.userId} draftId={draft.id} flush={flush} />
      </Page>
    );
  }
  const today = todayInVietnam();
  const props = { draft, update, flush, procedure, citizen, ownerUserId: user.userId, options: { today, facts: record ? citizenFacts(record.data, today) : {} } };
  return search.get('step') === 'review' ? <ReviewStep {...props} /> : <FormStep {...props} />;
}
