import { describeCitizenPhone } from './suites/citizen-phone';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeCitizenPhone);
