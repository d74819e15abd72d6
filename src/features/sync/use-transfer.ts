import { getDatabase } from '../../db/database';
import { exportUnsentWork, importUnsentWork, type ImportSummary } from '../../db/unsent-transfer';
import type { SealedFile } from '../../lib/passphrase-crypto';
import { requestSync } from '../../sync/sync-service';

/** Builds the encrypted file and hands it to the browser's download (then any app: USB, Bluetooth, chat). */
export async function downloadUnsentWork(userId: string, passphrase: string): Promise<number> {
  const { file, items } = await exportUnsentWork(getDatabase(), userId, passphrase);
  const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `cau-noi-chua-gui-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.caunoi` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return items;
}

export async function importUnsentFile(userId: string, file: File, passphrase: string): Promise<ImportSummary> {
  const sealed = JSON.parse(await file.text()) as SealedFile;
  const summary = await importUnsentWork(getDatabase(), userId, sealed, passphrase);
  if (summary.added > 0) void requestSync();
  return summary;
}
