import { describeCitizenRights } from './suites/citizen-rights';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeCitizenRights);
