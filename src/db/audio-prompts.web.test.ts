import { describe, expect, it } from 'vitest';
import {
  applyManifest, findPlayableClip, forgetLanguagePrompts, listLanguagePrompts, listPendingPrompts, markPromptDeleted, markPromptSent,
  readClip, saveClip, saveLocalRecording, type ManifestPrompt,
} from './audio-prompts';
import { CauNoiDatabase } from './database';

const newDb = () => new CauNoiDatabase(`audio-${crypto.randomUUID()}`);
const bytes = (n: number) => new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, n]).buffer;
const served = (key: string, sha256: string): ManifestPrompt => ({ key, sha256, mime: 'audio/webm', durationMs: 2000, recordedAt: '2026-05-01T00:00:00.000Z' });
const KEY = 'citizen:form.fullName';

async function download(db: CauNoiDatabase, sha256: string, n: number) {
  await saveClip(db, { sha256, mime: 'audio/webm', bytes: bytes(n) });
}

describe('recordings kept on the device', () => {
  it('applies a manifest: adds what it lists with its file, removes what it no longer lists, and drops unused files', async () => {
    const db = newDb();
    await download(db, 'a', 1);
    await download(db, 'b', 2);
    await applyManifest(db, 'mtq', [served(KEY, 'a'), served('common:home.title', 'b')]);
    expect((await findPlayableClip(db, 'mtq', KEY))?.sha256).toBe('a');
    expect(await findPlayableClip(db, 'tmm', KEY)).toBeUndefined();

    await applyManifest(db, 'mtq', [served(KEY, 'a')]);
    expect(await findPlayableClip(db, 'mtq', 'common:home.title')).toBeUndefined();
    expect(await readClip(db, 'b')).toBeUndefined();
    expect(await readClip(db, 'a')).toBeDefined();
  });

  it('keeps the old recording while the new file is not downloaded yet', async () => {
    const db = newDb();
    await download(db, 'a', 1);
    await applyManifest(db, 'mtq', [served(KEY, 'a')]);
    await applyManifest(db, 'mtq', [served(KEY, 'c')]);
    expect((await findPlayableClip(db, 'mtq', KEY))?.sha256).toBe('a');
    await download(db, 'c', 3);
    await applyManifest(db, 'mtq', [served(KEY, 'c')]);
    expect((await findPlayableClip(db, 'mtq', KEY))?.sha256).toBe('c');
    expect(await readClip(db, 'a')).toBeUndefined();
  });

  it('plays a recording made here at once, and no manifest overwrites it until it is sent', async () => {
    const db = newDb();
    await download(db, 'a', 1);
    await applyManifest(db, 'mtq', [served(KEY, 'a')]);
    await saveLocalRecording(db, { language: 'mtq', key: KEY, sha256: 'local', mime: 'audio/webm', durationMs: 1500, recordedAt: 'now', ownerUserId: 'u1' }, bytes(9));
    expect((await findPlayableClip(db, 'mtq', KEY))?.sha256).toBe('local');
    expect(await readClip(db, 'a')).toBeUndefined();

    await download(db, 'a', 1);
    await applyManifest(db, 'mtq', [served(KEY, 'a')]);
    expect((await findPlayableClip(db, 'mtq', KEY))?.sha256).toBe('local');
    const [pending] = await listPendingPrompts(db);
    expect(pending).toMatchObject({ key: KEY, state: 'upload', ownerUserId: 'u1' });

    await markPromptSent(db, pending!, '2026-05-02T00:00:00.000Z');
    expect(await listPendingPrompts(db)).toEqual([]);
    expect((await listLanguagePrompts(db, 'mtq'))[0]).toMatchObject({ sha256: 'local', state: 'synced', recordedAt: '2026-05-02T00:00:00.000Z' });
  });

  it('does not mark a newer recording sent when an older one\'s upload finishes', async () => {
    const db = newDb();
    await saveLocalRecording(db, { language: 'mtq', key: KEY, sha256: 'first', mime: 'audio/webm', durationMs: 1500, recordedAt: 'now', ownerUserId: 'u1' }, bytes(1));
    const [first] = await listPendingPrompts(db);
    await saveLocalRecording(db, { language: 'mtq', key: KEY, sha256: 'second', mime: 'audio/webm', durationMs: 1500, recordedAt: 'now', ownerUserId: 'u1' }, bytes(2));
    await markPromptSent(db, first!, 'later');
    expect(await listPendingPrompts(db)).toEqual([expect.objectContaining({ sha256: 'second', state: 'upload' })]);
  });

  it('silences a deleted recording at once, and forgets it once the server is told', async () => {
    const db = newDb();
    await download(db, 'a', 1);
    await applyManifest(db, 'mtq', [served(KEY, 'a')]);
    await markPromptDeleted(db, 'mtq', KEY, 'u1');
    expect(await findPlayableClip(db, 'mtq', KEY)).toBeUndefined();
    // The manifest still lists it until the server hears of the deletion: it stays silent.
    await download(db, 'a', 1);
    await applyManifest(db, 'mtq', [served(KEY, 'a')]);
    expect(await findPlayableClip(db, 'mtq', KEY)).toBeUndefined();
    const [pending] = await listPendingPrompts(db);
    await markPromptSent(db, pending!, pending!.recordedAt);
    expect(await listLanguagePrompts(db, 'mtq')).toEqual([]);
  });

  it('forgets a language no longer in use, except recordings not sent yet', async () => {
    const db = newDb();
    await download(db, 'a', 1);
    await applyManifest(db, 'tmm', [served(KEY, 'a')]);
    await saveLocalRecording(db, { language: 'tmm', key: 'common:home.title', sha256: 'mine', mime: 'audio/ogg', durationMs: 900, recordedAt: 'now', ownerUserId: 'u1' }, bytes(5));
    await forgetLanguagePrompts(db, 'tmm');
    expect((await listLanguagePrompts(db, 'tmm')).map((p) => p.key)).toEqual(['common:home.title']);
    expect(await readClip(db, 'a')).toBeUndefined();
    expect(await readClip(db, 'mine')).toBeDefined();
  });
});
