// Entry point bundled into dist/build-parity-image/index.js: everything thrown ends in one readable failure.
import { runAction } from '../shared/runner.js';
import { main } from './main.js';

void runAction('build-parity-image', main);
