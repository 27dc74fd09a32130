// Entry point bundled into dist/verify-lockfile/index.js: everything thrown ends in one readable failure.
import { runAction } from '../shared/runner.js';
import { useSyncStdout } from '../shared/workflow.js';
import { main } from './main.js';

// Nothing here writes through process.stdout: the log goes out with write(2), and Node never builds the stream.
useSyncStdout();
void runAction('verify-lockfile', main);
