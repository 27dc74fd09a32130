import * as core from './workflow.js';
import { annotations } from './annotations.js';
import { describeThrown, isUserError } from './errors.js';
import { SummaryBuilder } from './summary.js';

const ISSUES_URL = 'https://github.com/blackbelt-actions/blackbelt/issues';

/**
 * The one entry wrapper every action uses. Whatever `main` throws (an Error, a string, undefined)
 * ends as a failed step with one readable message: user errors get a file:line annotation and no
 * stack; anything else is reported as a bug, with the stack only in debug logs.
 */
export async function runAction(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (thrown) {
    reportFailure(name, thrown);
  } finally {
    if (annotations.overflow.length && !annotations.overflowInSummary) {
      try {
        new SummaryBuilder().overflow(annotations.overflow).write();
      } catch {
        // The summary file is best effort; the failure is already reported.
      }
    }
  }
}

export function reportFailure(name: string, thrown: unknown): void {
  if (isUserError(thrown)) {
    const message = thrown.hint ? `${thrown.message}\n${thrown.hint}` : thrown.message;
    annotations.fail(message, thrown.location, thrown.title);
    return;
  }
  const text = describeThrown(thrown);
  annotations.fail(
    `${name} failed unexpectedly: ${text}\nThis looks like a bug in blackbelt. Please report it at ${ISSUES_URL} with this log (re-run with debug logging for the stack trace).`,
    undefined,
    `${name}: internal error`,
  );
  if (thrown instanceof Error && thrown.stack) {
    // The runner shows ::debug:: lines only with ACTIONS_STEP_DEBUG; the CLI only with BLACKBELT_DEBUG.
    if (process.env.BLACKBELT_CLI !== '1') core.debug(thrown.stack);
    else if (process.env.BLACKBELT_DEBUG === '1') process.stderr.write(`${thrown.stack}\n`);
  }
}
