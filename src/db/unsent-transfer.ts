import { fromBase64, openWithPassphrase, sealWithPassphrase, toBase64, type SealedFile } from '../lib/passphrase-crypto';
import type { CauNoiDatabase } from './database';
import { getDeviceIdentity } from './device';
import { unsentMutations } from './outbox';
import { workspaceKey, type CitizenRecord, type VillageRecord } from './records';
import type { OutboxEntry } from './types';

// Device-to-device hand-over of unsent work (anchors.md #13): when the network never comes, a field
// worker exports everything unsent — records and photos — to one passphrase-encrypted file; another
// signed-in device imports it and sends it on. Each mutation keeps its original (deviceId, mutationId),
// so the server applies it once whichever device sends it, and importing the same file twice adds nothing.
export const TRANSFER_FORMAT = 'cau-noi-unsent';

type TransferContent = {
  exportedAt: string;
  fromDevice: string;
  entries: OutboxEntry[];
  citizens: CitizenRecord[];
  villages: VillageRecord[];
  attachments: Array<{ sha256: string; mime: string; size: number; data: string }>;
};

const refsIn = (value: unknown, found: Set<string>): Set<string> => {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value && typeof value === 'object') {
    const sha = (value as { sha256?: unknown }).sha256;
    if (typeof sha === 'string' && /^[0-9a-f]{64}$/.test(sha)) found.add(sha);
    Object.values(value).forEach((v) => refsIn(v, found));
  }
  return found;
};

export async function exportUnsentWork(db: CauNoiDatabase, userId: string, passphrase: string, iterations?: number): Promise<{ file: SealedFile; items: number }> {
  const entries = await unsentMutations(db, userId);
  const citizenIds = new Set(entries.filter((e) => e.entity === 'citizen').map((e) => e.entityId));
  const citizens = (await db.citizens.bulkGet([...citizenIds].map((id) => workspaceKey(userId, id)))).filter((c): c is CitizenRecord => Boolean(c));
  const villages = (await db.villages.bulkGet(entries.filter((e) => e.entity === 'village').map((e) => e.entityId))).filter((v): v is VillageRecord => Boolean(v));
  const hashes = refsIn(entries.map((e) => e.fields), new Set());
  const attachments = [];
  for (const sha256 of hashes) {
    const stored = await db.attachments.get(workspaceKey(userId, sha256));
    if (stored) attachments.push({ sha256, mime: stored.mime, size: stored.size, data: toBase64(new Uint8Array(await stored.blob.arrayBuffer())) });
  }
  const content: TransferContent = { exportedAt: new Date().toISOString(), fromDevice: (await getDeviceIdentity(db)).deviceId, entries, citizens, villages, attachments };
  return { file: await sealWithPassphrase(TRANSFER_FORMAT, JSON.stringify(content), passphrase, iterations), items: entries.length };
}

export type ImportSummary = { added: number; alreadyHere: number; photos: number };

/** Adds the file's unsent work to this user's outbox; what is already here (same device and mutation id) is skipped. */
export async function importUnsentWork(db: CauNoiDatabase, userId: string, file: SealedFile, passphrase: string): Promise<ImportSummary> {
  if (file.format !== TRANSFER_FORMAT) throw new Error('not an unsent-work file');
  const content = JSON.parse(await openWithPassphrase(file, passphrase)) as TransferContent;
  const now = new Date().toISOString();
  return db.transaction('rw', [db.outbox, db.citizens, db.villages, db.attachments], async () => {
    let added = 0;
    let alreadyHere = 0;
    for (const { seq: _seq, ...entry } of content.entries) {
      const existing = await db.outbox.where('[deviceId+mutationId]').equals([entry.deviceId, entry.mutationId]).first();
      if (existing) {
        alreadyHere++;
        continue;
      }
      await db.outbox.add({ ...entry, ownerUserId: userId, state: entry.state === 'rejected' ? 'rejected' : 'pending' });
      added++;
    }
    for (const citizen of content.citizens) {
      const key = workspaceKey(userId, citizen.id);
      const local = await db.citizens.get(key);
      if (!local || local.updatedAt < citizen.updatedAt) await db.citizens.put({ ...citizen, key, ownerUserId: userId, syncState: 'pending' });
    }
    for (const village of content.villages) if (!(await db.villages.get(village.id))) await db.villages.put(village);
    let photos = 0;
    for (const attachment of content.attachments) {
      const key = workspaceKey(userId, attachment.sha256);
      if (await db.attachments.get(key)) continue;
      await db.attachments.put({ key, ownerUserId: userId, sha256: attachment.sha256, mime: attachment.mime, size: attachment.size, blob: new Blob([fromBase64(attachment.data)], { type: attachment.mime }), uploaded: 0, createdAt: now });
      photos++;
    }
    return { added, alreadyHere, photos };
  });
}
