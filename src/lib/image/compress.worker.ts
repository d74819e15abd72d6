/// <reference lib="webworker" />
import { compressBitmap } from './compress-core';

// Decoding and re-encoding a 12-megapixel photo takes seconds on a cheap tablet: done here, the
// screen keeps responding (issue 9: no main-thread long task over 50 ms).
self.onmessage = async (event: MessageEvent<{ id: number; file: Blob }>) => {
  const { id, file } = event.data;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const result = await compressBitmap(bitmap, (w, h) => new OffscreenCanvas(w, h));
    bitmap.close();
    self.postMessage({ id, ok: true, ...result });
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
