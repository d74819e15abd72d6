// `npm run i18n:report`: how much of the Vietnamese source each bundled language pack translates, per
// namespace. A counted text counts once, when every plural form of the language is there. Texts admins
// imported on a server (issue 7 §2) are not in locales/ and not counted here: the admin screen shows those.
//   --json   machine-readable output
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { packCoverage, percent, type NamespaceCoverage } from '../src/domain/i18n/coverage';
import { indexSource } from '../src/domain/i18n/source-messages';
import { APP_LANGUAGES, isAppLanguage, languageInfo, type AppLanguage } from '../src/shared/languages';
import { readLocaleFolder } from '../src/server/i18n/source-locale';

const localesDir = path.resolve(import.meta.dirname, '../locales');
const folders = readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const source = indexSource(readLocaleFolder(localesDir, 'vi'));
const namespaces = [...new Set(source.messages.map((m) => m.namespace))];

type LanguageReport = { language: string; name: string; fallback: AppLanguage[]; namespaces: NamespaceCoverage[]; translated: number; total: number };
const reports: LanguageReport[] = APP_LANGUAGES.filter((l) => folders.includes(l.tag)).map((l) => {
  const rows = packCoverage(source, l.plurals, readLocaleFolder(localesDir, l.tag));
  return {
    language: l.tag, name: l.autonym, fallback: [...l.fallback], namespaces: rows,
    translated: rows.reduce((n, r) => n + r.translated, 0), total: rows.reduce((n, r) => n + r.total, 0),
  };
});
const strays = folders.filter((f) => !isAppLanguage(f));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ languages: reports, unknownFolders: strays }, null, 2));
} else {
  const cell = (translated: number, total: number) => `${translated}/${total} ${percent(translated, total)}%`;
  const header = ['namespace', ...reports.map((r) => `${r.language} ${r.name}`)];
  const body = namespaces.map((ns) => [ns, ...reports.map((r) => {
    const row = r.namespaces.find((n) => n.namespace === ns)!;
    return cell(row.translated, row.total);
  })]);
  const total = ['total', ...reports.map((r) => cell(r.translated, r.total))];
  const table = [header, ...body, total];
  const widths = header.map((_, i) => Math.max(...table.map((row) => [...row[i]!].length)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' │ ');
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  console.log('Coverage of the bundled language packs: texts translated / texts in the Vietnamese source\n');
  console.log(line(header));
  console.log(rule);
  for (const row of body) console.log(line(row));
  console.log(rule);
  console.log(line(total));
  console.log('');
  for (const r of reports.filter((x) => x.translated < x.total)) {
    const chain = [...r.fallback].map((tag) => languageInfo(tag).autonym).join(' → ');
    console.log(`${r.language}: ${r.total - r.translated} texts missing, shown in ${chain} (key by key)`);
  }
  if (strays.length > 0) console.log(`\nFolders that are not app languages (src/shared/languages.ts): ${strays.join(', ')}`);
}
