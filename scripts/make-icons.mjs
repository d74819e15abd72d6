// Renders public/icons/icon.svg to the PNG sizes the web app manifest needs, in Debian's Chromium.
// Run once when the icon changes: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const render = async (size, file, padding) => {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * padding;
  // Maskable icons keep their content inside the 80% safe zone, on a full-bleed background.
  await page.setContent(`<html><body style="margin:0;background:#0b5d4b"><div style="padding:${padding}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: padding === 0 });
};
await render(192, 'icon-192.png', 0);
await render(512, 'icon-512.png', 0);
await render(512, 'icon-maskable-512.png', 56);
await browser.close();
