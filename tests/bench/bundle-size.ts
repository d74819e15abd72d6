import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type BundleFigures = { criticalJsGzip: number; cssGzip: number; precacheBytes: number; precacheEntries: number; files: Array<{ file: string; gzip: number }> };

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * Issue 9 §1: the JavaScript on the critical path is the entry script plus every modulepreload of
 * dist/index.html; the precache is what the service worker's manifest lists.
 */
export function measureBundle(dist: string): BundleFigures {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const files = scripts.map((src) => ({ file: src, gzip: gzipSize(path.join(dist, src)) }));
  const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  const precacheBytes = urls.reduce((sum, url) => {
    try {
      return sum + statSync(path.join(dist, url)).size;
    } catch {
      return sum;
    }
  }, 0);
  return {
    criticalJsGzip: files.reduce((sum, f) => sum + f.gzip, 0),
    cssGzip: styles.reduce((sum, href) => sum + gzipSize(path.join(dist, href)), 0),
    precacheBytes,
    precacheEntries: urls.length,
    files,
  };
}

export function listAssets(dist: string): string[] {
  return readdirSync(path.join(dist, 'assets'));
}
