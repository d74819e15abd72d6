import { describeAudioPrompts } from './suites/audio-prompts';
import { runOnPostgres } from './suites/run-on';

runOnPostgres(describeAudioPrompts);
