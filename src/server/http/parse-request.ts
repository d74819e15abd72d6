import type { z } from 'zod';
import { ApiError } from './api-error';

export type FieldIssue = { path: string; message: string };

/** Validates a request body (or query) with a zod schema; a mismatch is a 400 `validation-failed`. */
export function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const details: FieldIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  throw new ApiError(400, 'validation-failed', 'The request is not valid.', details);
}

export const parseQuery = parseBody;
