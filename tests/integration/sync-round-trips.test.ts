import { describeSyncRoundTrips } from './suites/sync-round-trips';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeSyncRoundTrips);
