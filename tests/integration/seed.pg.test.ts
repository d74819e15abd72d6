import { describeSeed } from './suites/seed';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeSeed);
