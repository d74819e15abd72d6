import type { Kysely } from 'kysely';
import type { HlcClock } from '../../../shared/hlc';
import type { AuthenticatedUser } from '../../auth/authenticate';
import type { Database } from '../../db/schema';
import type { PaperSigner } from '../../papers/paper-signer';
import { defaultReceivingAgency, loadReceivingAgencies, type ReceivingAgency } from '../official-code/receiving-agency';
import { loadUserCommunes } from '../user-communes';

/** What every mutation of one push is checked against, loaded once per push inside its transaction. */
export type PushEnvironment = {
  db: Kysely<Database>;
  userId: string;
  deviceId: string;
  /**
   * Set for a citizen's own account (issue 7 §7): the citizens row that is them. They may send only dossiers
   * of their own, which wait for staff to check them instead of being received at once.
   */
  citizenSelf?: { citizenId: string } | undefined;
  /** The user's communes → their province codes. */
  communes: Map<string, string>;
  agencyFor(communeCode: string): ReceivingAgency;
  serverClock: HlcClock;
  now: Date;
  nowIso: string;
  papers?: PaperSigner | undefined;
};

export async function loadPushEnvironment(
  db: Kysely<Database>,
  user: AuthenticatedUser,
  serverClock: HlcClock,
  now: Date,
  papers?: PaperSigner,
): Promise<PushEnvironment> {
  const account = user.role === 'citizen'
    ? await db.selectFrom('citizen_accounts').innerJoin('communes', 'communes.code', 'citizen_accounts.commune_code')
      .select(['citizen_accounts.citizen_id', 'communes.code', 'communes.province_code']).where('citizen_accounts.user_id', '=', user.id).executeTakeFirst()
    : undefined;
  // A citizen's one commune is their account's: the commune whose staff check what they send.
  const communes = user.role === 'citizen'
    ? new Map(account ? [[account.code, account.province_code]] : [])
    : await loadUserCommunes(db, user.id);
  const agencies = await loadReceivingAgencies(db, [...communes.keys()]);
  return {
    db,
    userId: user.id,
    deviceId: user.deviceId,
    citizenSelf: account ? { citizenId: account.citizen_id } : undefined,
    communes,
    agencyFor: (communeCode) => agencies.get(communeCode) ?? defaultReceivingAgency(communes.get(communeCode) ?? ''),
    serverClock,
    now,
    nowIso: now.toISOString(),
    papers,
  };
}
