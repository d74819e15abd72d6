import type { CauNoiDatabase } from './database';
import { MIRROR_KEY } from './integrity-key';

// Browsers do delete IndexedDB: Chromium drops a corrupted store, storage pressure evicts
// non-persistent origins (anchors.md, "what their users report" #1). A mirror of the install id in
// localStorage — a separate store — lets the app notice and say so instead of acting as if nothing was ever there.
export { MIRROR_KEY };

export type InstallMirror = { installId: string; createdAt: string; unsent: number; citizens: number; checkedAt: string };
export type IntegrityReport =
  | { state: 'fresh'; installId: string }
  | { state: 'intact'; installId: string }
  | { state: 'emptied'; installId: string; lost: InstallMirror };

function readMirror(): InstallMirror | undefined {
  try {
    const raw = localStorage.getItem(MIRROR_KEY);
    return raw ? (JSON.parse(raw) as InstallMirror) : undefined;
  } catch {
    return undefined;
  }
}

function writeMirror(mirror: InstallMirror): void {
  try {
    localStorage.setItem(MIRROR_KEY, JSON.stringify(mirror));
  } catch {
    // A full quota must not stop the app; the next check simply has older figures.
  }
}

/** Compares the database with its mirror; creates the install record on a fresh device. */
export async function checkDatabaseIntegrity(db: CauNoiDatabase, now = new Date()): Promise<IntegrityReport> {
  const mirror = readMirror();
  const stored = (await db.meta.get('install'))?.value as { installId: string; createdAt: string } | undefined;
  if (stored && (!mirror || mirror.installId === stored.installId)) {
    await refreshIntegrityMirror(db, now);
    // The loss notice stays until someone has read it: a reload must not hide it.
    const notice = (await db.meta.get('lossNotice'))?.value as InstallMirror | undefined;
    return notice ? { state: 'emptied', installId: stored.installId, lost: notice } : { state: 'intact', installId: stored.installId };
  }
  const install = { installId: crypto.randomUUID(), createdAt: now.toISOString() };
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: 'install', value: install });
    if (mirror) await db.meta.put({ key: 'lossNotice', value: mirror });
  });
  await refreshIntegrityMirror(db, now);
  return mirror ? { state: 'emptied', installId: install.installId, lost: mirror } : { state: 'fresh', installId: install.installId };
}

/** The staff member has read the loss notice. */
export async function acknowledgeDataLoss(db: CauNoiDatabase): Promise<void> {
  await db.meta.delete('lossNotice');
}

/** Keeps the mirror's figures current, so an "emptied" warning can say what was on the device. */
export async function refreshIntegrityMirror(db: CauNoiDatabase, now = new Date()): Promise<void> {
  const install = (await db.meta.get('install'))?.value as { installId: string; createdAt: string } | undefined;
  if (!install) return;
  const [unsent, citizens] = await Promise.all([db.outbox.where('state').notEqual('done').count(), db.citizens.count()]);
  writeMirror({ ...install, unsent, citizens, checkedAt: now.toISOString() });
}
