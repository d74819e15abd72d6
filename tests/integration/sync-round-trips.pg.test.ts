import { describeSyncRoundTrips } from './suites/sync-round-trips';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeSyncRoundTrips);
