import { getDatabase } from '../../db/database';
import { ApiError, apiRequest, type RequestOptions } from '../../lib/api';
import { useSession } from '../../lib/session';
import { ensureAccessToken } from '../../sync/session-api';

/** Administration is online: every call carries the signed-in admin's token. */
export async function adminRequest<T>(path: string, options: Omit<RequestOptions, 'token'> = {}): Promise<T> {
  const user = useSession.getState().user;
  if (!user) throw new ApiError(401, 'signed-out', 'Nobody is signed in');
  return apiRequest<T>(path, { ...options, token: await ensureAccessToken(getDatabase(), user.userId) });
}

/** The message key for a failed call: offline first, then the server's code. */
export const problemKey = (error: unknown) => (error instanceof ApiError ? (error.isNetwork ? 'network' : error.code) : 'generic');
