// The life of a dossier. A draft goes into the outbox when submitted; the server records it as
// received and assigns the official code; staff process it, may ask for more papers (the request
// names what is missing and why), and end with a result handed back or a refusal with its reason
// (the police CT05/CT06 forms of ../shared/reference/dossier-code-and-receipt.md work the same way).

// `toCheck` (issue 7 §7): a draft a citizen prepared on their own phone, waiting for commune staff to check it;
// only their acceptance (`acceptCheck`) numbers it and starts the statutory clock.
export const DOSSIER_STATUSES = [
  'draft', 'submitted', 'toCheck', 'received', 'inProcessing', 'needsSupplement', 'resultReady', 'returned', 'refused',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIER_EVENTS = [
  'submit', 'submissionRejected', 'receive', 'receiveForCheck', 'acceptCheck', 'startProcessing', 'requestSupplement', 'supplement',
  'markResultReady', 'returnResult', 'refuse',
] as const;
export type DossierEvent = (typeof DOSSIER_EVENTS)[number];

export type TransitionContext = {
  reason?: string;
  missingItems?: readonly string[];
  /** After a supplement: back to reception (asked at the desk) or to processing (asked by the officer). */
  resumeAt?: 'received' | 'inProcessing';
};

export const TRANSITION_ERRORS = [
  'dossier.illegalTransition', 'dossier.reasonRequired', 'dossier.missingItemsRequired', 'dossier.resumeAtRequired',
] as const;
export type TransitionError = (typeof TRANSITION_ERRORS)[number];
export type TransitionResult = { ok: true; status: DossierStatus } | { ok: false; error: TransitionError };

const RULES: Record<DossierEvent, { from: readonly DossierStatus[]; to: DossierStatus | 'resumeAt' }> = {
  submit: { from: ['draft'], to: 'submitted' },
  // The server refused the packet itself (bad data): it comes back to be corrected instead of blocking the outbox.
  submissionRejected: { from: ['submitted'], to: 'draft' },
  receive: { from: ['submitted'], to: 'received' },
  receiveForCheck: { from: ['submitted'], to: 'toCheck' },
  acceptCheck: { from: ['toCheck'], to: 'received' },
  startProcessing: { from: ['received'], to: 'inProcessing' },
  requestSupplement: { from: ['received', 'inProcessing'], to: 'needsSupplement' },
  supplement: { from: ['needsSupplement'], to: 'resumeAt' },
  markResultReady: { from: ['inProcessing'], to: 'resultReady' },
  returnResult: { from: ['resultReady'], to: 'returned' },
  refuse: { from: ['toCheck', 'received', 'inProcessing', 'needsSupplement'], to: 'refused' },
};

const hasText = (s: string | undefined) => s !== undefined && s.trim().length > 0;

export function transition(current: DossierStatus, event: DossierEvent, context: TransitionContext = {}): TransitionResult {
  const rule = RULES[event];
  if (!rule.from.includes(current)) return { ok: false, error: 'dossier.illegalTransition' };
  if ((event === 'refuse' || event === 'requestSupplement' || event === 'submissionRejected') && !hasText(context.reason)) {
    return { ok: false, error: 'dossier.reasonRequired' };
  }
  if (event === 'requestSupplement' && !(context.missingItems ?? []).some(hasText)) {
    return { ok: false, error: 'dossier.missingItemsRequired' };
  }
  if (rule.to === 'resumeAt') {
    return context.resumeAt ? { ok: true, status: context.resumeAt } : { ok: false, error: 'dossier.resumeAtRequired' };
  }
  return { ok: true, status: rule.to };
}

/** Events a status accepts, for the buttons a screen offers. */
export function allowedEvents(current: DossierStatus): DossierEvent[] {
  return DOSSIER_EVENTS.filter((e) => RULES[e].from.includes(current));
}

export function isFinalStatus(status: DossierStatus): boolean {
  return allowedEvents(status).length === 0;
}
