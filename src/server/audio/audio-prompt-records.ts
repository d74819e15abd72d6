import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AudioManifest, AudioMime, AudioPrompt } from '../../shared/audio-prompts';
import type { Database } from '../db/schema';

export type AudioPromptsTable = {
  language: string;
  key: string;
  sha256: string;
  mime: string;
  duration_ms: number;
  recorded_by: string | null;
  recorded_at: string;
};
/** The table of migration 0015, seen through `db.withTables` so that this feature keeps its types to itself. */
export type AudioPromptTables = { audio_prompts: AudioPromptsTable };
export type AudioDb = Kysely<Database & AudioPromptTables>;

const EMPTY_VERSION = '0';

const toPrompt = (row: Pick<AudioPromptsTable, 'key' | 'sha256' | 'mime' | 'duration_ms' | 'recorded_at'>): AudioPrompt => ({
  key: row.key, sha256: row.sha256, mime: row.mime as AudioMime, durationMs: row.duration_ms, recordedAt: row.recorded_at,
});

/** The version is a digest of what a device keeps (key → file), so it is the same on every server. */
function versionOf(prompts: readonly AudioPrompt[]): string {
  if (prompts.length === 0) return EMPTY_VERSION;
  return createHash('sha256').update(JSON.stringify(prompts.map((p) => [p.key, p.sha256, p.durationMs]))).digest('hex').slice(0, 16);
}

export async function readManifest(db: AudioDb, language: string): Promise<AudioManifest> {
  const rows = await db.selectFrom('audio_prompts').select(['key', 'sha256', 'mime', 'duration_ms', 'recorded_at'])
    .where('language', '=', language).orderBy('key').execute();
  const prompts = rows.map(toPrompt);
  return { language, version: versionOf(prompts), prompts };
}

export type SavePrompt = { language: string; key: string; sha256: string; mime: AudioMime; durationMs: number; userId: string; at: string };

/** Replaces the recording of (language, key); the last recording kept wins, as with any re-recording. */
export async function savePrompt(db: AudioDb, prompt: SavePrompt): Promise<AudioPrompt> {
  const row = {
    language: prompt.language, key: prompt.key, sha256: prompt.sha256, mime: prompt.mime,
    duration_ms: prompt.durationMs, recorded_by: prompt.userId, recorded_at: prompt.at,
  };
  await db.insertInto('audio_prompts').values(row)
    .onConflict((oc) => oc.columns(['language', 'key']).doUpdateSet({
      sha256: prompt.sha256, mime: prompt.mime, duration_ms: prompt.durationMs, recorded_by: prompt.userId, recorded_at: prompt.at,
    }))
    .execute();
  return toPrompt(row);
}

export async function findPrompt(db: AudioDb, language: string, key: string): Promise<AudioPrompt | undefined> {
  const row = await db.selectFrom('audio_prompts').select(['key', 'sha256', 'mime', 'duration_ms', 'recorded_at'])
    .where('language', '=', language).where('key', '=', key).executeTakeFirst();
  return row ? toPrompt(row) : undefined;
}

/** True when a row was removed. */
export async function deletePrompt(db: AudioDb, language: string, key: string): Promise<boolean> {
  const result = await db.deleteFrom('audio_prompts').where('language', '=', language).where('key', '=', key).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The MIME type of a recording some prompt uses; undefined for any other blob (a photo must never be served here). */
export async function findPromptFile(db: AudioDb, sha256: string): Promise<{ mime: string; size: number } | undefined> {
  return db.selectFrom('audio_prompts').innerJoin('blobs', 'blobs.sha256', 'audio_prompts.sha256')
    .select(['audio_prompts.mime', 'blobs.size']).where('audio_prompts.sha256', '=', sha256).limit(1).executeTakeFirst();
}
