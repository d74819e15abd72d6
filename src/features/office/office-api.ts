import { getDatabase } from '../../db/database';
import { ApiError, apiRequest, type RequestOptions } from '../../lib/api';
import { useSession } from '../../lib/session';
import { ensureAccessToken } from '../../sync/session-api';

// The back office is online: every screen asks the commune server with the signed-in officer's token.

async function token(): Promise<string> {
  const user = useSession.getState().user;
  if (!user) throw new ApiError(401, 'signed-out', 'Nobody is signed in');
  return ensureAccessToken(getDatabase(), user.userId);
}

export async function officeRequest<T>(path: string, options: Omit<RequestOptions, 'token'> = {}): Promise<T> {
  return apiRequest<T>(path, { ...options, token: await token() });
}

/** A file the API serves (a document photo, the CSV), as a Blob. */
export async function officeFile(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { headers: { authorization: `Bearer ${await token()}` }, cache: 'no-store' });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new ApiError(response.status, `http-${response.status}`, response.statusText);
  return response.blob();
}
