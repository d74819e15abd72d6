import { describeStartServer } from './suites/start';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeStartServer);
