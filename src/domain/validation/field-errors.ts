import type { z } from 'zod';

// Validation results are machine codes that double as i18n keys in locales/<lang>/errors.json, each with
// the field path it belongs to, so a form can show every error next to its field. Zod issues carry the
// code as their message: schemas set explicit codes where a rule has its own message, and the map below
// turns zod's built-in issues into generic `common.*` codes.

export type FieldError = { path: string; code: string; params?: Record<string, unknown> };
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export const COMMON_ERRORS = [
  'common.required',
  'common.invalid',
  'common.tooShort',
  'common.tooLong',
  'common.tooFew',
  'common.tooMany',
  'common.tooSmall',
  'common.tooBig',
  'common.invalidOption',
  'common.invalidFormat',
] as const;

/** Per-parse error map: lower precedence than codes set on the schema itself. */
export const fallbackErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined || issue.input === null) return 'common.required';
  switch (issue.code) {
    case 'invalid_type':
      return 'common.invalid';
    case 'too_small':
      return issue.origin === 'string' ? 'common.tooShort' : issue.origin === 'array' ? 'common.tooFew' : 'common.tooSmall';
    case 'too_big':
      return issue.origin === 'string' ? 'common.tooLong' : issue.origin === 'array' ? 'common.tooMany' : 'common.tooBig';
    case 'invalid_value':
      return 'common.invalidOption';
    case 'invalid_format':
      return 'common.invalidFormat';
    default:
      return 'common.invalid';
  }
};

function paramsOf(issue: z.core.$ZodIssue): Record<string, unknown> | undefined {
  if (issue.code === 'custom') return issue.params;
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  return undefined;
}

/** Flattens zod issues to `{ path: 'address.communeCode', code, params? }`. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const params = paramsOf(issue);
    const path = issue.path.map(String).join('.');
    return params && Object.keys(params).length > 0 ? { path, code: issue.message, params } : { path, code: issue.message };
  });
}

/** Parses with the fallback map and returns codes instead of throwing. */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input, { error: fallbackErrorMap });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error) };
}
