// PIN verifier for offline unlock on a shared tablet. PBKDF2-SHA-256 with 600,000 iterations
// (OWASP's 2023 figure, and issue 8's floor): slow enough that a copied database cannot be brute-forced
// cheaply across all 4–6 digit PINs in seconds, fast enough (~1 s) on an entry-level tablet.
export const PIN_ITERATIONS = 600_000;
export const PIN_PATTERN = /^\d{4,6}$/;

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return new Uint8Array(bits);
}

export type PinVerifier = { salt: string; hash: string; iterations: number };

export async function createPinVerifier(pin: string, iterations = PIN_ITERATIONS): Promise<PinVerifier> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(pin, salt, iterations)), iterations };
}

export async function checkPin(pin: string, verifier: PinVerifier): Promise<boolean> {
  const actual = await derive(pin, fromBase64(verifier.salt), verifier.iterations);
  const expected = fromBase64(verifier.hash);
  // Constant-time comparison: no early exit on the first differing byte.
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) difference |= actual[i]! ^ expected[i]!;
  return difference === 0;
}
