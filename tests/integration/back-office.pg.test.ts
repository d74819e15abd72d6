import { describeBackOffice } from './suites/back-office';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeBackOffice);
