import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { addressUnitsPlugin } from './scripts/vite-address-plugin.ts';
import { localesPlugin } from './scripts/vite-locales-plugin.ts';
import { precompressPlugin } from './scripts/vite-precompress-plugin.ts';

// A build id tells versions apart (About screen, update tests). CI and tests may pin it.
const buildId = process.env.CAUNOI_BUILD_ID ?? new Date().toISOString();

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(buildId) },
  plugins: [
    react(),
    addressUnitsPlugin(),
    localesPlugin(),
    precompressPlugin(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // Registration is done by src/app/service-worker.ts (virtual:pwa-register): no inline script, strict CSP.
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        // The app shell, every lazily loaded screen, every locale chunk, the reference data and the fonts:
        // after one online visit, every route renders with no network at all.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      manifest: {
        name: 'Cầu Nối',
        short_name: 'Cầu Nối',
        description: 'Dịch vụ công cho xã vùng cao — đăng ký và chuẩn bị hồ sơ, kể cả khi không có mạng.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        id: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#0b5d4b',
        background_color: '#ffffff',
        categories: ['government', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
