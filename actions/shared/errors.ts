/** Where a problem is, in GitHub annotation terms (paths relative to the workspace). */
export interface SourceLocation {
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
}

/**
 * A problem the user can fix: bad input, a broken lockfile, an unreachable registry.
 * The entry wrapper prints it as one annotation with no stack trace.
 */
export class UserError extends Error {
  readonly title: string;
  readonly location: SourceLocation | undefined;
  readonly hint: string | undefined;

  constructor(message: string, options: { title?: string; location?: SourceLocation; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.title = options.title ?? 'blackbelt';
    this.location = options.location;
    this.hint = options.hint;
  }
}

export function isUserError(value: unknown): value is UserError {
  return value instanceof UserError;
}

/** Best-effort text of any thrown value (strings, objects, null ...). */
export function describeThrown(value: unknown): string {
  if (value instanceof Error) return value.message || value.name;
  if (typeof value === 'string') return value;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json;
  } catch {
    return String(value);
  }
}
