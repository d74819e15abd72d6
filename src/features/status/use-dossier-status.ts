import { apiRequest, ApiError } from '../../lib/api';

/** What anyone holding a receipt may learn about a dossier: no personal data, only its progress. */
export type PublicDossierStatus = {
  code: string;
  procedureCode: string;
  status: string;
  receivedAt?: string;
  expectedResultDate?: string;
  updatedAt: string;
};

const RECENT_KEY = 'caunoi.status.recent';

export type LookupResult =
  | { kind: 'found'; status: PublicDossierStatus; checkedAt: string; fromCache: boolean }
  | { kind: 'notFound' }
  | { kind: 'offline'; cached?: { status: PublicDossierStatus; checkedAt: string } };

function readRecent(): Record<string, { status: PublicDossierStatus; checkedAt: string }> {
  try {
    return JSON.parse(localStorage.getItem(RECENT_KEY) ?? '{}') as Record<string, { status: PublicDossierStatus; checkedAt: string }>;
  } catch {
    return {};
  }
}

/** A receipt's QR code may carry the bare code or a signed paper; the code is what is looked up. */
export function codeFromScan(text: string): string {
  const trimmed = text.trim();
  try {
    const parsed = JSON.parse(trimmed) as { code?: unknown; ref?: unknown };
    if (typeof parsed.code === 'string') return parsed.code;
    if (typeof parsed.ref === 'string') return parsed.ref;
  } catch {
    // Not JSON: the text is the code itself.
  }
  return trimmed;
}

/**
 * Looks a dossier up on the server; the last answer for each code is kept on the phone, so with no
 * network the person still sees the last known status and when it was checked.
 */
export async function lookUpDossier(rawCode: string): Promise<LookupResult> {
  const code = rawCode.trim().toUpperCase();
  const recent = readRecent();
  try {
    const { dossier } = await apiRequest<{ dossier: PublicDossierStatus }>(`/public/dossier-status?code=${encodeURIComponent(code)}`);
    const checkedAt = new Date().toISOString();
    try {
      localStorage.setItem(RECENT_KEY, JSON.stringify({ ...recent, [code]: { status: dossier, checkedAt } }));
    } catch {
      // Storage full: the answer is still shown.
    }
    return { kind: 'found', status: dossier, checkedAt, fromCache: false };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return { kind: 'notFound' };
    const cached = recent[code];
    return { kind: 'offline', ...(cached ? { cached } : {}) };
  }
}
