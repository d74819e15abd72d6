import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, waitForServiceWorkerControl } from './support/browser';
import { localeText } from './support/locale-text';
import { E2E_DIST_A } from './support/paths';
import { startTestServer, type TestServer } from './support/server';
import { goTo, signInAndSetPin, unlockWithPin } from './support/staff';

// Issue 7 §3 in a real browser: an admin records a Mường prompt with the microphone (Chromium's fake device: a
// beep), offline first, and it leaves the device when the network returns; a staff tablet picks it up at its next
// sync and plays it offline after a reload, while a label nobody recorded says it has no audio yet.

const KEY = 'citizen:form.fullName';
const FAKE_MICROPHONE = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];
const STAFF = { username: 'canbo.bathuoc', name: 'Cán bộ xã Bá Thước', pin: '2468' };

type ServedPrompt = { key: string; sha256: string; mime: string; durationMs: number };
const manifest = async (server: TestServer, lang: string) =>
  ((await (await fetch(`${server.url}/api/v1/audio-prompts/${lang}`)).json()) as { prompts: ServedPrompt[] }).prompts;

/** The state of (language, key) in the device's IndexedDB, read with the browser's own API. */
const storedState = (page: Page, language: string, key: string) => page.evaluate(([language, key]) => new Promise<string | null>((resolve, reject) => {
  const open = indexedDB.open('cau-noi');
  open.onerror = () => reject(new Error(String(open.error)));
  open.onsuccess = () => {
    const db = open.result;
    const read = db.transaction('audioPrompts').objectStore('audioPrompts').get([language!, key!]);
    read.onsuccess = () => {
      resolve((read.result as { state?: string } | undefined)?.state ?? null);
      db.close();
    };
  };
}), [language, key]);

const chooseLanguage = async (page: Page, lang: string) => {
  await goTo(page, '/settings');
  await page.locator(`input[name="app-language"][value="${lang}"]`).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
};

/** The speaker beside a field of the registration form, found through the field its label names (a required one ends in "*"). */
const speakerOf = (page: Page, label: string) => page.locator('.field')
  .filter({ has: page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`)) }).locator('.speak-button');

describe('recorded audio prompts', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer(E2E_DIST_A);
    browser = await launchBrowser({ extraArgs: FAKE_MICROPHONE });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('records a Mường prompt offline, sends it when online, and another tablet plays it offline after its sync', async () => {
    // The staff tablet is used in Vietnamese and Mường: it keeps the recordings of both.
    const staffContext = await browser.newContext({ viewport: { width: 360, height: 640 } });
    // Every media element the page plays, to read how far it got (the app's own audio, observed, not replaced).
    await staffContext.addInitScript(() => {
      const played: HTMLMediaElement[] = [];
      Object.assign(window, { playedMedia: played });
      const play = HTMLMediaElement.prototype.play;
      HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
        played.push(this);
        return play.call(this);
      };
    });
    const staff = await staffContext.newPage();
    await staff.goto(server.url);
    await waitForServiceWorkerControl(staff);
    await signInAndSetPin(staff, server.url, STAFF.username, STAFF.pin);
    await chooseLanguage(staff, 'mtq');
    await chooseLanguage(staff, 'vi');

    // The admin records on a tablet with no network.
    const adminContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const admin = await adminContext.newPage();
    await admin.goto(server.url);
    await waitForServiceWorkerControl(admin);
    await signInAndSetPin(admin, server.url, 'quantri', '8642');
    await goTo(admin, '/admin/languages');
    await admin.getByRole('link', { name: localeText('vi', 'admin', 'audio.manage') }).click();
    await admin.locator('#page-title', { hasText: localeText('vi', 'admin', 'audio.title') }).waitFor();
    expect(await admin.getByLabel(localeText('vi', 'admin', 'audio.language')).inputValue()).toBe('mtq');
    await admin.getByLabel(localeText('vi', 'admin', 'audio.search')).fill('form.fullName');
    const row = admin.locator(`li[data-key="${KEY}"]`);
    await expect.poll(() => row.getAttribute('data-recording')).toBe('none');
    await adminContext.setOffline(true);

    await row.getByRole('button', { name: localeText('vi', 'admin', 'audio.recordFor').replace('{{text}}', localeText('vi', 'citizen', 'form.fullName')) }).click();
    await row.getByRole('button', { name: localeText('vi', 'admin', 'audio.start') }).click();
    await row.getByRole('timer').waitFor();
    await expect.poll(() => row.getByRole('timer').innerText(), { timeout: 10_000 }).toContain('2/15');
    await row.getByRole('button', { name: localeText('vi', 'admin', 'audio.stop'), exact: true }).click();
    // Listened back before keeping it: the preview really plays.
    const preview = row.locator('audio.record-preview');
    await preview.evaluate((audio: HTMLAudioElement) => audio.play());
    await expect.poll(() => preview.evaluate((audio: HTMLAudioElement) => audio.currentTime)).toBeGreaterThan(0.5);
    await row.getByRole('button', { name: localeText('vi', 'admin', 'audio.keep') }).click();
    await admin.getByText(localeText('vi', 'admin', 'audio.kept')).waitFor();
    await expect.poll(() => row.getAttribute('data-recording')).toBe('upload');
    expect(await manifest(server, 'mtq')).toEqual([]);

    // The network returns: the recording leaves the device on its own.
    await adminContext.setOffline(false);
    await expect.poll(() => row.getAttribute('data-recording'), { timeout: 20_000 }).toBe('synced');
    const [served] = await manifest(server, 'mtq');
    expect(served).toMatchObject({ key: KEY, mime: 'audio/webm' });
    expect(served!.durationMs).toBeGreaterThan(1500);
    const file = await fetch(`${server.url}/api/v1/audio-files/${served!.sha256}`);
    expect(file.headers.get('cache-control')).toContain('immutable');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    // Opus at about 20 kbit/s: a couple of seconds is a few kilobytes, far from the 192 KB limit.
    expect(bytes.length).toBeLessThan(40_000);
    await adminContext.close();

    // The staff tablet syncs, still in Vietnamese, and keeps the Mường recording for later.
    await goTo(staff, '/sync');
    await staff.getByRole('button', { name: localeText('vi', 'sync', 'syncNow') }).click();
    await expect.poll(() => storedState(staff, 'mtq', KEY), { timeout: 20_000 }).toBe('synced');

    await staffContext.setOffline(true);
    await staff.reload();
    await unlockWithPin(staff, STAFF.name, STAFF.pin);
    await staff.locator('#page-title').waitFor();
    await chooseLanguage(staff, 'mtq');
    await goTo(staff, '/citizens/new');
    const fullName = speakerOf(staff, localeText('mtq', 'citizen', 'form.fullName'));
    await expect.poll(() => fullName.getAttribute('data-audio')).toBe('recording');
    await fullName.click();
    await expect.poll(() => fullName.getAttribute('data-playback'), { timeout: 15_000 }).toBe('ended');
    const played = await staff.evaluate(() => (window as unknown as { playedMedia: HTMLMediaElement[] }).playedMedia.map((m) => ({ ended: m.ended, seconds: m.currentTime })));
    expect(played).toEqual([{ ended: true, seconds: expect.any(Number) as number }]);
    expect(played[0]!.seconds).toBeGreaterThan(1.5);

    // Nobody recorded the date of birth in Mường, and no device speaks Mường: it says so, and plays nothing.
    const birthDate = speakerOf(staff, localeText('mtq', 'citizen', 'form.birthDate'));
    expect(await birthDate.getAttribute('data-audio')).toBe('none');
    expect(await birthDate.getAttribute('aria-disabled')).toBe('true');
    expect(await birthDate.getAttribute('aria-label')).toBe(localeText('mtq', 'common', 'speaker.noAudio'));
    expect(await birthDate.getAttribute('title')).toBe(localeText('mtq', 'common', 'speaker.noAudioText').replace('{{text}}', localeText('mtq', 'citizen', 'form.birthDate')));
    // It stays reachable by keyboard (a screen reader user hears that there is no audio); pressing it plays nothing.
    await birthDate.focus();
    expect(await staff.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(localeText('mtq', 'common', 'speaker.noAudio'));
    await staff.keyboard.press('Enter');
    expect(await staff.evaluate(() => (window as unknown as { playedMedia: HTMLMediaElement[] }).playedMedia.length)).toBe(1);
    await staffContext.close();
  });
});
