import { SHA256_PATTERN } from '../../blobs/blob-store';

/**
 * Every attachment a record (or a patch) points at: any object with a `sha256` member, at any depth
 * (citizen photos, the consent signature, a dossier's documents). Sorted, without repeats.
 */
export function collectAttachmentHashes(value: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: unknown, depth: number) => {
    if (depth > 20 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.sha256 === 'string' && SHA256_PATTERN.test(record.sha256)) found.add(record.sha256);
    for (const child of Object.values(record)) visit(child, depth + 1);
  };
  visit(value, 0);
  return [...found].sort();
}
