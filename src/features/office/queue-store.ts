import { create } from 'zustand';

/** The queue's filters, kept while the officer opens a dossier and comes back (UI state only). */
export type QueueFilters = { commune: string; status: string; procedure: string; village: string; overdue: boolean; q: string; page: number };

const EMPTY: QueueFilters = { commune: '', status: '', procedure: '', village: '', overdue: false, q: '', page: 1 };

export const useQueueFilters = create<QueueFilters>(() => EMPTY);

/** Changes filters; any change but the page itself goes back to the first page. */
export function setQueueFilters(change: Partial<QueueFilters>): void {
  useQueueFilters.setState((s) => ({ ...s, ...change, page: change.page ?? 1 }));
}

export const resetQueueFilters = (): void => useQueueFilters.setState(EMPTY);

export function queueSearch(filters: QueueFilters, pageSize: number): string {
  const params = new URLSearchParams();
  for (const name of ['commune', 'status', 'procedure', 'village', 'q'] as const) if (filters[name].trim()) params.set(name, filters[name].trim());
  if (filters.overdue) params.set('overdue', '1');
  params.set('page', String(filters.page));
  params.set('pageSize', String(pageSize));
  return params.toString();
}
