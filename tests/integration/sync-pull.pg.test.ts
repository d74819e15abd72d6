import { describeSyncPull } from './suites/sync-pull';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeSyncPull);
