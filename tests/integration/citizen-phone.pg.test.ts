import { describeCitizenPhone } from './suites/citizen-phone';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeCitizenPhone);
