import type { FieldError } from '../../../domain/validation/field-errors';
import { RETRYABLE_MUTATION_ERRORS, type MutationErrorCode, type PushResult } from '../../../shared/protocol';

/** What applying one mutation gave, before its mutation id is attached. */
export type Outcome = Omit<PushResult, 'mutationId'>;

export function rejected(entityId: string, code: MutationErrorCode, params?: Record<string, unknown>): Outcome {
  const retryable = RETRYABLE_MUTATION_ERRORS.includes(code);
  return {
    status: 'rejected',
    entityId,
    error: { code, ...(params ? { params } : {}), ...(retryable ? { retryable: true } : {}) },
  };
}

/**
 * A record that fails the domain rules: the first error's code is the reason (the same code the form
 * shows, so the device can say what to fix in the user's language); all of them travel in `params.errors`.
 */
export function rejectedByRules(entityId: string, errors: readonly FieldError[]): Outcome {
  const first = errors[0] ?? { path: '', code: 'common.invalid' };
  return { status: 'rejected', entityId, error: { code: first.code, params: { path: first.path, errors } } };
}

export function isRetryable(outcome: Outcome): boolean {
  return outcome.error?.retryable === true;
}
