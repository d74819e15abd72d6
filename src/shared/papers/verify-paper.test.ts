import { describe, expect, it } from 'vitest';
import type { AgencyPublicKey } from './agency-key';
import { toBase64Url } from './base64url';
import { encodePaper, paperSigningText, type PaperContent } from './paper';
import { verifyPaper } from './verify-paper';

const subtle = globalThis.crypto.subtle;

async function agencyKey(kid: string, retiredAt: string | null = null) {
  const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']));
  const raw = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  const key: AgencyPublicKey = { kid, agencyCode: '000.00.38.H56', publicKey: toBase64Url(raw), createdAt: '2026-01-01T00:00:00Z', retiredAt };
  const sign = async (content: PaperContent) =>
    encodePaper(content, toBase64Url(new Uint8Array(await subtle.sign({ name: 'Ed25519' }, pair.privateKey, new TextEncoder().encode(paperSigningText(content))))));
  return { key, sign };
}

const receipt = (kid: string): PaperContent => ({
  v: 1, kind: 'receipt', code: '000.00.38.H56-261126-0001', proc: '1.004873', who: 'H.T.X.', on: '2026-11-26', due: '2026-12-01',
  agency: '000.00.38.H56', commune: '14923', kid,
});

describe('verifyPaper', () => {
  it('accepts a paper signed by a known key, offline', async () => {
    const { key, sign } = await agencyKey('000.00.38.H56#1');
    const text = await sign(receipt(key.kid));
    expect(JSON.parse(text)).toMatchObject({ code: '000.00.38.H56-261126-0001' });
    expect(await verifyPaper(text, [key])).toEqual({ ok: true, paper: receipt(key.kid), key });
  });

  it('refuses the paper when any one byte changes', async () => {
    const { key, sign } = await agencyKey('000.00.38.H56#1');
    const text = await sign(receipt(key.kid));
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      const altered = text.slice(0, i) + String.fromCharCode(code === 0x31 ? 0x32 : code ^ 1) + text.slice(i + 1);
      expect((await verifyPaper(altered, [key])).ok, `byte ${i}`).toBe(false);
    }
  });

  it('refuses a paper signed with another key under a known id', async () => {
    const genuine = await agencyKey('000.00.38.H56#1');
    const forger = await agencyKey('000.00.38.H56#1');
    expect(await verifyPaper(await forger.sign(receipt('000.00.38.H56#1')), [genuine.key])).toEqual({ ok: false, reason: 'badSignature' });
    expect(await verifyPaper(await forger.sign(receipt('000.00.38.H56#9')), [genuine.key])).toEqual({ ok: false, reason: 'unknownKey' });
  });

  it('keeps papers of a retired key valid up to its retirement, not after', async () => {
    const old = await agencyKey('000.00.38.H56#1', '2026-11-30T02:00:00Z');
    expect((await verifyPaper(await old.sign(receipt(old.key.kid)), [old.key])).ok).toBe(true);
    expect(await verifyPaper(await old.sign({ ...receipt(old.key.kid), on: '2026-12-02' }), [old.key])).toEqual({ ok: false, reason: 'keyRetired' });
  });

  it('says when a text is no paper at all', async () => {
    const { key } = await agencyKey('000.00.38.H56#1');
    for (const text of ['NHAP-7K2Q-000042', '{"code":"x"}', '', '{']) expect(await verifyPaper(text, [key])).toEqual({ ok: false, reason: 'notAPaper' });
  });
});
