import { describeCitizenRights } from './suites/citizen-rights';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeCitizenRights);
