import { storeAttachment, readAttachment } from '../db/attachments';
import type { CauNoiDatabase } from '../db/database';
import type { HandoverDraft } from '../domain/dossier/handover';
import { apiRequest, ApiError } from '../lib/api';
import { ensureAccessToken } from './session-api';
import { uploadAttachment } from './upload-attachment';

export type CreatedHandover = { code: string; expiresAt: string; direction: 'toCitizen' | 'toStaff' };
export type HandoverConsent = { given: true; language: string };

const pagesOf = (draft: HandoverDraft) => [...new Map(Object.values(draft.documents).flat().map((p) => [p.sha256, p])).values()];

/**
 * Hands a draft to another device (issue 7 §7): its pages are uploaded first (the server refuses a hand-over
 * whose pages it lacks), then the draft; the answer is the one-time code to show as text and QR code.
 */
export async function createHandoverOnline(db: CauNoiDatabase, userId: string, input: { communeCode: string; draft: HandoverDraft; consent?: HandoverConsent }): Promise<CreatedHandover> {
  const token = () => ensureAccessToken(db, userId);
  for (const page of pagesOf(input.draft)) {
    const blob = await readAttachment(db, userId, page.sha256);
    if (!blob) throw new Error(`page ${page.sha256} is not on this device`);
    await uploadAttachment(blob, page, token);
  }
  return apiRequest<CreatedHandover>('/handovers', { body: input, token: await token() });
}

/** Receives a handed-over draft and its pages into this workspace; the pages are checked against their hash. */
export async function claimHandoverOnline(db: CauNoiDatabase, userId: string, code: string): Promise<HandoverDraft> {
  const token = await ensureAccessToken(db, userId);
  const { draft } = await apiRequest<{ draft: HandoverDraft }>('/handovers/claim', { body: { code }, token });
  for (const page of pagesOf(draft)) {
    const response = await fetch(`/api/v1/blobs/${page.sha256}`, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
    if (!response.ok) throw new ApiError(response.status, 'page-download-failed', `page ${page.sha256} could not be downloaded`);
    const stored = await storeAttachment(db, userId, new Blob([await response.arrayBuffer()], { type: page.mime }));
    if (stored.sha256 !== page.sha256) throw new ApiError(0, 'page-corrupt', `page ${page.sha256} arrived damaged`);
  }
  return draft;
}
