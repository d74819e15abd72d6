// Shrinks a camera photo to at most 1600 px on the long side and about 300 KB (issue 3): an ID card
// stays legible, and a 2G upload of a dossier takes minutes, not hours.
export const MAX_SIDE = 1600;
export const TARGET_BYTES = 300 * 1024;

export type CompressedImage = { blob: Blob; width: number; height: number };

type Canvas = OffscreenCanvas | HTMLCanvasElement;
type MakeCanvas = (width: number, height: number) => Canvas;

const toBlob = (canvas: Canvas, quality: number): Promise<Blob> =>
  'convertToBlob' in canvas
    ? canvas.convertToBlob({ type: 'image/jpeg', quality })
    : new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', quality));

/** Lowers JPEG quality, then size, until the photo fits the target. */
export async function compressBitmap(bitmap: ImageBitmap, makeCanvas: MakeCanvas, maxSide = MAX_SIDE, targetBytes = TARGET_BYTES): Promise<CompressedImage> {
  let scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  for (;;) {
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = makeCanvas(width, height);
    // The two canvas kinds have different getContext overloads; the 2d calls below exist on both.
    const context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null =
      'convertToBlob' in canvas ? canvas.getContext('2d') : canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#fff'; // transparent PNGs become white, not black, in JPEG
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    for (const quality of [0.82, 0.72, 0.62, 0.52]) {
      const blob = await toBlob(canvas, quality);
      if (blob.size <= targetBytes) return { blob, width, height };
    }
    if (width <= 400) return { blob: await toBlob(canvas, 0.5), width, height };
    scale *= 0.8;
  }
}
