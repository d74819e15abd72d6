import { describeAudioPrompts } from './suites/audio-prompts';
import { runOnSqlite } from './suites/run-on';

runOnSqlite(describeAudioPrompts);
