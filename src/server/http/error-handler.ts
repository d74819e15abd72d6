import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, type ErrorBody } from './api-error';

// Errors raised by Fastify or a plugin carry only a status: they get a fixed code and message, so no
// framework wording or internal detail reaches the client.
const byStatus: Record<number, { code: string; message: string }> = {
  400: { code: 'bad-request', message: 'The request is malformed.' },
  401: { code: 'unauthenticated', message: 'Sign-in is required.' },
  403: { code: 'forbidden', message: 'You may not do this.' },
  404: { code: 'not-found', message: 'Not found.' },
  405: { code: 'method-not-allowed', message: 'This method is not allowed here.' },
  406: { code: 'not-acceptable', message: 'No acceptable representation.' },
  408: { code: 'request-timeout', message: 'The request took too long.' },
  413: { code: 'payload-too-large', message: 'The request body is too large.' },
  415: { code: 'unsupported-media-type', message: 'The request body must be JSON.' },
  429: { code: 'rate-limited', message: 'Too many requests: wait a minute and try again.' },
};

const byFastifyCode: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid-json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid-json', message: 'The request body is empty.' },
  FST_ERR_BAD_URL: { code: 'bad-url', message: 'The address is not valid.' },
};

/** The application's only error handler: every error leaves as `{ error: { code, message } }`. */
export function handleError(error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = describeError(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: body.error.code, status }, 'request rejected');
  void reply.code(status).type('application/json; charset=utf-8').send(body);
}

function describeError(error: FastifyError | ApiError): { status: number; body: ErrorBody } {
  if (error instanceof ApiError) {
    const { code, message, details } = error;
    return { status: error.statusCode, body: { error: details === undefined ? { code, message } : { code, message, details } } };
  }
  if (error.validation) {
    const details = error.validation.map((issue) => ({ path: issue.instancePath, message: issue.message ?? '' }));
    return { status: 400, body: { error: { code: 'validation-failed', message: 'The request is not valid.', details } } };
  }
  const status = error.statusCode ?? 500;
  const known = byFastifyCode[error.code] ?? byStatus[status];
  if (status >= 400 && status < 500) {
    return { status, body: { error: known ?? { code: 'bad-request', message: 'The request was refused.' } } };
  }
  return { status: 500, body: { error: { code: 'internal-error', message: 'Something went wrong on the server.' } } };
}
