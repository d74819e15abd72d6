import { describeMigrations } from './suites/migrations';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeMigrations);
