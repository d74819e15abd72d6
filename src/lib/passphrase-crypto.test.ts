import { describe, expect, it } from 'vitest';
import { openWithPassphrase, sealWithPassphrase, WrongPassphraseError } from './passphrase-crypto';

describe('passphrase-sealed files', () => {
  it('round-trips, and refuses a wrong passphrase or an altered byte', async () => {
    const sealed = await sealWithPassphrase('test', 'Hà Thị Xuân 038195012345', 'mật khẩu dài', 1000);
    expect(sealed.ciphertext).not.toContain('Xuân');
    expect(await openWithPassphrase(sealed, 'mật khẩu dài')).toBe('Hà Thị Xuân 038195012345');
    await expect(openWithPassphrase(sealed, 'sai')).rejects.toBeInstanceOf(WrongPassphraseError);
    const bytes = Uint8Array.from(atob(sealed.ciphertext), (c) => c.charCodeAt(0));
    bytes[3]! ^= 1;
    await expect(openWithPassphrase({ ...sealed, ciphertext: btoa(String.fromCharCode(...bytes)) }, 'mật khẩu dài')).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});
