import path from 'node:path';
import type { Page } from 'playwright-core';

const AXE = path.resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js');

/** WCAG 2.2 A and AA, plus axe's best practices (landmarks, heading order, one h1). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type AxeResult = { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> };

/**
 * Runs axe-core in the page and returns its violations, one line each. The page's context must bypass CSP
 * (`bypassCSP: true`): the app's policy rightly refuses an injected script.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<unknown> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, TAGS) as AxeResult;
  return result.violations.map((v) =>
    `${v.id} (${v.impact ?? '-'}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}${v.nodes.length > 3 ? ` +${v.nodes.length - 3}` : ''}`);
}

/** Controls smaller than the design's 48 px touch target (inline links in running text are exempt, WCAG 2.5.8). */
export function smallTargets(page: Page, min = 48): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const selector = 'button, select, input:not([type=radio]):not([type=checkbox]):not([type=hidden]), textarea, .choice, .navitem, .tile, summary, a.btn, .sync-badge';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (el.closest('.visually-hidden, [hidden]')) continue;
      if (box.height < min || box.width < min) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return out;
  }, min);
}

/** True when the page scrolls sideways (WCAG 1.4.10: content reflows at 320 CSS px, and here at 180 px too). */
export function scrollsSideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
      .filter((el) => !el.closest('.table-scroll'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)} > ${width}`);
  });
}

/**
 * Tabs through the page: every control must be reached (a radio group counts once) and show a visible focus
 * indicator. Returns what was never reached or had no visible focus.
 */
export async function keyboardProblems(page: Page, maxTabs = 150): Promise<string[]> {
  // Start from the top: the skip link is the first stop, then Tab walks the page in order.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('.skip-link')?.focus();
  });
  const seen = new Set<string>();
  const problems: string[] = [];
  let previous = '';
  for (let i = 0; i < maxTabs; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.dataset.tabSeen = '1';
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      // Each control gets its own key the first time it is focused: two icon buttons on one line (speakers)
      // look alike by tag, text and position, and must not be taken for the walk coming back to the start.
      el.dataset.tabKey ??= String(document.querySelectorAll('[data-tab-key]').length);
      const id = el.getAttribute('name') && el.getAttribute('type') === 'radio' ? `radio:${el.getAttribute('name')}` : `key:${el.dataset.tabKey}`;
      return { id, visible, label: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"` };
    });
    if (!focused) continue;
    // A date input takes several Tabs (day, month, year): the same control again is not the end of the page.
    if (focused.id === previous) continue;
    previous = focused.id;
    if (seen.has(focused.id)) break;
    seen.add(focused.id);
    // (The first stop was focused by script, which does not count as keyboard focus for :focus-visible.)
    if (!focused.visible && i > 0) problems.push(`no visible focus on ${focused.label}`);
  }
  const unreached = await page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"]')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    const groups = new Map<string, HTMLElement[]>();
    for (const el of controls) {
      const key = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : `${Math.random()}`;
      groups.set(key, [...(groups.get(key) ?? []), el]);
    }
    const out = [...groups.values()].filter((els) => !els.some((el) => el.dataset.tabSeen)).map((els) => `${els[0]!.tagName.toLowerCase()} "${(els[0]!.textContent ?? els[0]!.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`);
    for (const el of document.querySelectorAll<HTMLElement>('[data-tab-seen]')) delete el.dataset.tabSeen;
    for (const el of document.querySelectorAll<HTMLElement>('[data-tab-key]')) delete el.dataset.tabKey;
    return out;
  });
  return [...problems, ...unreached.map((u) => `not reached by Tab: ${u}`)];
}
