import { describeAuth } from './suites/auth';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeAuth);
