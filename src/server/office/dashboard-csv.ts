import type { LocaleTree } from '../../domain/i18n/locale-keys';
import { DEFAULT_LOCALES_DIR, readLocaleFolder } from '../i18n/source-locale';
import type { Dashboard, DashboardFigures } from './dashboard';

// The dashboard as a spreadsheet: UTF-8 with a byte-order mark, or Excel opens Vietnamese as mojibake; the
// labels come from the same locale files as the screen (locales/<lang>/office.json `csv.*`, catalog names).

const BOM = '\uFEFF';

function lookup(tree: LocaleTree | undefined, path: string): string | undefined {
  let node: LocaleTree | string | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const cell = (value: string | number) => {
  const text = String(value);
  // Quote every text cell; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.
  return typeof value === 'number' ? text : `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
};

export function dashboardCsv(dashboard: Dashboard, language: 'vi' | 'en', localesDir = DEFAULT_LOCALES_DIR): string {
  const pack = readLocaleFolder(localesDir, language);
  const fallback = language === 'vi' ? pack : readLocaleFolder(localesDir, 'vi');
  const t = (key: string) => lookup(pack.office, `csv.${key}`) ?? lookup(fallback.office, `csv.${key}`) ?? key;
  const status = (s: string) => lookup(pack.reference, `dossierStatus.${s}`) ?? s;
  const procedure = (code: string) => lookup(pack.catalog, `procedure.${code.replace(/\./g, '_')}.name`) ?? code;

  const rows: Array<Array<string | number>> = [[t('communeCode'), t('scope'), t('metric'), t('detail'), t('value')]];
  const add = (code: string, name: string, f: DashboardFigures) => {
    const scope = [code, name] as const;
    rows.push([...scope, t('citizensTotal'), '', f.citizens.total], [...scope, t('citizensAssisted'), '', f.citizens.assisted], [...scope, t('citizensSelf'), '', f.citizens.selfRegistered]);
    rows.push([...scope, t('received'), '', f.received.total], [...scope, t('electronic'), '', f.received.electronic]);
    for (const p of f.received.byProcedure) rows.push([...scope, t('receivedByProcedure'), `${p.procedureCode} ${procedure(p.procedureCode)}`, p.count]);
    rows.push([...scope, t('onTime'), '', f.decided.onTime], [...scope, t('late'), '', f.decided.late]);
    rows.push([...scope, t('onTimeRate'), '', f.decided.onTimeRate === null ? '' : Math.round(f.decided.onTimeRate * 1000) / 10]);
    rows.push([...scope, t('averageDays'), '', f.decided.averageDays ?? '']);
    for (const p of f.pending) rows.push([...scope, t('pending'), status(p.status), p.count]);
  };
  for (const commune of dashboard.communes) add(commune.code, commune.name, commune.figures);
  add('', t('overall'), dashboard.overall);
  rows.push(['', t('period'), '', `${dashboard.period.from} – ${dashboard.period.to}`, '']);
  // CRLF: what RFC 4180 and spreadsheet programs expect.
  return BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
