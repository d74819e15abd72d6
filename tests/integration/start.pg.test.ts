import { describeStartServer } from './suites/start';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeStartServer);
