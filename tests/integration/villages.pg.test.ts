import { describeVillages } from './suites/villages';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeVillages);
