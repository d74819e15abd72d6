import type { PluralCategory } from '../../shared/languages';
import { flattenLocale, interpolationVariables, type LocaleTree } from './locale-keys';
import { pluralKey, splitPluralKey } from './plural-forms';

/** One text of the Vietnamese source: a key, or a counted text whose forms a pack writes per its plural rules. */
export type SourceMessage = {
  namespace: string;
  /** The key without plural suffix. */
  base: string;
  plural: boolean;
  /** The Vietnamese text (the `_other` form of a counted text). */
  text: string;
  /** Its {{variables}}, sorted: every translation must keep exactly these. */
  variables: string[];
};

/** The Vietnamese source, indexed by namespace and key: what packs are checked against. */
export type SourceIndex = {
  messages: SourceMessage[];
  byKey: Map<string, SourceMessage>;
};

const indexKey = (namespace: string, base: string) => `${namespace}\u0000${base}`;

export function indexSource(namespaces: Record<string, LocaleTree>): SourceIndex {
  const messages: SourceMessage[] = [];
  const byKey = new Map<string, SourceMessage>();
  for (const namespace of Object.keys(namespaces).sort()) {
    for (const [key, text] of flattenLocale(namespaces[namespace]!)) {
      const { base, category } = splitPluralKey(key);
      // Vietnamese has one plural form: a counted text is its `_other` key.
      if (category && category !== 'other') continue;
      const message: SourceMessage = { namespace, base, plural: category === 'other', text, variables: interpolationVariables(text) };
      messages.push(message);
      byKey.set(indexKey(namespace, base), message);
    }
  }
  return { messages, byKey };
}

export function findMessage(source: SourceIndex, namespace: string, key: string): SourceMessage | undefined {
  return source.byKey.get(indexKey(namespace, splitPluralKey(key).base)) ?? source.byKey.get(indexKey(namespace, key));
}

/** The keys a pack writes for a message: one, or one per plural category of its language. */
export function targetKeys(message: SourceMessage, plurals: readonly PluralCategory[]): string[] {
  return message.plural ? plurals.map((category) => pluralKey(message.base, category)) : [message.base];
}
