import path from 'node:path';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const root = path.resolve(import.meta.dirname, '../../..');
export const E2E_DIST_A = path.join(root, '.tmp/e2e/dist-a');
export const E2E_DIST_B = path.join(root, '.tmp/e2e/dist-b');
