import { describe, expect, it } from 'vitest';
import { listAttachmentRefs } from './list-attachment-refs';

const ref = (c: string) => ({ sha256: c.repeat(64), size: 10, mime: 'image/jpeg' });

describe('listAttachmentRefs', () => {
  it('finds photos at any depth, once each', () => {
    const fields = { photos: { idFront: ref('a'), portrait: ref('b') }, consent: { signatureImage: ref('c') }, documents: { birthCert: [ref('a'), ref('d')] }, fullName: 'Hà Thị Xuân' };
    expect(listAttachmentRefs(fields).map((r) => r.sha256[0]).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ignores look-alikes that are not content hashes', () => {
    expect(listAttachmentRefs({ x: { sha256: 'nope', size: 1, mime: 'a/b' } })).toEqual([]);
  });
});
