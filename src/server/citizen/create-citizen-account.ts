import { randomUUID } from 'node:crypto';
import type { CitizenAccount } from '../../domain/citizen/citizen-account';
import type { AppContext } from '../app-context';
import { recordDeviceSignIn } from '../auth/devices';
import { issueSession, type SessionResponse } from '../auth/issue-session';
import { hashPassword } from '../auth/passwords';
import { loadUserProfile } from '../auth/user-profile';
import { ApiError } from '../http/api-error';
import { saveCitizens } from '../sync/records/citizen-table';
import { withServerFields } from '../sync/push/merge-record';
import type { SyncContext } from '../sync/sync-context';

export type CreateCitizenAccountInput = CitizenAccount & { deviceId: string; deviceLabel?: string | undefined };

const phoneTaken = () => new ApiError(409, 'phone-taken', 'An account with this phone number exists: sign in instead.');

/**
 * Creates a citizen's own account and signs the phone in, like a staff sign-in (same session, same
 * workspace key). The account holder also gets a citizens row with the same id: a dossier must name its
 * applicant's record, and a citizen who prepares their own dossier is that applicant. The row holds only
 * what they typed (name, phone, commune); staff complete the record when they check the first dossier. It
 * does not enter the change log, so it never reaches the commune's tablets half-filled.
 */
export async function createCitizenAccount(ctx: AppContext, sync: SyncContext, input: CreateCitizenAccountInput): Promise<SessionResponse> {
  const now = sync.now();
  const commune = await ctx.db.selectFrom('communes').select(['code', 'province_code']).where('code', '=', input.communeCode).executeTakeFirst();
  if (!commune) throw new ApiError(422, 'commune-unknown', 'No commune has this code.');
  if (await isPhoneTaken(ctx, input.phone)) throw phoneTaken();
  const passwordHash = await hashPassword(input.password, ctx.passwordHashOptions);
  const id = randomUUID();
  const at = now.toISOString();
  const citizen = withServerFields(
    {
      entity: 'citizen', id, stored: false, revision: 1, fields: {}, fieldClocks: {}, fieldRevisions: {}, history: [], deleted: false,
      communeCode: commune.code, loadedCommuneCode: null, createdBy: id, updatedBy: id, createdAt: at, updatedAt: at,
    },
    { fullName: input.fullName, phone: input.phone, phoneOwner: 'own', address: { provinceCode: commune.province_code, communeCode: commune.code }, selfRegistered: true },
    1,
    { serverClock: sync.serverClock, now },
  );
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('users').values({
        id, username: input.phone, display_name: input.fullName, password_hash: passwordHash, role: 'citizen', active: 1, created_at: at, updated_at: at,
      }).execute();
      await saveCitizens(trx, [citizen]);
      await trx.insertInto('citizen_accounts').values({ user_id: id, citizen_id: id, phone: input.phone, commune_code: commune.code, created_at: at }).execute();
    });
  } catch (error) {
    // Two sign-ups with one number at the same moment: the unique index decides, the loser is told plainly.
    if (await isPhoneTaken(ctx, input.phone)) throw phoneTaken();
    throw error;
  }
  await recordDeviceSignIn(ctx.db, { deviceId: input.deviceId, userId: id, label: input.deviceLabel, now });
  const user = await loadUserProfile(ctx.db, id);
  if (!user) throw new Error('the account just created is missing');
  return issueSession(ctx.db, ctx.accessTokens, { user, deviceId: input.deviceId, familyId: randomUUID(), now });
}

async function isPhoneTaken(ctx: AppContext, phone: string): Promise<boolean> {
  const user = await ctx.db.selectFrom('users').select('id').where('username', '=', phone).executeTakeFirst();
  const account = await ctx.db.selectFrom('citizen_accounts').select('user_id').where('phone', '=', phone).executeTakeFirst();
  return Boolean(user ?? account);
}
