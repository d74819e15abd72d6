import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../db/database';
import { readIdleMinutes, writeIdleMinutes, DEFAULT_IDLE_MINUTES } from '../../db/device-settings';

export const useIdleMinutes = (): number => useLiveQuery(() => readIdleMinutes(getDatabase()), []) ?? DEFAULT_IDLE_MINUTES;
export const saveIdleMinutes = (minutes: number): Promise<void> => writeIdleMinutes(getDatabase(), minutes);
