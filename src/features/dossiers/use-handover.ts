import { getActiveCatalog } from '../../db/catalog-store';
import { getDatabase } from '../../db/database';
import type { DossierDraft } from '../../db/dossier-types';
import { saveDraft } from '../../db/drafts';
import { findProcedure } from '../../domain/catalog/catalog-data';
import type { HandoverDraft } from '../../domain/dossier/handover';
import { claimHandoverOnline, createHandoverOnline, type HandoverConsent } from '../../sync/handovers';
import { emptyDossierDraft, withProcedure } from './draft-state';

/**
 * What leaves the device: the request, the answers and the pages — not whose draft it is. Answers naming the
 * applicant are left out: the applicant is the citizen on their own phone, or whom staff pick on the tablet,
 * and the receiving device fills them in again.
 */
function toHandoverDraft(draft: DossierDraft): HandoverDraft {
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([, value]) => value !== draft.citizenId || !draft.citizenId));
  const documents = Object.fromEntries(Object.entries(draft.documents).filter(([, pages]) => pages.length > 0));
  return { procedureCode: draft.procedureCode, catalogVersion: draft.catalogVersion, answers: answers as HandoverDraft['answers'], persons: draft.persons, documents };
}

export const handOverDraft = (ownerUserId: string, draft: DossierDraft, communeCode: string, consent?: HandoverConsent) =>
  createHandoverOnline(getDatabase(), ownerUserId, { communeCode, draft: toHandoverDraft(draft), ...(consent ? { consent } : {}) });

/** Claims a hand-over and keeps it as a new draft of this workspace; `applicantId` is the citizen's own id on their phone. */
export async function receiveHandover(ownerUserId: string, code: string, applicantId: string | undefined): Promise<string> {
  const db = getDatabase();
  const received = await claimHandoverOnline(db, ownerUserId, code);
  const catalog = await getActiveCatalog(db);
  const id = crypto.randomUUID();
  const empty = emptyDossierDraft(id, received.catalogVersion, { citizenId: applicantId ?? '' });
  const draft: DossierDraft = { ...empty, answers: received.answers, persons: received.persons, documents: received.documents, procedureCode: received.procedureCode };
  const procedure = findProcedure(catalog, received.procedureCode);
  await saveDraft(db, { id, ownerUserId, kind: 'dossier', data: procedure ? withProcedure(draft, procedure) : draft });
  return id;
}
