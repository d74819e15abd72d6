// Machine codes of the sync protocol. The client shows its own translated text for each (locales/<lang>/
// errors.json), never the server's wording. Codes from the domain (e.g. `citizenId.birthYearMismatch`,
// `fullName.tooShort`) also appear as mutation rejections: they are the same codes the form shows.

/** Whole-request failures, with the HTTP status the server answers. */
export const SYNC_REQUEST_ERRORS = {
  'validation-failed': 400,
  'invalid-gzip': 400,
  'cursor-invalid': 400,
  'device-mismatch': 403,
  'protocol-version-unsupported': 409,
  'payload-too-large': 413,
  'unsupported-content-encoding': 415,
} as const;
export type SyncRequestError = keyof typeof SYNC_REQUEST_ERRORS;

/** Why one mutation was rejected (the rest of its batch is unaffected). */
export const MUTATION_ERRORS = [
  /** The record (or its new commune) is outside the communes the user is assigned to. */
  'forbidden-commune',
  /** Attachments the server does not have yet; params.missing lists their SHA-256. Upload, then resend. */
  'attachment-missing',
  /** A dossier names a citizen the server does not have (yet). Push the citizen, then resend. */
  'citizen-missing',
  /** Another citizen in the same province already has this ID number; params.citizenId names it. */
  'citizen-id-taken',
  /** The record was deleted on the server; the edit is not applied. */
  'record-deleted',
  /** Fields this entity does not have; params.fields lists them. */
  'field-unknown',
  /** `fields.id` differs from `entityId`. */
  'entity-id-mismatch',
  /** This entity cannot be deleted by a device (dossiers). */
  'delete-not-allowed',
  /** The dossier is closed (result returned or refused): it no longer takes changes. */
  'dossier-closed',
  /** The dossier's procedure is not in the server's catalog. */
  'procedure-unknown',
  /** The province in the address is not the commune's province. */
  'address-province-mismatch',
] as const;
export type MutationErrorCode = (typeof MUTATION_ERRORS)[number];

/**
 * Rejections caused by something missing that the device can supply. The server does not record them, so
 * the same mutation (same id) is sent again once it is fixed; every other rejection is final and is answered
 * the same way on every replay.
 */
export const RETRYABLE_MUTATION_ERRORS: readonly MutationErrorCode[] = ['attachment-missing', 'citizen-missing'];

/** tus upload failures (response body `{ error: { code, message } }`). */
export const UPLOAD_ERRORS = {
  'upload-metadata-invalid': 400,
  'mime-not-allowed': 415,
  'hash-mismatch': 460,
  'upload-too-large': 413,
} as const;
export type UploadError = keyof typeof UPLOAD_ERRORS;
