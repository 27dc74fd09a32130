// Entry point bundled into dist/verify-lockfile/index.js: everything thrown ends in one readable failure.
import { runAction } from '../shared/runner.js';
import { main } from './main.js';

void runAction('verify-lockfile', main);
