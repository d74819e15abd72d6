import { describeHttp } from './suites/http';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeHttp);
