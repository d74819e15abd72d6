import type { Kysely } from 'kysely';
import { DEFAULT_OFFICIAL_CODE_FORMAT } from '../../../domain/dossier/official-code';
import type { Database } from '../../db/schema';

export type ReceivingAgency = { agencyCode: string; codeFormat: string };

// The province part (DDD) of agency codes in the reference examples: Thanh Hóa is H56
// (000.00.14.H56-200203-0118, shared/reference/dossier-code-and-receipt.md). Other provinces' codes are not
// in our sources: a commune of another province gets a placeholder until its agency code is configured.
const PROVINCE_AGENCY_CODES: Record<string, string> = { '38': 'H56' };

/**
 * The agency that receives a commune's dossiers: the `receiving_agencies` row when an operator has set one,
 * else a default derived from the province, `000.00.<province>.<province code>` (e.g. 000.00.38.H56).
 */
export function defaultReceivingAgency(provinceCode: string): ReceivingAgency {
  const provinceAgency = PROVINCE_AGENCY_CODES[provinceCode] ?? `P${provinceCode.padStart(2, '0')}`;
  return { agencyCode: `000.00.${provinceCode.padStart(2, '0')}.${provinceAgency}`, codeFormat: DEFAULT_OFFICIAL_CODE_FORMAT };
}

/** Agencies configured for these communes, by commune code. */
export async function loadReceivingAgencies(db: Kysely<Database>, communeCodes: readonly string[]): Promise<Map<string, ReceivingAgency>> {
  if (communeCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('receiving_agencies')
    .select(['commune_code', 'agency_code', 'code_format'])
    .where('commune_code', 'in', [...communeCodes])
    .execute();
  return new Map(rows.map((r) => [r.commune_code, { agencyCode: r.agency_code, codeFormat: r.code_format }]));
}
