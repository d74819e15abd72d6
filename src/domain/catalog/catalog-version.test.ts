import { describe, it, expect } from 'vitest';
import { CATALOG, CATALOG_VERSION } from './catalog-data';

// Drafts remember the catalog version they were made with, and migrateDraft compares versions: a data
// change without a new CATALOG_VERSION would strand them silently. If this fails after you changed the
// catalog, bump CATALOG_VERSION and add the new version and hash below (keep the history).

const HASHES: Record<string, string> = {
  '2026.11.1': '2d1b268a',
};

/** FNV-1a, 32 bits: enough to notice a change, no crypto needed. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

describe('catalog version', () => {
  it('changes whenever the catalog data changes', () => {
    expect(HASHES[CATALOG_VERSION], `no hash recorded for ${CATALOG_VERSION}`).toBeDefined();
    expect(fnv1a(JSON.stringify(CATALOG.procedures))).toBe(HASHES[CATALOG_VERSION]);
  });
});
