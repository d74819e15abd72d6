import { describeCatalog } from './suites/catalog';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeCatalog);
