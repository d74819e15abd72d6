import { describeBackOffice } from './suites/back-office';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeBackOffice);
