import path from 'node:path';
import { defineConfig } from 'vite';
import { addressUnitsPlugin } from '../../../scripts/vite-address-plugin.ts';
import { localesPlugin } from '../../../scripts/vite-locales-plugin.ts';

// The bench page: the app's real db and sync code, no UI, built like the app (production mode).
export default defineConfig({
  root: path.dirname(new URL(import.meta.url).pathname),
  define: { __BUILD_ID__: JSON.stringify('bench') },
  plugins: [addressUnitsPlugin(), localesPlugin()],
  logLevel: 'error',
  build: { target: 'es2022', sourcemap: false, minify: process.env.BENCH_PROFILE !== '1', outDir: path.resolve('.tmp/bench/browser-dist'), emptyOutDir: true },
});
