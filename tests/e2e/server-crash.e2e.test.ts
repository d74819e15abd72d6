import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../integration/support/server-process';
import { pullEverything, serverBlobHash } from './support/api-client';
import { launchBrowser } from './support/browser';
import { E2E_DIST_A } from './support/paths';
import { registerCitizenThroughUi } from './support/register-citizen';
import { DEMO_PASSWORD } from './support/server';
import { submitMaritalStatusDossier, syncNow } from './support/submit-dossier';
import { goTo, makeJpeg, openOfflineWorkspace } from './support/staff';

const STAFF = { username: 'canbo.bathuoc', name: 'Cán bộ xã Bá Thước', pin: '3579' };

/** A port nobody uses now: the restarted server must come back on the same origin as the app's data. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

// The power cut at the commune office, twice in one sync: the real server process (src/server/main.ts) is
// killed with SIGKILL between two photo uploads, and again after it committed a push but before its answer
// left. The tablet keeps everything, says it is not sent, and the next sync ends with exactly one of each.
describe('sync when the server dies in the middle of it', () => {
  let browser: Browser;
  let server: ServerProcess;
  let work: string;
  let options: Parameters<typeof startServerProcess>[0];

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'caunoi-crash-'));
    const staticDir = path.join(work, 'dist');
    cpSync(E2E_DIST_A, staticDir, { recursive: true });
    options = { port: await freePort(), dataDir: path.join(work, 'data'), staticDir, jwtSecret: randomBytes(32).toString('hex'), demoPassword: DEMO_PASSWORD };
    server = await startServerProcess(options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.kill();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('keeps the work through two SIGKILLs and sends it exactly once', async () => {
    // A morning in the village: two people registered with their photos, one dossier, no signal.
    const { context, page } = await openOfflineWorkspace(browser, server.url, STAFF);
    await registerCitizenThroughUi(page, { fullName: 'Lò Thị Mai', birthDate: '1995-06-01', sex: 'Nữ', ethnicity: 'Thái', citizenId: '038195020001' });
    // Her own photos (the same bytes would be one file on the server: content-addressed).
    const own = await Promise.all(['XUÂN TRƯỚC', 'XUÂN SAU', 'XUÂN'].map((label) => makeJpeg(page, label)));
    await registerCitizenThroughUi(page, { fullName: 'Hà Thị Xuân', birthDate: '1995-03-08', sex: 'Nữ', ethnicity: 'Thái', citizenId: '038195020002' }, own);
    const dossierId = await submitMaritalStatusDossier(page, 'Hà Thị Xuân');

    // First cut: the server dies when the second photo starts uploading (the first is already kept).
    let uploads = 0;
    let firstCut = false;
    await page.route('**/api/v1/uploads**', async (route) => {
      uploads++;
      if (uploads === 2 && !firstCut) {
        firstCut = true;
        await server.kill();
      }
      await route.continue();
    });
    await goTo(page, '/sync');
    await context.setOffline(false);
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await expect.poll(() => firstCut, { timeout: 60_000 }).toBe(true);
    // Nothing is called sent while the server is gone.
    await expect.poll(() => page.getByTestId('unsent-list').locator('li').count(), { timeout: 30_000 }).toBe(3);
    expect(await page.getByTestId('all-sent').count()).toBe(0);

    // Second cut: the server comes back, takes the first push batch, commits it, and dies before answering.
    server = await startServerProcess(options);
    let secondCut = false;
    await page.route('**/api/v1/sync/push', async (route) => {
      if (secondCut) return route.continue();
      const response = await route.fetch();
      expect(response.status()).toBe(200);
      secondCut = true;
      await server.kill();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Gửi ngay' }).click();
    await expect.poll(() => secondCut, { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('unsent-list').locator('li').count(), { timeout: 30_000 }).toBeGreaterThan(0);

    // Power is back for good: the same batch is sent again and answered from what the server stored.
    server = await startServerProcess(options);
    await page.unrouteAll({ behavior: 'wait' });
    await syncNow(page);

    const { changes, token } = await pullEverything(server.url, STAFF.username);
    const citizens = changes.filter((c) => c.entity === 'citizen' && !c.deleted);
    const dossiers = changes.filter((c) => c.entity === 'dossier' && !c.deleted);
    expect(citizens.map((c) => c.fields.fullName).sort()).toEqual(['Hà Thị Xuân', 'Lò Thị Mai']);
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]!.entityId).toBe(dossierId);
    expect(dossiers[0]!.fields.status).toBe('received');
    expect(dossiers[0]!.fields.localReference).toMatch(/^NHAP-/);
    const hashes = [...new Set(JSON.stringify([...citizens, ...dossiers].map((c) => c.fields)).match(/[0-9a-f]{64}/g))];
    expect(hashes.length).toBeGreaterThanOrEqual(7); // 3 photos per person, and the signatures
    for (const sha256 of hashes) expect(await serverBlobHash(server.url, token, sha256)).toBe(sha256);
    await context.close();
  });
});
