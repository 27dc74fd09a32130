import type { SourceLocation } from '../errors.js';

export type Manager = 'poetry' | 'uv' | 'pip-tools' | 'pdm' | 'pipenv' | 'pylock';
export const MANAGERS: readonly Manager[] = ['poetry', 'uv', 'pip-tools', 'pdm', 'pipenv', 'pylock'];

/** What kind of problem a finding is; stable identifiers used in the report and summary. */
export type FindingClass =
  | 'missing-lockfile'
  | 'drift' // manifest changed since the lock was written (hash / recorded inputs / unsatisfied pin)
  | 'unpinned' // a package not pinned to one exact version
  | 'missing-hash'
  | 'malformed-hash' // a hash that is not `algorithm:<hex digest of the right length>`
  | 'dangling-dependency' // a dependency edge pointing at a package not in the lock
  | 'version-mismatch' // locked version disagrees with artifact file names, or export vs uv.lock
  | 'vcs-not-pinned' // VCS reference that is not a full commit SHA
  | 'credentials-in-url'
  | 'unsupported-format' // lock-format version this checker (or the tool) does not know
  | 'tool-version-skew'
  | 'invalid-lockfile' // malformed TOML/JSON, wrong shape
  | 'invalid-manifest'
  | 'inconclusive'; // the static verdict cannot be certain (dynamic metadata, preview format)

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  class: FindingClass;
  severity: Severity;
  /** One sentence, self-contained: what is wrong. */
  message: string;
  /** Normalised package name, when the finding is about one package. */
  package?: string;
  expected?: string;
  found?: string;
  /** Where in the manifest (pyproject.toml, Pipfile, requirements.in). Paths relative to the workspace. */
  manifest?: SourceLocation;
  /** Where in the lockfile. */
  lock?: SourceLocation;
  /** Exact command that fixes it, for the tool and version that wrote the lock. */
  fix?: string;
}

/** Outcome of static freshness checking. */
export type Freshness = 'fresh' | 'stale' | 'inconclusive';

export interface LockCheckResult {
  manager: Manager;
  /** Absolute path of the lockfile. */
  lockfile: string;
  /** Absolute path of the manifest (pyproject.toml, Pipfile, requirements.in), if any. */
  manifest?: string;
  /** Version of the tool that wrote the lock, when the lock says so (header, created-by, lock version). */
  toolVersion?: string;
  /** The tool (and what it says of itself) when the lock names no version: `pip-compile (Python 3.11)`, `uv export`. */
  writtenBy?: string;
  /** Lock-format version as written in the file. */
  formatVersion?: string;
  freshness: Freshness;
  /** Why the verdict is inconclusive (shown to the user; decides whether to run the native tool). */
  inconclusiveReason?: string;
  /** Number of locked packages (distinct name+version entries). */
  packages: number;
  findings: Finding[];
  /** The lock's packages, for parity checks in build-parity-image. */
  locked: LockedPackage[];
}

export interface LockedPackage {
  name: string; // PEP 503 normalised
  version: string;
  /** PEP 508 marker under which this entry applies (undefined = always). */
  marker?: string;
  /** Source kind: registry (default), git, path/directory/editable, url. */
  source?: 'registry' | 'git' | 'path' | 'url' | 'project';
  /**
   * For local sources: the path as the lock records it (relative to the lockfile's directory, or
   * absolute; a `file:` URL is turned into its path). An empty `name` means the lock does not name it
   * (a bare `-e ./lib` line): its wheel's metadata does.
   */
  path?: string;
  /** Dependency group / category memberships where the format records them (main, dev, ...). */
  groups?: string[];
  hashes?: string[];
}

/** Files a checker reads; every path absolute, text already read (size-checked by the caller). */
export interface ProjectInput {
  /** Workspace root (for relative paths in findings). */
  workspace: string;
  /** Project directory (working-directory input). */
  dir: string;
  lockfile: string;
  requireHashes: boolean;
}
