import { createHash } from 'node:crypto';
import { ApiError } from '../../http/api-error';

// A pull cursor is `<last seq>.<scope>`, opaque to the device. The scope is a short hash of the communes
// the user served when the cursor was made: when they change (a commune added), the old cursor no longer
// fits and the pull starts from the beginning, so records of the new commune that changed long ago arrive.

const CURSOR_PATTERN = /^(\d{1,15})\.([0-9a-f]{8})$/;

export function communeScope(communeCodes: Iterable<string>): string {
  return createHash('sha256').update([...communeCodes].sort().join(',')).digest('hex').slice(0, 8);
}

export function encodeCursor(seq: number, scope: string): string {
  return `${seq}.${scope}`;
}

/** The seq to read after: 0 for '' or a cursor made for other communes. */
export function decodeCursor(cursor: string, scope: string): number {
  if (cursor === '') return 0;
  const match = CURSOR_PATTERN.exec(cursor);
  if (!match) throw new ApiError(400, 'cursor-invalid', 'The cursor is not one this server made.');
  return match[2] === scope ? Number(match[1]) : 0;
}
