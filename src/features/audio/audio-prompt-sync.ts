import type { CauNoiDatabase } from '../../db/database';
import { applyManifest, forgetLanguagePrompts, hasClip, listPendingPrompts, markPromptRefused, markPromptSent, readClip, saveClip } from '../../db/audio-prompts';
import { noteLanguageUsed } from '../../domain/i18n/audio-languages';
import { ApiError, apiRequest } from '../../lib/api';
import { sha256Hex } from '../../lib/hash';
import { promptAudioChanged } from '../../lib/prompt-audio';
import { audioManifest, audioPrompt } from '../../shared/audio-prompts';
import { ensureAccessToken } from '../../sync/session-api';

// Recordings reach a device as a per-language manifest (ETag, a 304 when unchanged) and files fetched by their
// hash, kept in IndexedDB next to the rest of the device's data. Why IndexedDB and not Cache Storage: the
// manifest and the bytes change together in one transaction (a prompt never points at a missing file), a
// recording made here waits in the same store until it is sent, playback goes through a blob: URL that needs no
// service worker (first visit, development, an update in progress), and the wipe of a lost tablet
// (db/wipe-device.ts) removes it with everything else.

const LANGUAGES_KEY = 'audio:languages';
const versionKey = (language: string) => `audio:version:${language}`;

export async function readAudioLanguages(db: CauNoiDatabase): Promise<string[]> {
  const value = (await db.meta.get(LANGUAGES_KEY))?.value;
  return Array.isArray(value) ? value.filter((l): l is string => typeof l === 'string') : [];
}

/** The language was chosen here: its recordings are kept from now on; the least recent beyond the bound go. */
export async function noteAudioLanguage(db: CauNoiDatabase, language: string): Promise<void> {
  const { inUse, dropped } = noteLanguageUsed(await readAudioLanguages(db), language);
  await db.meta.put({ key: LANGUAGES_KEY, value: inUse });
  for (const gone of dropped) {
    await forgetLanguagePrompts(db, gone);
    await db.meta.delete(versionKey(gone));
  }
  if (dropped.length > 0) promptAudioChanged();
}

async function downloadClip(sha256: string, mime: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/audio-files/${sha256}`);
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new ApiError(response.status, `http-${response.status}`, response.statusText);
  const blob = await response.blob();
  // The address is the content: bytes that do not hash to it (a broken transfer) are not kept.
  if ((await sha256Hex(blob)) !== sha256) throw new ApiError(0, 'hash-mismatch', `audio ${sha256} arrived damaged (${mime})`);
  return blob.arrayBuffer();
}

/** Brings a language's recordings up to date on this device; true when something changed. Quiet offline. */
export async function refreshAudioPrompts(db: CauNoiDatabase, language: string): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  const stored = (await db.meta.get(versionKey(language)))?.value;
  let body: unknown;
  try {
    body = await apiRequest<unknown>(`/audio-prompts/${encodeURIComponent(language)}`, {
      headers: typeof stored === 'string' ? { 'if-none-match': `"${stored}"` } : {},
    });
  } catch (error) {
    // 304 (unchanged), offline, or a language the server does not know: what is here stays.
    if (error instanceof ApiError) return false;
    throw error;
  }
  const manifest = audioManifest.safeParse(body);
  if (!manifest.success) return false;
  let complete = true;
  for (const prompt of manifest.data.prompts) {
    if (await hasClip(db, prompt.sha256)) continue;
    try {
      await saveClip(db, { sha256: prompt.sha256, mime: prompt.mime, bytes: await downloadClip(prompt.sha256, prompt.mime) });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // The others are still worth having on a weak link; this one is fetched again next time.
      complete = false;
    }
  }
  await applyManifest(db, language, manifest.data.prompts);
  if (complete) await db.meta.put({ key: versionKey(language), value: manifest.data.version });
  promptAudioChanged();
  return true;
}

/**
 * Sends what was recorded or deleted here by `userId` (their session authorises it). A recording the server
 * refuses (4xx) is marked so and not sent again: the recorder screen asks for a new one.
 */
export async function sendPendingPrompts(db: CauNoiDatabase, userId: string): Promise<void> {
  const pending = (await listPendingPrompts(db)).filter((p) => p.ownerUserId === userId && !p.error);
  for (const prompt of pending) {
    const path = `/audio-prompts/${encodeURIComponent(prompt.language)}/${encodeURIComponent(prompt.key)}`;
    const token = await ensureAccessToken(db, userId);
    try {
      if (prompt.state === 'delete') {
        await apiRequest(path, { method: 'DELETE', token }).catch((error: unknown) => {
          // Already gone on the server: the deletion is done all the same.
          if (!(error instanceof ApiError && error.status === 404)) throw error;
        });
        await markPromptSent(db, prompt, prompt.recordedAt);
      } else {
        const clip = await readClip(db, prompt.sha256);
        if (!clip) continue;
        const answer = audioPrompt.parse(await apiRequest<unknown>(`${path}?durationMs=${prompt.durationMs}`, {
          method: 'PUT', token, rawBody: clip.bytes, headers: { 'content-type': prompt.mime },
        }));
        await markPromptSent(db, prompt, answer.recordedAt);
      }
    } catch (error) {
      if (!(error instanceof ApiError) || error.isNetwork || error.status === 401 || error.status >= 500) throw error;
      await markPromptRefused(db, prompt.language, prompt.key, error.code);
    }
  }
  if (pending.length > 0) promptAudioChanged();
}

