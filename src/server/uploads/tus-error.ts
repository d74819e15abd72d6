import type { UploadError } from '../../shared/protocol';

/** What tus hooks throw to answer with a status: tus reads `status_code` and `body`; the body is our usual JSON error. */
export class TusError extends Error {
  readonly status_code: number;
  readonly body: string;

  constructor(status: number, readonly code: UploadError | 'unauthenticated' | 'not-found', message: string) {
    super(message);
    this.name = 'TusError';
    this.status_code = status;
    this.body = JSON.stringify({ error: { code, message } });
  }
}

export const tusError = (status: number, code: TusError['code'], message: string) => new TusError(status, code, message);
