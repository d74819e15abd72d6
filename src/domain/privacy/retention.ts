// Drafts typed on a tablet and never submitted hold personal data with no purpose left: they are deleted
// after a retention period an administrator sets (issue 8 §4), 90 days unless set otherwise.

export const DRAFT_RETENTION = { defaultDays: 90, minDays: 1, maxDays: 730 } as const;

export function isValidRetentionDays(days: unknown): days is number {
  return typeof days === 'number' && Number.isInteger(days) && days >= DRAFT_RETENTION.minDays && days <= DRAFT_RETENTION.maxDays;
}
