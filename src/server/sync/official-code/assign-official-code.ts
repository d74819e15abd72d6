import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/calendar/dates';
import { formatOfficialCode } from '../../../domain/dossier/official-code';
import type { Database } from '../../db/schema';
import type { ReceivingAgency } from './receiving-agency';

/**
 * The next official code of an agency for the day of `receivedAt` in Vietnam (UTC+7): the date in the
 * code is the local date of receipt. The day's counter is one row per agency and day, advanced by an
 * atomic upsert: on PostgreSQL the row lock makes concurrent transactions (even in other server processes)
 * queue for it, so no number is handed out twice; a rolled-back transaction gives its number back.
 */
export async function assignOfficialCode(db: Kysely<Database>, agency: ReceivingAgency, receivedAt: Date): Promise<string> {
  const day = todayInVietnam(receivedAt);
  const { last_value: sequence } = await db
    .insertInto('official_code_sequences')
    .values({ agency_code: agency.agencyCode, day, last_value: 1 })
    .onConflict((oc) =>
      oc.columns(['agency_code', 'day']).doUpdateSet((eb) => ({ last_value: eb(eb.ref('official_code_sequences.last_value'), '+', 1) })),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return formatOfficialCode(agency.agencyCode, day, sequence, agency.codeFormat);
}
