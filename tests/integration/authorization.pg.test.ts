import { describeAuthorization } from './suites/authorization';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeAuthorization);
