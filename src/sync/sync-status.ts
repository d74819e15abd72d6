import { create } from 'zustand';

export type SyncPhase = 'idle' | 'uploading' | 'pushing' | 'pulling';

/** What the sync screen and the badge show. Memory only; the last success is also kept in the database. */
export type SyncStatus = {
  phase: SyncPhase;
  itemsDone: number;
  itemsTotal: number;
  bytesDone: number;
  bytesTotal: number;
  lastSuccessAt?: string;
  /** Machine code of the last failure ('network', 'unauthenticated', …), cleared by a success. */
  lastError?: string;
  nextAttemptAt?: number;
};

export const useSyncStatus = create<SyncStatus>(() => ({ phase: 'idle', itemsDone: 0, itemsTotal: 0, bytesDone: 0, bytesTotal: 0 }));

export const resetProgress = (phase: SyncPhase, itemsTotal = 0, bytesTotal = 0): void =>
  useSyncStatus.setState({ phase, itemsDone: 0, itemsTotal, bytesDone: 0, bytesTotal });
