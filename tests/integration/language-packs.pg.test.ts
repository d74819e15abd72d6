import { describeLanguagePacks } from './suites/language-packs';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeLanguagePacks);
