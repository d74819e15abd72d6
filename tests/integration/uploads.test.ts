import { describeUploads } from './suites/uploads';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeUploads);
