import type { AttachmentRef } from '../../domain/citizen/attachment-ref';

/** Moves a page one place up or down within one document's pages. */
export function movePageIn(pages: Record<string, AttachmentRef[]>, documentId: string, index: number, delta: -1 | 1): Record<string, AttachmentRef[]> {
  const list = [...(pages[documentId] ?? [])];
  const target = index + delta;
  if (target < 0 || target >= list.length) return pages;
  [list[index], list[target]] = [list[target]!, list[index]!];
  return { ...pages, [documentId]: list };
}
