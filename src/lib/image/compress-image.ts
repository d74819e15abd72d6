import { compressBitmap, type CompressedImage } from './compress-core';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: CompressedImage) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | undefined {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return undefined;
  if (!worker) {
    worker = new Worker(new URL('./compress.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; error?: string } & Partial<CompressedImage>>) => {
      const { id, ok, error, blob, width, height } = event.data;
      const waiter = pending.get(id);
      pending.delete(id);
      if (ok && blob && width && height) waiter?.resolve({ blob, width, height });
      else waiter?.reject(new Error(error ?? 'compression failed'));
    };
  }
  return worker;
}

/** Compresses a photo in a Web Worker; browsers without OffscreenCanvas in workers do it on the page. */
export async function compressImage(file: Blob): Promise<CompressedImage> {
  const target = getWorker();
  if (target) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      target.postMessage({ id, file });
    });
  }
  const bitmap = await createImageBitmap(file);
  return compressBitmap(bitmap, (w, h) => Object.assign(document.createElement('canvas'), { width: w, height: h }));
}
