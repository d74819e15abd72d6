import { create } from 'zustand';
import type { IntegrityReport } from '../db/integrity';

/** UI-only state of the shell: update availability and the start-up storage check. */
type AppState = {
  updateReady: boolean;
  applyUpdate?: () => Promise<void>;
  integrity?: IntegrityReport;
  integrityAcknowledged: boolean;
};

export const useAppStore = create<AppState>(() => ({ updateReady: false, integrityAcknowledged: false }));
