import type { CauNoiDatabase } from './database';

/** Idle time before a shared tablet locks itself (issue 3: configurable, 5 minutes by default). */
export const DEFAULT_IDLE_MINUTES = 5;
export const IDLE_MINUTES_CHOICES = [1, 2, 5, 10, 15, 30] as const;

export async function readIdleMinutes(db: CauNoiDatabase): Promise<number> {
  const value = (await db.meta.get('settings:idleMinutes'))?.value;
  return typeof value === 'number' && value > 0 ? value : DEFAULT_IDLE_MINUTES;
}

export async function writeIdleMinutes(db: CauNoiDatabase, minutes: number): Promise<void> {
  if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError('idle minutes must be positive');
  await db.meta.put({ key: 'settings:idleMinutes', value: minutes });
}

/** After this many days without a successful sync, or with more unsent items than this, staff are warned plainly (as MOSIP does). */
export const SYNC_WARNING_DEFAULTS = { days: 3, unsentItems: 50 } as const;
export type SyncWarningSettings = { days: number; unsentItems: number };

export async function readSyncWarningSettings(db: CauNoiDatabase): Promise<SyncWarningSettings> {
  const value = (await db.meta.get('settings:syncWarning'))?.value as Partial<SyncWarningSettings> | undefined;
  return { ...SYNC_WARNING_DEFAULTS, ...value };
}

export async function writeSyncWarningSettings(db: CauNoiDatabase, settings: SyncWarningSettings): Promise<void> {
  if (!(settings.days > 0 && settings.unsentItems > 0)) throw new RangeError('thresholds must be positive');
  await db.meta.put({ key: 'settings:syncWarning', value: settings });
}
