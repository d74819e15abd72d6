import { describeSeed } from './suites/seed';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeSeed);
