/** The one JSON error shape the API answers with: a short machine code and a short human message. */
export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** An error meant for the client: its status, code and message are sent as they are. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const unauthenticated = (message = 'Sign-in is required.') => new ApiError(401, 'unauthenticated', message);
export const forbidden = (message = 'You may not do this.') => new ApiError(403, 'forbidden', message);
export const notFound = (message = 'Not found.') => new ApiError(404, 'not-found', message);
