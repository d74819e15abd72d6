import { apiRequest, ApiError } from '../lib/api';
import type { CauNoiDatabase } from '../db/database';
import { getDeviceIdentity } from '../db/device';
import { saveSignedInProfile } from '../db/profiles';
import type { ProfileRecord } from '../db/records';

type PublicUser = Pick<ProfileRecord, 'username' | 'displayName' | 'role' | 'communes'> & { id: string };
type SessionResponse = {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: PublicUser;
  /** The server-held key that also wraps this user's workspace key on the device (issue 8). */
  recoveryKey: string;
};

export type OnlineSignIn = Awaited<ReturnType<typeof saveSignedInProfile>>;

// Access tokens live in memory only (15 minutes); the device-bound refresh token is in the profile.
const accessTokens = new Map<string, { token: string; expiresAt: number }>();

function remember(userId: string, session: SessionResponse): void {
  accessTokens.set(userId, { token: session.accessToken, expiresAt: Date.now() + (session.expiresIn - 30) * 1000 });
}

/** First sign-in on a device (needs the network): stores the profile so later unlocks work offline. */
export async function signInOnline(db: CauNoiDatabase, username: string, password: string): Promise<OnlineSignIn> {
  const { deviceId } = await getDeviceIdentity(db);
  const session = await apiRequest<SessionResponse>('/auth/sign-in', {
    body: { username: username.trim(), password, deviceId, deviceLabel: navigator.userAgent.slice(0, 100) },
  });
  return keepSession(db, session);
}

export type CitizenAccountInput = { phone: string; fullName: string; communeCode: string; password: string };

/** A citizen creates their own account on their own phone (issue 7 §7); the server signs them in at once. */
export async function createCitizenAccountOnline(db: CauNoiDatabase, input: CitizenAccountInput): Promise<OnlineSignIn> {
  const { deviceId } = await getDeviceIdentity(db);
  const session = await apiRequest<SessionResponse>('/citizen-accounts', { body: { ...input, deviceId, deviceLabel: navigator.userAgent.slice(0, 100) } });
  return keepSession(db, session);
}

async function keepSession(db: CauNoiDatabase, session: SessionResponse): Promise<OnlineSignIn> {
  remember(session.user.id, session);
  const { id, ...user } = session.user;
  const signedIn = await saveSignedInProfile(db, { userId: id, ...user }, session.refreshToken, session.recoveryKey);
  // Villages of the user's communes, so that the first registration in a village with no signal can pick one.
  // A citizen registers nobody: their phone does not need them.
  if (user.role !== 'citizen') await Promise.all(user.communes.map((commune) => fetchVillages(db, session.accessToken, commune.code).catch(() => undefined)));
  return signedIn;
}

async function fetchVillages(db: CauNoiDatabase, token: string, communeCode: string): Promise<void> {
  const { villages } = await apiRequest<{ villages: Array<{ id: string; communeCode: string; name: string }> }>(`/villages?commune=${encodeURIComponent(communeCode)}`, { token });
  await db.villages.bulkPut(villages.map(({ id, communeCode: code, name }) => ({ id, communeCode: code, name })));
}

/**
 * A valid access token for this user, refreshing (and rotating) the device-bound refresh token when needed.
 * Refreshes are serialised across tabs with a Web Lock: two tabs presenting the same refresh token would
 * look like a replay to the server, which then revokes the whole family.
 */
export async function ensureAccessToken(db: CauNoiDatabase, userId: string): Promise<string> {
  const cached = accessTokens.get(userId);
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const refresh = async (): Promise<string> => {
    const again = accessTokens.get(userId);
    if (again && again.expiresAt > Date.now()) return again.token;
    const profile = await db.profiles.get(userId);
    if (!profile?.refreshToken) throw new ApiError(401, 'signed-out', 'No refresh token on this device');
    const { deviceId } = await getDeviceIdentity(db);
    try {
      const session = await apiRequest<SessionResponse>('/auth/refresh', { body: { refreshToken: profile.refreshToken, deviceId } });
      await db.profiles.update(userId, { refreshToken: session.refreshToken });
      remember(userId, session);
      return session.accessToken;
    } catch (error) {
      // The server refused the refresh token for good: an online sign-in is needed (the PIN still unlocks offline work).
      if (error instanceof ApiError && error.status === 401) await db.profiles.update(userId, { refreshToken: undefined });
      throw error;
    }
  };
  return navigator.locks ? navigator.locks.request(`cau-noi-refresh-${userId}`, refresh) : refresh();
}

export function forgetAccessToken(userId: string): void {
  accessTokens.delete(userId);
}

/**
 * Ends this device's session on the server (its refresh token family is revoked). A 401 means the server
 * had already ended it (revoked device, expired token): that is what was asked for.
 */
export async function signOutOnline(db: CauNoiDatabase, userId: string): Promise<void> {
  const profile = await db.profiles.get(userId);
  if (profile?.refreshToken) {
    try {
      await apiRequest<undefined>('/auth/sign-out', { body: { refreshToken: profile.refreshToken } });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
  }
  forgetAccessToken(userId);
}
