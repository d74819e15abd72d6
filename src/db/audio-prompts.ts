import type { CauNoiDatabase } from './database';

/**
 * Which recording plays for (language, text key) on this device. `synced`: as the server's manifest last said.
 * `upload`: recorded here, not sent yet (it plays here already). `delete`: deleted here, the server not told yet
 * (it no longer plays). A pending row is never overwritten by a manifest: the newer local intent wins until sent.
 */
export type StoredAudioPrompt = {
  language: string;
  key: string;
  sha256: string;
  mime: string;
  durationMs: number;
  recordedAt: string;
  state: 'synced' | 'upload' | 'delete';
  /** Who recorded or deleted it here: their session sends it. */
  ownerUserId?: string;
  /** The server's machine code when it refused the recording: it is not sent again, the recorder asks for another. */
  error?: string;
};

/** A recording's bytes, stored once however many prompts use it. ArrayBuffer: every IndexedDB stores it as is. */
export type StoredAudioClip = { sha256: string; mime: string; bytes: ArrayBuffer };

// Reached by name: the stores are declared in schema-versions.ts (version 6).
const prompts = (db: CauNoiDatabase) => db.table<StoredAudioPrompt, [string, string]>('audioPrompts');
const clips = (db: CauNoiDatabase) => db.table<StoredAudioClip, string>('audioClips');

/** The recording that plays for (language, key) here, if any. */
export async function findPlayableClip(db: CauNoiDatabase, language: string, key: string): Promise<StoredAudioClip | undefined> {
  const prompt = await prompts(db).get([language, key]);
  if (!prompt || prompt.state === 'delete') return undefined;
  return clips(db).get(prompt.sha256);
}

export function listLanguagePrompts(db: CauNoiDatabase, language: string): Promise<StoredAudioPrompt[]> {
  return prompts(db).where('language').equals(language).toArray();
}

export function readClip(db: CauNoiDatabase, sha256: string): Promise<StoredAudioClip | undefined> {
  return clips(db).get(sha256);
}

export async function hasClip(db: CauNoiDatabase, sha256: string): Promise<boolean> {
  return (await clips(db).where('sha256').equals(sha256).count()) > 0;
}

/** A clip downloaded for a manifest; it stays only if a prompt uses it when the manifest is applied. */
export async function saveClip(db: CauNoiDatabase, clip: StoredAudioClip): Promise<void> {
  await clips(db).put(clip);
}

/** A recording kept on this device: it plays at once, and waits here until the server has it. */
export async function saveLocalRecording(db: CauNoiDatabase, prompt: Omit<StoredAudioPrompt, 'state'>, bytes: ArrayBuffer): Promise<void> {
  await db.transaction('rw', prompts(db), clips(db), async () => {
    const previous = await prompts(db).get([prompt.language, prompt.key]);
    await clips(db).put({ sha256: prompt.sha256, mime: prompt.mime, bytes });
    await prompts(db).put({ ...prompt, state: 'upload' });
    if (previous && previous.sha256 !== prompt.sha256) await dropUnusedClips(db, [previous.sha256]);
  });
}

/** Deleted here: silent at once, and the server is told when it can be reached. */
export async function markPromptDeleted(db: CauNoiDatabase, language: string, key: string, ownerUserId: string): Promise<void> {
  await db.transaction('rw', prompts(db), clips(db), async () => {
    const previous = await prompts(db).get([language, key]);
    if (!previous) return;
    await prompts(db).put({ ...previous, state: 'delete', ownerUserId });
    await dropUnusedClips(db, [previous.sha256]);
  });
}

export function listPendingPrompts(db: CauNoiDatabase): Promise<StoredAudioPrompt[]> {
  return prompts(db).where('state').anyOf('upload', 'delete').toArray();
}

/** The server has the recording; unless it was recorded again meanwhile, it is now the synced one. */
export async function markPromptSent(db: CauNoiDatabase, sent: StoredAudioPrompt, recordedAt: string): Promise<void> {
  await db.transaction('rw', prompts(db), async () => {
    const current = await prompts(db).get([sent.language, sent.key]);
    if (current?.state !== sent.state || current.sha256 !== sent.sha256) return;
    if (sent.state === 'delete') await prompts(db).delete([sent.language, sent.key]);
    else await prompts(db).put({ ...current, state: 'synced', recordedAt, ownerUserId: undefined });
  });
}

export async function markPromptRefused(db: CauNoiDatabase, language: string, key: string, code: string): Promise<void> {
  await prompts(db).update([language, key], { error: code });
}

export type ManifestPrompt = Pick<StoredAudioPrompt, 'key' | 'sha256' | 'mime' | 'durationMs' | 'recordedAt'>;

/**
 * Makes the language's synced prompts those of the manifest (pending ones stay), in one transaction, and drops
 * the clips nothing uses any more. Only prompts whose clip is on the device are applied: `available` says which.
 */
export async function applyManifest(db: CauNoiDatabase, language: string, manifest: readonly ManifestPrompt[]): Promise<void> {
  await db.transaction('rw', prompts(db), clips(db), async () => {
    const current = new Map((await listLanguagePrompts(db, language)).map((p) => [p.key, p]));
    const next = new Set(manifest.map((p) => p.key));
    const released: string[] = [];
    for (const [key, prompt] of current) {
      if (prompt.state !== 'synced' || next.has(key)) continue;
      released.push(prompt.sha256);
      await prompts(db).delete([language, key]);
    }
    for (const prompt of manifest) {
      const local = current.get(prompt.key);
      // A pending local recording or deletion wins until it is sent; a clip not downloaded yet keeps the old one.
      if ((local && local.state !== 'synced') || !(await hasClip(db, prompt.sha256))) continue;
      if (local && local.sha256 !== prompt.sha256) released.push(local.sha256);
      await prompts(db).put({ ...prompt, language, state: 'synced' });
    }
    await dropUnusedClips(db, released);
  });
}

/** A language no longer in use here: its recordings go, except those still waiting to be sent. */
export async function forgetLanguagePrompts(db: CauNoiDatabase, language: string): Promise<void> {
  await db.transaction('rw', prompts(db), clips(db), async () => {
    const synced = (await listLanguagePrompts(db, language)).filter((p) => p.state === 'synced');
    await prompts(db).bulkDelete(synced.map((p): [string, string] => [language, p.key]));
    await dropUnusedClips(db, synced.map((p) => p.sha256));
  });
}

/** Clips among `candidates` that no prompt row uses any more (a recording can serve several keys). */
async function dropUnusedClips(db: CauNoiDatabase, candidates: readonly string[]): Promise<void> {
  if (candidates.length === 0) return;
  const used = new Set((await prompts(db).toArray()).filter((p) => p.state !== 'delete').map((p) => p.sha256));
  await clips(db).bulkDelete([...new Set(candidates)].filter((sha) => !used.has(sha)));
}
