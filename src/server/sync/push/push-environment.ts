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
  const communes = await loadUserCommunes(db, user.id);
  const agencies = await loadReceivingAgencies(db, [...communes.keys()]);
  return {
    db,
    userId: user.id,
    deviceId: user.deviceId,
    communes,
    agencyFor: (communeCode) => agencies.get(communeCode) ?? defaultReceivingAgency(communes.get(communeCode) ?? ''),
    serverClock,
    now,
    nowIso: now.toISOString(),
    papers,
  };
}
