import { describeMigrations } from './suites/migrations';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeMigrations);
