import { describeAuth } from './suites/auth';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeAuth);
