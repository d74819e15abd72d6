import { useCallback, useEffect, useMemo, useState } from 'react';
import { getDatabase } from '../../db/database';
import { readStoredLanguagePack } from '../../db/language-packs';
import { packCoverage } from '../../domain/i18n/coverage';
import { planPackImport, type ImportPlan } from '../../domain/i18n/import-plan';
import { flattenLocale, mergeLocale, type LocaleTree } from '../../domain/i18n/locale-keys';
import { exportPackRows, packRowsToCsv, parsePackCsv } from '../../domain/i18n/pack-csv';
import type { PluralCategory } from '../../shared/languages';
import type { SourceIndex, SourceMessage } from '../../domain/i18n/source-messages';
import type { PackEntry, PackIssue } from '../../domain/i18n/validate-pack';
import { ApiError, apiRequest } from '../../lib/api';
import { loadBundledPack, loadSourceIndex } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { languageInfo, type AppLanguage } from '../../shared/languages';
import { LANGUAGE_PACK_CONFLICT, LANGUAGE_PACK_INVALID, type LanguagePackResponse } from '../../shared/language-packs';
import { ensureAccessToken } from '../../sync/session-api';
import { applyImportedPack } from './language-pack-sync';

type Loaded = {
  source: SourceIndex;
  bundled: Record<string, LocaleTree>;
  pack: LanguagePackResponse;
  /** False when the server could not be reached: the pack shown is this device's copy. */
  online: boolean;
};

export type CheckResult =
  | { kind: 'notUtf8' }
  | { kind: 'missingColumns'; columns: string[] }
  | { kind: 'plan'; plan: ImportPlan };

export type ImportOutcome = { kind: 'done' } | { kind: 'offline' } | { kind: 'conflict' } | { kind: 'invalid'; issues: PackIssue[] } | { kind: 'failed' };

const entriesOf = (pack: LanguagePackResponse): PackEntry[] =>
  Object.entries(pack.resources).flatMap(([namespace, keys]) => Object.entries(keys).map(([key, value]) => ({ namespace, key, value })));

async function loadServerPack(language: AppLanguage): Promise<{ pack: LanguagePackResponse; online: boolean }> {
  try {
    return { pack: await apiRequest<LanguagePackResponse>(`/language-packs/${language}`), online: true };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const stored = await readStoredLanguagePack(getDatabase(), language);
    return { pack: { language, version: stored?.version ?? '0', resources: stored?.resources ?? {}, updatedAt: null }, online: false };
  }
}

/** The admin's view of one language: its coverage, a CSV to hand to a translator, and checking and importing the file back. */
export function useLanguagePackAdmin(language: AppLanguage) {
  const user = useSession((s) => s.user);
  const [loaded, setLoaded] = useState<Loaded>();
  const [generation, setGeneration] = useState(0);
  const plurals: readonly PluralCategory[] = languageInfo(language).plurals;

  useEffect(() => {
    let live = true;
    setLoaded(undefined);
    void Promise.all([loadSourceIndex(), loadBundledPack(language), loadServerPack(language)]).then(([source, bundled, server]) => {
      if (live) setLoaded({ source, bundled, ...server });
    });
    return () => {
      live = false;
    };
  }, [language, generation]);

  const bundledText = useMemo(() => {
    const flat = new Map(Object.entries(loaded?.bundled ?? {}).map(([ns, tree]) => [ns, flattenLocale(tree)]));
    return (namespace: string, key: string) => flat.get(namespace)?.get(key);
  }, [loaded]);

  const coverage = useMemo(() => {
    if (!loaded) return undefined;
    const merged = Object.fromEntries(loaded.source.messages.map((m) => m.namespace).filter((ns, i, all) => all.indexOf(ns) === i)
      .map((ns) => [ns, mergeLocale(loaded.bundled[ns] ?? {}, Object.entries(loaded.pack.resources[ns] ?? {}))]));
    const rows = packCoverage(loaded.source, plurals, merged);
    return { translated: rows.reduce((n, r) => n + r.translated, 0), total: rows.reduce((n, r) => n + r.total, 0), imported: entriesOf(loaded.pack).length };
  }, [loaded, plurals]);

  const exportCsv = useCallback((note: (message: SourceMessage, category: PluralCategory | undefined) => string): string | undefined => {
    if (!loaded) return undefined;
    const current = (namespace: string, key: string) => loaded.pack.resources[namespace]?.[key] ?? bundledText(namespace, key);
    return packRowsToCsv(exportPackRows(loaded.source, plurals, current, note));
  }, [loaded, bundledText, plurals]);

  const checkFile = useCallback(async (file: Blob): Promise<CheckResult | undefined> => {
    if (!loaded) return undefined;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return { kind: 'notUtf8' };
    }
    const parsed = parsePackCsv(text);
    if (!parsed.ok) return { kind: 'missingColumns', columns: parsed.missing };
    return { kind: 'plan', plan: planPackImport({ source: loaded.source, plurals, bundled: bundledText, current: entriesOf(loaded.pack), rows: parsed.rows }) };
  }, [loaded, bundledText, plurals]);

  const importPlan = useCallback(async (plan: ImportPlan): Promise<ImportOutcome> => {
    if (!loaded || !user) return { kind: 'failed' };
    try {
      const token = await ensureAccessToken(getDatabase(), user.userId);
      const pack = await apiRequest<LanguagePackResponse>(`/language-packs/${language}`, {
        method: 'PUT', token, body: { entries: plan.entries }, headers: { 'if-match': `"${loaded.pack.version}"` },
      });
      await applyImportedPack(getDatabase(), pack);
      setGeneration((g) => g + 1);
      return { kind: 'done' };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.isNetwork) return { kind: 'offline' };
      if (error.code === LANGUAGE_PACK_CONFLICT) return { kind: 'conflict' };
      if (error.code === LANGUAGE_PACK_INVALID && Array.isArray(error.details)) {
        // The server numbers the entries it was sent; the admin needs the lines of the file.
        const issues = (error.details as PackIssue[]).map((issue) => ({ ...issue, row: issue.row === undefined ? undefined : plan.lines[issue.row - 1] }));
        return { kind: 'invalid', issues };
      }
      return { kind: 'failed' };
    }
  }, [loaded, user, language]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return { loaded, online: loaded?.online ?? false, coverage, exportCsv, checkFile, importPlan, reload };
}

/** Hands a text file to the browser's download. */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
