import type { PluralCategory } from '../../shared/languages';
import { interpolationVariables } from './locale-keys';
import { splitPluralKey } from './plural-forms';
import { findMessage, type SourceIndex, type SourceMessage } from './source-messages';

/** One imported translation. `row` numbers it in what was sent (a CSV line, or a position in a request). */
export type PackEntry = { namespace: string; key: string; value: string; row?: number };

export const PACK_ISSUES = ['unknownKey', 'pluralForm', 'pluralIncomplete', 'placeholders', 'empty', 'tooLong', 'controlCharacter', 'duplicate'] as const;
export type PackIssueCode = (typeof PACK_ISSUES)[number];

/** What is wrong with one row, as a code the admin's screen translates (locales/<lang>/admin.json `import.issue.*`). */
export type PackIssue = { row: number | undefined; namespace: string; key: string; code: PackIssueCode; params?: Record<string, string> };

export const MAX_TRANSLATION_LENGTH = 4000;
export const MAX_PACK_ENTRIES = 20_000;

// Tabs, line breaks and ordinary text are fine; other control characters are debris of copy and paste.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const formatVariables = (names: readonly string[]): string => names.map((n) => `{{${n}}}`).join(' ') || '—';
export const formatForms = (base: string, forms: readonly string[]): string => forms.map((c) => `${base}_${c}`).join(', ');

/** Checks one translation's text against its Vietnamese source. */
export function checkTranslation(message: SourceMessage, value: string): Array<Pick<PackIssue, 'code' | 'params'>> {
  if (value.trim() === '') return [{ code: 'empty' }];
  const issues: Array<Pick<PackIssue, 'code' | 'params'>> = [];
  if (value.length > MAX_TRANSLATION_LENGTH) issues.push({ code: 'tooLong', params: { max: String(MAX_TRANSLATION_LENGTH) } });
  if (CONTROL.test(value)) issues.push({ code: 'controlCharacter' });
  const found = interpolationVariables(value);
  if (found.join() !== message.variables.join()) {
    issues.push({ code: 'placeholders', params: { expected: formatVariables(message.variables), found: formatVariables(found) } });
  }
  return issues;
}

/** Where a key sits among a language's keys: unknown, a wrong plural form, or the message it translates. */
export function resolveKey(source: SourceIndex, plurals: readonly PluralCategory[], namespace: string, key: string):
  { message: SourceMessage } | { issue: Pick<PackIssue, 'code' | 'params'> } {
  const message = findMessage(source, namespace, key);
  const { base, category } = splitPluralKey(key);
  if (!message) return { issue: { code: 'unknownKey' } };
  if (!message.plural) return key === message.base ? { message } : { issue: { code: 'unknownKey' } };
  if (!category || base !== message.base || !plurals.includes(category)) {
    return { issue: { code: 'pluralForm', params: { forms: formatForms(message.base, plurals) } } };
  }
  return { message };
}

/**
 * The rules an imported pack must follow, checked alike by the admin's browser before upload and by the
 * server before it stores anything: only keys the Vietnamese source has, the same {{placeholders}}, every
 * plural form of the language for a counted text (a counted text is imported whole), no blank, no key twice.
 */
export function validatePackEntries(source: SourceIndex, plurals: readonly PluralCategory[], entries: readonly PackEntry[]): PackIssue[] {
  const issues: PackIssue[] = [];
  const seen = new Set<string>();
  const groups = new Map<string, { message: SourceMessage; row: number | undefined; forms: Set<string> }>();
  for (const entry of entries) {
    const at = { row: entry.row, namespace: entry.namespace, key: entry.key };
    const id = `${entry.namespace}\u0000${entry.key}`;
    if (seen.has(id)) {
      issues.push({ ...at, code: 'duplicate' });
      continue;
    }
    seen.add(id);
    const resolved = resolveKey(source, plurals, entry.namespace, entry.key);
    if ('issue' in resolved) {
      issues.push({ ...at, ...resolved.issue });
      continue;
    }
    for (const issue of checkTranslation(resolved.message, entry.value)) issues.push({ ...at, ...issue });
    if (resolved.message.plural) {
      const groupId = `${entry.namespace}\u0000${resolved.message.base}`;
      const group = groups.get(groupId) ?? { message: resolved.message, row: undefined, forms: new Set<string>() };
      group.forms.add(splitPluralKey(entry.key).category!);
      group.row ??= entry.row;
      groups.set(groupId, group);
    }
  }
  for (const { message, row, forms } of groups.values()) {
    const missing = plurals.filter((c) => !forms.has(c));
    if (missing.length > 0) {
      issues.push({
        row, namespace: message.namespace, key: message.base,
        code: 'pluralIncomplete', params: { missing: formatForms(message.base, missing) },
      });
    }
  }
  return issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
