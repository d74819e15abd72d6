import type { Page } from 'playwright-core';

export type InpReading = { inp: number; interactions: number; worst: number; median: number; longTasks: number[] };

/**
 * Interaction to Next Paint as the web-vitals library computes it, injected before the app loads:
 * Event Timing entries (durationThreshold 16 ms) grouped by interactionId, each interaction's latency
 * its longest entry; INP is the worst, ignoring one per 50 interactions (the 98th percentile for long
 * sessions). Long tasks are recorded alongside, to say where a slow interaction came from.
 */
export async function installInpObserver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let latencies = new Map<number, number>();
    let longTasks: number[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (!entry.interactionId) continue;
        latencies.set(entry.interactionId, Math.max(latencies.get(entry.interactionId) ?? 0, entry.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    Object.assign(window, {
      __inp: {
        reset() {
          latencies = new Map();
          longTasks = [];
        },
        read() {
          const sorted = [...latencies.values()].sort((a, b) => b - a);
          const index = Math.min(sorted.length - 1, Math.floor(sorted.length / 50));
          // The median interaction says what a typical key costs; INP, one bad moment (on a shared machine,
          // often another process taking the CPU).
          const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
          return { inp: sorted[index] ?? 0, interactions: sorted.length, worst: sorted[0] ?? 0, median, longTasks: [...longTasks] };
        },
      },
    });
  });
}

type InpApi = { reset(): void; read(): InpReading };

export const resetInp = (page: Page) => page.evaluate(() => (window as unknown as { __inp: InpApi }).__inp.reset());

/** Reads INP after letting the last entries arrive (Event Timing reports after the next paint). */
export async function readInp(page: Page): Promise<InpReading> {
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __inp: InpApi }).__inp.read());
}

/**
 * A 12-megapixel camera-like JPEG made in the page (no fixture files): gradients and sensor-like noise,
 * so that it weighs what a phone photo does (several MB), unlike a flat test image.
 */
export async function makeCameraJpeg(page: Page, width = 4000, height = 3000): Promise<Buffer> {
  const base64 = await page.evaluate(async ({ width, height }) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, '#5a7d3a');
    gradient.addColorStop(0.5, '#c8b98a');
    gradient.addColorStop(1, '#2b4f6e');
    context.fillStyle = gradient;
    context.fillRect(0, 0, width, height);
    const tile = context.createImageData(512, 512);
    for (let i = 0; i < tile.data.length; i += 4) {
      const v = Math.random() * 90;
      tile.data[i] = v; tile.data[i + 1] = v * 0.8; tile.data[i + 2] = v * 0.6; tile.data[i + 3] = 70;
    }
    const tileCanvas = new OffscreenCanvas(512, 512);
    tileCanvas.getContext('2d')!.putImageData(tile, 0, 0);
    for (let y = 0; y < height; y += 512) for (let x = 0; x < width; x += 512) context.drawImage(tileCanvas, x, y);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 })).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, { width, height });
  return Buffer.from(base64, 'base64');
}
