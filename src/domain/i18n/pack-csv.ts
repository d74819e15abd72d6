import type { PluralCategory } from '../../shared/languages';
import { encodeCsv, parseCsv } from './csv';
import { splitPluralKey } from './plural-forms';
import { targetKeys, type SourceIndex, type SourceMessage } from './source-messages';

/** The columns of an exported pack, in order. The header row names them; import finds them by name. */
export const PACK_CSV_COLUMNS = ['namespace', 'key', 'vietnamese source', 'translation', 'notes'] as const;

export type PackRow = { namespace: string; key: string; source: string; translation: string; notes: string };
export type ParsedPackRow = PackRow & { line: number };

// A cell starting with = + - @ is run as a formula by spreadsheets (CSV injection): it is written with a
// leading apostrophe, which spreadsheets hide and the import removes again.
const FORMULA = /^[=+\-@]/;
const protect = (text: string) => (FORMULA.test(text) ? `'${text}` : text);
const unprotect = (text: string) => (/^'[=+\-@]/.test(text) ? text.slice(1) : text);

/**
 * One row per key the language writes (a counted text once per plural form of the language), with the
 * Vietnamese source beside it and the current translation, or blank where there is none yet.
 */
export function exportPackRows(
  source: SourceIndex,
  plurals: readonly PluralCategory[],
  current: (namespace: string, key: string) => string | undefined,
  note: (message: SourceMessage, category: PluralCategory | undefined) => string,
): PackRow[] {
  return source.messages.flatMap((message) =>
    targetKeys(message, plurals).map((key) => ({
      namespace: message.namespace,
      key,
      source: message.text,
      translation: current(message.namespace, key) ?? '',
      notes: note(message, message.plural ? splitPluralKey(key).category : undefined),
    })),
  );
}

export function packRowsToCsv(rows: readonly PackRow[]): string {
  return encodeCsv([
    [...PACK_CSV_COLUMNS],
    ...rows.map((r) => [r.namespace, r.key, protect(r.source), protect(r.translation), r.notes]),
  ]);
}

export type ParsePackResult = { ok: true; rows: ParsedPackRow[] } | { ok: false; error: 'missingColumns'; missing: string[] };

/** Reads an edited pack back. Columns are found by their header, so a spreadsheet may reorder or add some. */
export function parsePackCsv(text: string): ParsePackResult {
  const [header, ...records] = parseCsv(text);
  const names = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
  const column = (name: string) => names.indexOf(name);
  const needed = ['namespace', 'key', 'translation'];
  const missing = needed.filter((n) => column(n) < 0);
  if (missing.length > 0) return { ok: false, error: 'missingColumns', missing };
  const at = (cells: string[], name: string) => (column(name) >= 0 ? (cells[column(name)] ?? '') : '');
  return {
    ok: true,
    rows: records.map(({ line, cells }) => ({
      line,
      namespace: at(cells, 'namespace').trim(),
      key: at(cells, 'key').trim(),
      source: unprotect(at(cells, 'vietnamese source')),
      translation: unprotect(at(cells, 'translation')).normalize('NFC').trim(),
      notes: at(cells, 'notes'),
    })),
  };
}
