import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PAPER_KEY_SECRET_FILE = 'paper-key-secret';

/**
 * The secret the agencies' private signing keys are encrypted under: `PAPER_KEY_SECRET` from the environment,
 * else `<dataDir>/paper-key-secret`, created (mode 0600) on first start — like the JWT secret. It is never in the
 * database, so a copy of the database alone cannot sign papers. Servers sharing a database must share it.
 */
export async function loadOrCreatePaperKeySecret(dataDir: string, fromEnvironment = process.env.PAPER_KEY_SECRET): Promise<string> {
  if (fromEnvironment && fromEnvironment.length >= 32) return fromEnvironment;
  const path = join(dataDir, PAPER_KEY_SECRET_FILE);
  try {
    const secret = (await readFile(path, 'utf8')).trim();
    if (secret.length >= 32) return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx': of two processes starting together, the first one's secret is the secret.
    await writeFile(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreatePaperKeySecret(dataDir, fromEnvironment);
    throw error;
  }
  return secret;
}
