import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Screenshots of each screen for a person to look at, when E2E_SCREENSHOTS names a folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  // In phone-screen-sized parts, as a person scrolling would see them.
  const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: document.documentElement.scrollHeight }));
  const part = 900;
  for (let y = 0, i = 1; y < height; y += part, i += 1) {
    // The page may have shrunk since it was measured (a banner closed): stop at its end.
    const shot = await page.screenshot({ path: path.join(dir, `${name}-${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(part, height - y) } }).catch(() => undefined);
    if (!shot) break;
  }
}

/** Every record of one IndexedDB store of the app, read the way the app stores it. */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const request = indexedDB.open('cau-noi');
    const db = await new Promise<IDBDatabase>((resolve) => { request.onsuccess = () => resolve(request.result); });
    const all = await new Promise<unknown[]>((resolve) => { const r = db.transaction(name).objectStore(name).getAll(); r.onsuccess = () => resolve(r.result); });
    db.close();
    return all;
  }, store) as Promise<T[]>;
}

/**
 * Decodes a QR code from a PNG with jsQR in a blank page of the same (offline) context: about:blank has
 * no CSP, so the decoder script can be added there without loosening the app's own policy.
 */
export async function decodeQr(context: BrowserContext, png: Buffer): Promise<string | null> {
  const decoder = await context.newPage();
  try {
    await decoder.setContent('<canvas></canvas>');
    await decoder.addScriptTag({ path: createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js') });
    return await decoder.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.querySelector('canvas')!;
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(image, 0, 0);
      const pixels = context2d.getImageData(0, 0, canvas.width, canvas.height);
      const decode = (window as unknown as { jsQR: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
      return decode(pixels.data, pixels.width, pixels.height)?.data ?? null;
    }, png.toString('base64'));
  } finally {
    await decoder.close();
  }
}

/** Width and height in points of the first page of a PDF (A4 ≈ 595×842, A5 ≈ 420×595). */
export function firstPageSize(pdf: Buffer): { width: number; height: number } | undefined {
  const match = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined;
}

/** How many pages a PDF has (page objects, not the page tree). */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
