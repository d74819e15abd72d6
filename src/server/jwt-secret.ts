import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type JwtSecret = { secret: string; source: 'generated' | 'file'; path: string };

export const JWT_SECRET_FILE = 'jwt-secret';

/**
 * Reads `<dataDir>/jwt-secret`, creating it (mode 0600) on first start. Good for one server only: servers
 * sharing a database must share JWT_SECRET, or tokens signed by one are refused by the others.
 */
export async function loadOrCreateJwtSecret(dataDir: string): Promise<JwtSecret> {
  const path = join(dataDir, JWT_SECRET_FILE);
  try {
    const secret = (await readFile(path, 'utf8')).trim();
    if (secret.length >= 32) return { secret, source: 'file', path };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  // 'wx' fails if another process created the file meanwhile: then that one's secret is the secret.
  try {
    await writeFile(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateJwtSecret(dataDir);
    throw error;
  }
  return { secret, source: 'generated', path };
}
