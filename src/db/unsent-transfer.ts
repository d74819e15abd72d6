import { fromBase64, openWithPassphrase, sealWithPassphrase, toBase64, type SealedFile } from '../lib/passphrase-crypto';
import { nameTokens } from '../domain/text/normalize';
import { openAttachment, storeAttachment } from './attachments';
import { rememberNameTokens } from './citizen-index';
import { openCitizens, sealCitizen } from './citizens';
import type { CauNoiDatabase } from './database';
import { getDeviceIdentity, nextDeviceSequence } from './device';
import { unsentMutations } from './outbox';
import { workspaceKey, type CitizenRecord, type CitizenView, type VillageRecord } from './records';
import { sealFor } from './seal';
import type { OutboxEntry, OutboxView } from './types';

// Device-to-device hand-over of unsent work (anchors.md #13): when the network never comes, a field
// worker exports everything unsent — records and photos — to one passphrase-encrypted file; another
// signed-in device imports it and sends it on. The receiving device queues each mutation under its own
// (deviceId, mutationId) — the server accepts only a device's own — and remembers where it came from, so
// importing the same file twice adds nothing. If the first device sends the same work too, the second
// copy changes nothing: a record mutation carries its edit's HLC stamp, and the server's per-field
// last-writer-wins keeps the same value; a dossier is received once per id.
export const TRANSFER_FORMAT = 'cau-noi-unsent';

type TransferContent = {
  exportedAt: string;
  fromDevice: string;
  entries: OutboxView[];
  citizens: CitizenView[];
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
  const stored = (await db.citizens.bulkGet([...citizenIds].map((id) => workspaceKey(userId, id)))).filter((c): c is CitizenRecord => Boolean(c));
  const villages = (await db.villages.bulkGet(entries.filter((e) => e.entity === 'village').map((e) => e.entityId))).filter((v): v is VillageRecord => Boolean(v));
  const attachments = [];
  for (const sha256 of refsIn(entries.map((e) => e.fields), new Set())) {
    const record = await db.attachments.get(workspaceKey(userId, sha256));
    if (record) attachments.push({ sha256, mime: record.mime, size: record.size, data: toBase64(new Uint8Array(await (await openAttachment(record)).arrayBuffer())) });
  }
  const content: TransferContent = {
    exportedAt: new Date().toISOString(), fromDevice: (await getDeviceIdentity(db)).deviceId,
    entries, citizens: await openCitizens(stored), villages, attachments,
  };
  return { file: await sealWithPassphrase(TRANSFER_FORMAT, JSON.stringify(content), passphrase, iterations), items: entries.length };
}

export type ImportSummary = { added: number; alreadyHere: number; photos: number };

/** Adds the file's unsent work to this user's outbox, sealed under this user's key; what is already here is skipped. */
export async function importUnsentWork(db: CauNoiDatabase, userId: string, file: SealedFile, passphrase: string): Promise<ImportSummary> {
  if (file.format !== TRANSFER_FORMAT) throw new Error('not an unsent-work file');
  const content = JSON.parse(await openWithPassphrase(file, passphrase)) as TransferContent;
  let photos = 0;
  for (const attachment of content.attachments) {
    if (await db.attachments.get(workspaceKey(userId, attachment.sha256))) continue;
    await storeAttachment(db, userId, new Blob([fromBase64(attachment.data)], { type: attachment.mime }));
    photos++;
  }
  // Encrypt for this workspace before the transaction (WebCrypto cannot run inside one).
  const entries = await Promise.all(content.entries.map(async ({ seq: _seq, fields, ...entry }) => ({
    ...entry, ownerUserId: userId, sealedFields: await sealFor(userId, fields), fieldNames: Object.keys(fields),
    origin: entry.origin ?? `${entry.deviceId}:${entry.mutationId}`,
    state: entry.state === 'rejected' ? 'rejected' as const : 'pending' as const,
  })));
  const { deviceId: here } = await getDeviceIdentity(db);
  // Their name tokens are listed first, so that a typed prefix finds the carried people (citizen-index.ts).
  await rememberNameTokens(db, userId, content.citizens.flatMap((c) => nameTokens(c.data.fullName)));
  const citizens = await Promise.all(content.citizens.map((c) => sealCitizen({ ...c, key: workspaceKey(userId, c.id), ownerUserId: userId, syncState: 'pending' })));
  return db.transaction('rw', [db.outbox, db.citizens, db.villages, db.meta], async () => {
    let added = 0;
    let alreadyHere = 0;
    for (const entry of entries) {
      const [originDevice, originId] = [entry.origin.slice(0, entry.origin.lastIndexOf(':')), Number(entry.origin.slice(entry.origin.lastIndexOf(':') + 1))];
      const known = (await db.outbox.where('[deviceId+mutationId]').equals([originDevice, originId]).first())
        ?? (await db.outbox.filter((e) => e.origin === entry.origin).first());
      if (known) {
        alreadyHere++;
        continue;
      }
      const restamped: OutboxEntry = { ...entry, deviceId: here, mutationId: await nextDeviceSequence(db, 'mutation') };
      await db.outbox.add(restamped);
      added++;
    }
    for (const citizen of citizens) {
      const local = await db.citizens.get(citizen.key);
      if (!local || local.updatedAt < citizen.updatedAt) await db.citizens.put(citizen);
    }
    for (const village of content.villages) if (!(await db.villages.get(village.id))) await db.villages.put(village);
    return { added, alreadyHere, photos };
  });
}
