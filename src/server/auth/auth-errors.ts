import { ApiError } from '../http/api-error';

// 401 codes tell the client why it must sign in again; the message is for logs and developers, the client
// shows its own translated text for each code.
export const invalidCredentials = () =>
  new ApiError(401, 'invalid-credentials', 'The username or password is wrong.');
export const accountInactive = () => new ApiError(401, 'account-inactive', 'This account has been deactivated.');
export const deviceRevoked = () => new ApiError(401, 'device-revoked', 'This device has been revoked.');
export const invalidRefreshToken = () =>
  new ApiError(401, 'invalid-refresh-token', 'The session is not valid: sign in again.');
export const refreshTokenReused = () =>
  new ApiError(401, 'refresh-token-reused', 'The session was used twice and has been closed: sign in again.');
export const sessionExpired = () => new ApiError(401, 'session-expired', 'The session has expired: sign in again.');
