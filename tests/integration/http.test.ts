import { describeHttp } from './suites/http';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeHttp);
