import { describeSyncDossiers } from './suites/sync-dossiers';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeSyncDossiers);
