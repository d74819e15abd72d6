import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/calendar/dates';
import { buildWorkCalendar } from '../../../domain/calendar/working-days';
import { CATALOG, findProcedure } from '../../../domain/catalog/catalog-data';
import { dossierDueDate } from '../../../domain/dossier/dossier-due-date';
import { initials } from '../../../domain/text/initials';
import type { Fields } from '../../../shared/protocol';
import type { Database } from '../../db/schema';
import { assignOfficialCode } from '../official-code/assign-official-code';
import { defaultReceivingAgency, loadReceivingAgencies } from '../official-code/receiving-agency';
import { loadCitizens } from '../records/citizen-table';
import { readString, type RecordState } from '../records/record-state';
import type { SyncContext } from '../sync-context';

const calendar = buildWorkCalendar();

/**
 * What a dossier a citizen prepared on their phone gets when staff accept it (`acceptCheck`, issue 7 §7):
 * what any dossier gets on receipt — the official code, the receiving agency, the due date counted from
 * now and the signed receipt — because the commune receives it only now. Inside the transition's transaction.
 */
export async function receiptFieldsOnAcceptance(ctx: SyncContext, trx: Kysely<Database>, dossier: RecordState, now: Date): Promise<Fields> {
  const commune = await trx.selectFrom('communes').select('province_code').where('code', '=', dossier.communeCode).executeTakeFirst();
  const agency = (await loadReceivingAgencies(trx, [dossier.communeCode])).get(dossier.communeCode) ?? defaultReceivingAgency(commune?.province_code ?? '');
  const officialCode = await assignOfficialCode(trx, agency, now);
  const procedureCode = readString(dossier.fields, 'procedureCode') ?? '';
  // Counted from acceptance, not from when the phone sent it: the statutory time runs from receipt.
  const dueDate = dossierDueDate(findProcedure(CATALOG, procedureCode), undefined, now, calendar);
  const [citizen] = await loadCitizens(trx, [readString(dossier.fields, 'citizenId') ?? '']);
  const signedReceipt = await ctx.papers?.sign(trx, {
    kind: 'receipt', code: officialCode, proc: procedureCode, who: initials(readString(citizen?.fields ?? {}, 'fullName') ?? ''),
    on: todayInVietnam(now), ...(dueDate ? { due: dueDate } : {}), agency: agency.agencyCode, commune: dossier.communeCode,
  }, now);
  return { officialCode, agencyCode: agency.agencyCode, receivedAt: now.toISOString(), dueDate, ...(signedReceipt ? { signedReceipt } : {}) };
}
