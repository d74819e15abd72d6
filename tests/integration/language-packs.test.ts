import { describeLanguagePacks } from './suites/language-packs';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeLanguagePacks);
