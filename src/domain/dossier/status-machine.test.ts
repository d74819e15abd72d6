import { describe, it, expect } from 'vitest';
import { allowedEvents, DOSSIER_EVENTS, DOSSIER_STATUSES, isFinalStatus, transition } from './status-machine';
import type { DossierEvent, DossierStatus, TransitionContext } from './status-machine';

// Every legal pair, with a context that satisfies it, and the status it leads to.
const LEGAL: Array<[DossierStatus, DossierEvent, TransitionContext, DossierStatus]> = [
  ['draft', 'submit', {}, 'submitted'],
  ['submitted', 'submissionRejected', { reason: 'Thiếu ngày sinh' }, 'draft'],
  ['submitted', 'receive', {}, 'received'],
  ['submitted', 'receiveForCheck', {}, 'toCheck'],
  ['toCheck', 'acceptCheck', {}, 'received'],
  ['toCheck', 'refuse', { reason: 'Không phải người nộp' }, 'refused'],
  ['received', 'startProcessing', {}, 'inProcessing'],
  ['received', 'requestSupplement', { reason: 'Ảnh mờ', missingItems: ['birthCertificate'] }, 'needsSupplement'],
  ['inProcessing', 'requestSupplement', { reason: 'Thiếu giấy', missingItems: ['deathNotice'] }, 'needsSupplement'],
  ['needsSupplement', 'supplement', { resumeAt: 'received' }, 'received'],
  ['needsSupplement', 'supplement', { resumeAt: 'inProcessing' }, 'inProcessing'],
  ['inProcessing', 'markResultReady', {}, 'resultReady'],
  ['resultReady', 'returnResult', {}, 'returned'],
  ['received', 'refuse', { reason: 'Không thuộc thẩm quyền' }, 'refused'],
  ['inProcessing', 'refuse', { reason: 'Không đủ điều kiện' }, 'refused'],
  ['needsSupplement', 'refuse', { reason: 'Quá hạn bổ sung' }, 'refused'],
];

const FULL_CONTEXT: TransitionContext = { reason: 'lý do', missingItems: ['x'], resumeAt: 'inProcessing' };

describe('transition', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, event, context, to) => {
    expect(transition(from, event, context)).toEqual({ ok: true, status: to });
  });

  it('refuses every other status/event pair, whatever the context', () => {
    const legal = new Set(LEGAL.map(([from, event]) => `${from}/${event}`));
    let illegal = 0;
    for (const from of DOSSIER_STATUSES) {
      for (const event of DOSSIER_EVENTS) {
        if (legal.has(`${from}/${event}`)) continue;
        illegal += 1;
        expect(transition(from, event, FULL_CONTEXT), `${from}/${event}`).toEqual({ ok: false, error: 'dossier.illegalTransition' });
      }
    }
    expect(illegal).toBe(DOSSIER_STATUSES.length * DOSSIER_EVENTS.length - legal.size);
  });

  it('requires a reason to refuse, reject or ask for papers', () => {
    expect(transition('inProcessing', 'refuse')).toEqual({ ok: false, error: 'dossier.reasonRequired' });
    expect(transition('inProcessing', 'refuse', { reason: '   ' })).toEqual({ ok: false, error: 'dossier.reasonRequired' });
    expect(transition('submitted', 'submissionRejected')).toEqual({ ok: false, error: 'dossier.reasonRequired' });
    expect(transition('received', 'requestSupplement', { missingItems: ['x'] })).toEqual({ ok: false, error: 'dossier.reasonRequired' });
  });

  it('requires the missing items when asking for a supplement', () => {
    expect(transition('received', 'requestSupplement', { reason: 'Thiếu giấy' })).toEqual({ ok: false, error: 'dossier.missingItemsRequired' });
    expect(transition('received', 'requestSupplement', { reason: 'Thiếu giấy', missingItems: [' '] })).toEqual({
      ok: false,
      error: 'dossier.missingItemsRequired',
    });
  });

  it('requires where a supplemented dossier resumes', () => {
    expect(transition('needsSupplement', 'supplement')).toEqual({ ok: false, error: 'dossier.resumeAtRequired' });
  });
});

describe('allowedEvents', () => {
  it('matches the legal pairs and ends at returned and refused', () => {
    for (const status of DOSSIER_STATUSES) {
      const expected = [...new Set(LEGAL.filter(([from]) => from === status).map(([, e]) => e))].sort();
      expect(allowedEvents(status).sort()).toEqual(expected);
    }
    expect(DOSSIER_STATUSES.filter(isFinalStatus)).toEqual(['returned', 'refused']);
  });
});
