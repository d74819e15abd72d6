import type { PluralCategory } from '../../shared/languages';
import type { ParsedPackRow } from './pack-csv';
import { resolveKey, validatePackEntries, checkTranslation, type PackEntry, type PackIssue } from './validate-pack';
import { targetKeys, type SourceIndex } from './source-messages';

export type ImportPlan = {
  /** The language's complete set of imported translations after this import (what PUT stores). */
  entries: PackEntry[];
  /** The file line of each entry (undefined for one kept from an earlier import), to point the server's answer back into the file. */
  lines: Array<number | undefined>;
  /** Keys whose text changes, counted per key. */
  changed: number;
  /** Imported translations that go away (a cell emptied, or set back to the bundled text). */
  removed: number;
  issues: PackIssue[];
};

const id = (namespace: string, key: string) => `${namespace}\u0000${key}`;

/**
 * What importing an edited CSV does to a language's imported translations. Only rows of the file change
 * anything: an emptied cell removes the imported text (the bundled one, or Vietnamese, shows again); keys
 * the file does not list keep what they had. A text equal to the bundled one needs no import. A counted
 * text is imported whole: if one plural form changes, all its forms are stored together.
 */
export function planPackImport(input: {
  source: SourceIndex;
  plurals: readonly PluralCategory[];
  /** The language's texts in the app build, flat keys per namespace. */
  bundled: (namespace: string, key: string) => string | undefined;
  /** The imported translations in force now. */
  current: readonly PackEntry[];
  rows: readonly ParsedPackRow[];
}): ImportPlan {
  const { source, plurals, bundled, current, rows } = input;
  const issues: PackIssue[] = [];
  const effective = new Map<string, string>();
  const overrides = new Map(current.map((e) => [id(e.namespace, e.key), e.value]));
  const rowOf = new Map<string, number>();
  const seen = new Set<string>();
  for (const message of source.messages) {
    for (const key of targetKeys(message, plurals)) {
      const value = overrides.get(id(message.namespace, key)) ?? bundled(message.namespace, key);
      if (value !== undefined) effective.set(id(message.namespace, key), value);
    }
  }
  for (const row of rows) {
    const at = { row: row.line, namespace: row.namespace, key: row.key };
    const rowId = id(row.namespace, row.key);
    if (seen.has(rowId)) {
      issues.push({ ...at, code: 'duplicate' });
      continue;
    }
    seen.add(rowId);
    const resolved = resolveKey(source, plurals, row.namespace, row.key);
    if ('issue' in resolved) {
      issues.push({ ...at, ...resolved.issue });
      continue;
    }
    rowOf.set(rowId, row.line);
    if (row.translation === '') {
      const fallback = bundled(row.namespace, row.key);
      if (fallback === undefined) effective.delete(rowId);
      else effective.set(rowId, fallback);
      continue;
    }
    for (const issue of checkTranslation(resolved.message, row.translation)) issues.push({ ...at, ...issue });
    effective.set(rowId, row.translation);
  }

  const entries: PackEntry[] = [];
  for (const message of source.messages) {
    const keys = targetKeys(message, plurals);
    const differs = keys.some((key) => {
      const value = effective.get(id(message.namespace, key));
      return value !== undefined && value !== bundled(message.namespace, key);
    });
    if (!differs) continue;
    // A form missing here is reported by validatePackEntries below, on a row of the text the file touched.
    for (const key of keys.filter((k) => effective.has(id(message.namespace, k)))) {
      entries.push({ namespace: message.namespace, key, value: effective.get(id(message.namespace, key))!, row: rowOf.get(id(message.namespace, key)) });
    }
  }
  // The final set must pass the server's own rules; its row numbers point back into the file.
  const issueId = (i: PackIssue) => [i.row, i.namespace, i.key, i.code].join('\u0000');
  const known = new Set(issues.map(issueId));
  for (const issue of validatePackEntries(source, plurals, entries)) if (!known.has(issueId(issue))) issues.push(issue);
  const next = new Map(entries.map((e) => [id(e.namespace, e.key), e.value]));
  const changed = [...next].filter(([key, value]) => overrides.get(key) !== value).length;
  const removed = [...overrides.keys()].filter((key) => !next.has(key)).length;
  return {
    entries: entries.map(({ namespace, key, value }) => ({ namespace, key, value })),
    lines: entries.map((e) => e.row),
    changed,
    removed,
    issues: issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
  };
}
