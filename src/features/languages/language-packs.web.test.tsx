import { act, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CauNoiDatabase } from '../../db/database';
import { saveStoredLanguagePack } from '../../db/language-packs';
import { changeLanguage, formattingLocale, i18next, initI18n, reloadLanguage } from '../../lib/i18n';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../../components/ui/language-picker';
import { installLanguagePacks } from './language-pack-source';
import { refreshLanguagePack } from './language-pack-sync';

// Imported packs reach the screen (issue 7 §2), and every text a pack lacks comes from the next language in
// its chain, key by key: a minority pack → Vietnamese, Ukrainian → English → Vietnamese (issue 7 §1).

const db = new CauNoiDatabase(`language-packs-${crypto.randomUUID()}`);

/** A screen heading as every page renders it, through react-i18next. */
function HomePage() {
  const { t } = useTranslation();
  return <><h1>{t('home.title')}</h1><LanguagePicker /></>;
}

beforeAll(async () => {
  await saveStoredLanguagePack(db, {
    language: 'mtq', version: 'v1', fetchedAt: '2026-01-01T00:00:00Z',
    resources: { common: { 'home.title': 'Imported Mường title', 'home.staffTitle': 'Wrong {{nome}}', 'no.such.key': 'x' } },
  });
  installLanguagePacks(db);
  await initI18n('mtq');
});
afterAll(() => db.close());

describe('imported language packs', () => {
  it('shows an imported text on the screen, offline, from the copy on the device', () => {
    render(<HomePage />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Imported Mường title');
    // The picker names the pack in itself and says that what it lacks shows in Vietnamese.
    expect(screen.getByRole('radio', { name: /Thiểng Mường/ })).toBeChecked();
    expect(screen.getByText('Những chỗ chưa dịch sang Thiểng Mường được hiển thị bằng tiếng Việt.')).toBeInTheDocument();
  });

  it('ignores an imported text whose placeholders no longer match the Vietnamese source', () => {
    expect(i18next.t('home.staffTitle', { name: 'Hà' })).toBe('Chào Hà');
  });

  it('fetches a newer pack and shows it without a reload', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response(JSON.stringify({
      language: 'mtq', version: 'v2', updatedAt: '2026-02-01T00:00:00Z', resources: { common: { 'home.title': 'Newer Mường title' } },
    }), { status: 200, headers: { 'content-type': 'application/json' } }))));
    render(<HomePage />);
    expect(await refreshLanguagePack(db, 'mtq')).toBe(true);
    await act(() => reloadLanguage('mtq'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Newer Mường title');
    const [, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(new Headers(init?.headers).get('if-none-match')).toBe('"v1"');
    vi.unstubAllGlobals();
  });
});

describe('fallback, key by key', () => {
  it('takes what a minority pack lacks from Vietnamese, with one plural form', async () => {
    await changeLanguage('tmm');
    expect(i18next.t('language.name')).toBe('Tay Thanh');
    expect(i18next.t('nav.home')).toBe('Trang chủ');
    expect(i18next.t('settings.idle.minutes', { count: 1 })).toBe('1 phút');
    expect(i18next.t('sync:badge', { count: 1 })).not.toMatch(/badge/);
    expect(document.documentElement.lang).toBe('tmm');
  });

  it('counts in Ukrainian with its four forms', async () => {
    await changeLanguage('uk');
    expect([1, 3, 5, 21, 1.5].map((count) => i18next.t('settings.idle.minutes', { count }))).toEqual([
      '1 хвилина', '3 хвилини', '5 хвилин', '21 хвилина', '1.5 хвилини',
    ]);
  });

  it('falls back from Ukrainian to English, then to Vietnamese', async () => {
    await changeLanguage('uk');
    const common = i18next.getResourceBundle('uk', 'common') as { home: Record<string, string> };
    i18next.addResourceBundle('uk', 'common', { ...common, home: { ...common.home, title: undefined } }, false, true);
    expect(i18next.t('home.title')).toBe('Welcome');
    const english = i18next.getResourceBundle('en', 'common') as { home: Record<string, string> };
    i18next.addResourceBundle('en', 'common', { ...english, home: { ...english.home, title: undefined } }, false, true);
    expect(i18next.t('home.title')).toBe('Xin chào');
  });

  it('formats dates for a language ICU does not know as its fallback does, not as en-US', () => {
    expect(['mtq', 'tmm', 'blt', 'hnj', 'ium', 'uk', 'en', 'vi'].map((l) => formattingLocale(l))).toEqual(['vi', 'vi', 'vi', 'vi', 'vi', 'uk', 'en', 'vi']);
  });
});
