import { describeSyncDossiers } from './suites/sync-dossiers';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeSyncDossiers);
