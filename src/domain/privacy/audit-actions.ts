// What the audit log of citizens' data records (issue 8 §4): every view of a full profile and every change,
// who did it and when, and which fields — never the values of sensitive fields (data-protection.md).

export const AUDIT_ACTIONS = [
  'view-profile', 'create', 'change', 'delete', 'consent-withdrawn', 'export', 'request-recorded', 'request-completed',
  'deletion-requested', 'deleted',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
