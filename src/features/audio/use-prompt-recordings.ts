import { useCallback } from 'react';
import { markPromptDeleted, saveLocalRecording } from '../../db/audio-prompts';
import { getDatabase } from '../../db/database';
import { sha256Hex } from '../../lib/hash';
import { promptAudioChanged } from '../../lib/prompt-audio';
import { useSession } from '../../lib/session';
import { syncAudioPrompts } from './install-audio-prompts';
import type { Recorded } from './use-recorder';

/** Keeping and deleting recordings: on this device at once (so it works offline), sent when the server is reachable. */
export function usePromptRecordings(language: string) {
  const userId = useSession((s) => s.user?.userId);

  const keep = useCallback(async (key: string, recording: Recorded) => {
    if (!userId) return;
    const db = getDatabase();
    const bytes = await recording.blob.arrayBuffer();
    await saveLocalRecording(db, {
      language, key, sha256: await sha256Hex(recording.blob), mime: recording.mime, durationMs: recording.durationMs,
      recordedAt: new Date().toISOString(), ownerUserId: userId,
    }, bytes);
    promptAudioChanged();
    void syncAudioPrompts(db);
  }, [language, userId]);

  const remove = useCallback(async (key: string) => {
    if (!userId) return;
    const db = getDatabase();
    await markPromptDeleted(db, language, key, userId);
    promptAudioChanged();
    void syncAudioPrompts(db);
  }, [language, userId]);

  return { keep, remove };
}
