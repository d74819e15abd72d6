import { describeAuthorization } from './suites/authorization';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeAuthorization);
