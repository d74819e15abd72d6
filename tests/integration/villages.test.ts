import { describeVillages } from './suites/villages';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeVillages);
