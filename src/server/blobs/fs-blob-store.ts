import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobHashMismatchError, SHA256_PATTERN, type BlobStore } from './blob-store';

/**
 * Blobs as files under `<root>/ab/abcdef…` (the first two hex digits fan the files out over 256 folders).
 * Written to a temporary file, hashed on the way, flushed to disk, then renamed into place: a power cut
 * leaves either the whole blob or none, and a blob the server has acknowledged survives it.
 */
export function createFsBlobStore(root: string): BlobStore {
  const pathOf = (sha256: string) => {
    if (!SHA256_PATTERN.test(sha256)) throw new RangeError(`Not a SHA-256: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256);
  };

  return {
    async has(sha256) {
      try {
        return (await stat(pathOf(sha256))).isFile();
      } catch {
        return false;
      }
    },

    async put(sha256, stream) {
      const target = pathOf(sha256);
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      const hash = createHash('sha256');
      let size = 0;
      try {
        const tap = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
          },
        });
        // `flush` makes the stream fsync before it reports finished: an acknowledged blob survives a power cut.
        await pipeline(stream, tap, createWriteStream(temporary, { flags: 'wx', flush: true }));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      const actual = hash.digest('hex');
      if (actual !== sha256) {
        await rm(temporary, { force: true });
        throw new BlobHashMismatchError(sha256, actual);
      }
      await rename(temporary, target);
      await syncDirectory(dirname(target));
      return { size };
    },

    async get(sha256) {
      const path = pathOf(sha256);
      try {
        await stat(path);
      } catch {
        return null;
      }
      return createReadStream(path);
    },
  };
}

/** Makes the rename itself durable (POSIX: the directory entry lives in the directory's data). */
async function syncDirectory(path: string): Promise<void> {
  const directory = await open(path, 'r');
  try {
    await directory.sync();
  } catch {
    // Some file systems (and Windows) refuse fsync on a directory; the data itself is already synced.
  } finally {
    await directory.close();
  }
}
