import type { Page } from 'playwright-core';

/**
 * What on screen looks like an untranslated text: an i18n key (`settings.storage.title`, `sync:badge`), i18next's
 * "returned an object" message, or a {{placeholder}} left as is — in text and in labels a screen reader reads
 * (aria-label, title, placeholder, alt). URLs, e-mail addresses, file names and numbers are not keys.
 */
export function untranslatedTexts(page: Page, keys: readonly string[], options: { allowPlaceholders?: boolean } = {}): Promise<string[]> {
  return page.evaluate(({ keys, allowPlaceholders }) => {
    const known = new Set(keys);
    const problems: string[] = [];
    const keyLike = /\b[a-z][a-zA-Z]+(?:[.:][a-zA-Z][\w-]*)*\.[a-zA-Z][\w-]*\b/g;
    const notKeys = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\b[\w-]+\.(?:csv|caunoi|json|png|jpe?g|pdf|vn|com|org)\b/gi;
    const check = (raw: string | null | undefined, where: string) => {
      const text = (raw ?? '').trim();
      if (!text) return;
      if (known.has(text)) problems.push(`${where}: the key "${text}"`);
      if (/returned an object instead of string/i.test(text)) problems.push(`${where}: ${text}`);
      if (!allowPlaceholders && /\{\{\s*[\w.]+\s*\}\}/.test(text)) problems.push(`${where}: a placeholder left in "${text}"`);
      for (const match of text.replace(notKeys, ' ').matchAll(keyLike)) problems.push(`${where}: "${match[0]}" looks like a key in "${text.slice(0, 100)}"`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      if (parent?.closest('script, style, code')) continue;
      check(walker.currentNode.textContent, parent?.tagName.toLowerCase() ?? 'text');
    }
    for (const name of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt']) {
      for (const el of document.querySelectorAll(`[${name}]`)) check(el.getAttribute(name), `${el.tagName.toLowerCase()}[${name}]`);
    }
    check(document.title, 'title');
    return problems;
  }, { keys: [...keys], allowPlaceholders: options.allowPlaceholders ?? false });
}
