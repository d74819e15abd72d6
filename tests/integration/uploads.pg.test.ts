import { describeUploads } from './suites/uploads';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeUploads);
