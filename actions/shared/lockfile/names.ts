/**
 * Package-name normalisation, artifact (wheel / sdist) file-name parsing, URL credential
 * detection. (pep508.ts imports this module: do not import pep508.ts here.)
 */
import type { Finding } from './types.js';
import { versionsEqual } from './pep440.js';

/** PEP 503: lower-case, runs of `-`, `_`, `.` collapse to one `-`. */
export function normalizeName(name: string): string {
  // Most names are already normalised (lockfiles write them so): skip the regex for those.
  return /[A-Z_.]|--/.test(name) ? name.replace(/[-_.]+/g, '-').toLowerCase() : name;
}

/** PDM's `normalize_name` (src/pdm/utils.py): any run of non-alphanumerics becomes `-`. */
export function pdmNormalizeName(name: string, lowercase = true): string {
  const n = name.replace(/[^A-Za-z0-9]+/g, '-');
  return lowercase ? n.toLowerCase() : n;
}

/** True if the name is already in PEP 503 normal form. */
export function isNormalizedName(name: string): boolean {
  return normalizeName(name) === name;
}

/** Loose PEP 440-ish canonical form used to compare a locked version with a file name. */
export function canonicalVersionLoose(version: string): string {
  let v = version.trim().toLowerCase();
  if (v.startsWith('v')) v = v.slice(1);
  // Local part: `_`/`-` separators become `.`.
  let local = '';
  const plus = v.indexOf('+');
  if (plus >= 0) {
    local = '+' + v.slice(plus + 1).replace(/[-_]/g, '.');
    v = v.slice(0, plus);
  }
  v = v
    .replace(/[-_.]?(alpha|a)[-_.]?(?=\d|$)/g, 'a')
    .replace(/[-_.]?(beta|b)[-_.]?(?=\d|$)/g, 'b')
    .replace(/[-_.]?(preview|pre|rc|c)[-_.]?(?=\d|$)/g, 'rc')
    .replace(/[-_.]?(post|rev|r)[-_.]?(?=\d|$)/g, '.post')
    .replace(/[-_.]?dev[-_.]?(?=\d|$)/g, '.dev')
    .replace(/(a|b|rc|\.post|\.dev)(?!\d)/g, '$10');
  // Strip leading zeros of numeric components and trailing `.0` release components.
  const m = /^(?:(\d+)!)?(\d+(?:\.\d+)*)(.*)$/.exec(v);
  if (!m) return v + local;
  const epoch = m[1] !== undefined && Number(m[1]) !== 0 ? `${Number(m[1])}!` : '';
  const release = m[2]!.split('.').map((p) => String(BigInt(p)));
  while (release.length > 1 && release[release.length - 1] === '0') release.pop();
  const rest = m[3]!.replace(/\d+/g, (d) => String(BigInt(d)));
  return epoch + release.join('.') + rest + local;
}

/** Do two versions name the same release (loose PEP 440 equality)? */
export function sameVersionLoose(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    if (versionsEqual(a, b)) return true;
  } catch {
    // fall through to the loose comparison
  }
  return canonicalVersionLoose(a) === canonicalVersionLoose(b);
}

export interface ArtifactName {
  kind: 'wheel' | 'sdist';
  /** Distribution name as written in the file name (not normalised). */
  name: string;
  version: string;
  /** Wheel tags `python-abi-platform`, when a wheel. */
  tags?: string;
  build?: string;
}

const SDIST_EXTS = ['.tar.gz', '.tar.bz2', '.tar.xz', '.tar.zst', '.tgz', '.tbz', '.txz', '.tar.z', '.tar', '.zip'];

/** Last path segment of a file name or URL (drops query and fragment). */
export function artifactBasename(fileOrUrl: string): string {
  let s = fileOrUrl;
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  const q = s.indexOf('?');
  if (q >= 0) s = s.slice(0, q);
  const slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
  const base = slash >= 0 ? s.slice(slash + 1) : s;
  if (!base.includes('%')) return base; // the common case; decodeURIComponent is costly per artifact
  try {
    return decodeURIComponent(base);
  } catch {
    return base;
  }
}

/** Parse `{name}-{ver}(-{build})?-{py}-{abi}-{plat}.whl`. */
export function parseWheelFilename(file: string): ArtifactName | undefined {
  const base = artifactBasename(file);
  if (!base.toLowerCase().endsWith('.whl')) return undefined;
  const parts = base.slice(0, -4).split('-');
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  const [name, version] = parts as [string, string];
  if (!name || !version) return undefined;
  const out: ArtifactName = { kind: 'wheel', name, version, tags: parts.slice(-3).join('-') };
  if (parts.length === 6) out.build = parts[2]!;
  return out;
}

/**
 * Parse an sdist name `{name}-{version}.tar.gz` (or .zip, ...). Legacy sdists keep `-` in the
 * name (`python-dateutil-2.8.2.tar.gz`), so the version starts after the last `-` followed
 * by a digit. With `expectedName`, the split follows that name when the file starts with it.
 */
export function parseSdistFilename(file: string, expectedName?: string): ArtifactName | undefined {
  const base = artifactBasename(file);
  const lower = base.toLowerCase();
  const ext = SDIST_EXTS.find((e) => lower.endsWith(e));
  if (!ext) return undefined;
  const stem = base.slice(0, base.length - ext.length);
  if (expectedName) {
    const want = normalizeName(expectedName);
    // Try each `-` split point whose prefix normalises to the expected name.
    for (let i = stem.indexOf('-'); i > 0; i = stem.indexOf('-', i + 1)) {
      if (normalizeName(stem.slice(0, i)) === want) return { kind: 'sdist', name: stem.slice(0, i), version: stem.slice(i + 1) };
    }
  }
  const m = /^(.+?)-(v?\d.*)$/.exec(stem);
  // Prefer the last `-<digit>` boundary when the name itself has digits after a dash.
  let idx = -1;
  for (let i = stem.lastIndexOf('-'); i > 0; i = stem.lastIndexOf('-', i - 1)) {
    if (/\d/.test(stem[i + 1] ?? '')) {
      idx = i;
      // keep walking left while the left part also ends in a version-looking chunk? no: first from the right wins
      break;
    }
  }
  if (idx > 0) return { kind: 'sdist', name: stem.slice(0, idx), version: stem.slice(idx + 1) };
  if (m) return { kind: 'sdist', name: m[1]!, version: m[2]! };
  return undefined;
}

/** Parse a wheel or sdist name; undefined for other kinds (eggs, .exe, VCS URLs). */
export function parseArtifactFilename(file: string, expectedName?: string): ArtifactName | undefined {
  return parseWheelFilename(file) ?? parseSdistFilename(file, expectedName);
}

export interface ArtifactMismatch {
  file: string;
  field: 'name' | 'version';
  expected: string;
  found: string;
}

const SDIST_EXT_SET = new Set(SDIST_EXTS);

/**
 * `name-version-` (wheel) and `name-version` (sdist stems) as tool-written files spell them,
 * lower-cased, for the (name, version) of the previous call: callers check all artifacts of one
 * package in a row, so one remembered entry answers nearly every call without building a key.
 */
let prefixName: string | undefined;
let prefixVersion: string | undefined;
let wheelPrefix = '';
let sdistStem = '';
let sdistStemEscaped = '';

/** Does a (lower-case or as-written) base name start with the expected name and version? */
function matchesPrefix(base: string): boolean {
  if (base.endsWith('.whl')) return base.startsWith(wheelPrefix);
  // Legacy sdists keep the name as written; PEP 625 ones escape it like wheels.
  if (base.startsWith(sdistStem)) return SDIST_EXT_SET.has(base.slice(sdistStem.length));
  return base.startsWith(sdistStemEscaped) && SDIST_EXT_SET.has(base.slice(sdistStemEscaped.length));
}

/**
 * Compare a locked (name, version) with an artifact file name. Returns the first
 * disagreement, or undefined when they agree or the file name cannot be parsed.
 * Names compare PEP 503-normalised (wheels escape `-` and `.` as `_`, case is free).
 *
 * A file that starts with the expected prefix matches exactly, so the full parse is skipped — this
 * runs for every artifact of every package (thousands per lock). Names as written are tried before
 * lower-casing them (they are nearly always lower-case already).
 */
export function checkArtifactName(file: string, name: string, version: string): ArtifactMismatch | undefined {
  const slash = file.lastIndexOf('/');
  const base = slash >= 0 ? file.slice(slash + 1) : file;
  if (!/[#?%\\]/.test(base)) {
    if (name !== prefixName || version !== prefixVersion) {
      const lowerVersion = version.toLowerCase();
      sdistStem = `${name.toLowerCase()}-${lowerVersion}`;
      sdistStemEscaped = `${name.toLowerCase().replace(/[-_.]+/g, '_')}-${lowerVersion}`;
      wheelPrefix = `${sdistStemEscaped}-`;
      prefixName = name;
      prefixVersion = version;
    }
    if (matchesPrefix(base) || matchesPrefix(base.toLowerCase())) return undefined;
  }
  const parsed = parseArtifactFilename(file, name);
  if (!parsed) return undefined;
  // Fast paths first: this runs for every artifact of every package (thousands per lock).
  if (parsed.name !== name && normalizeName(parsed.name) !== normalizeName(name)) {
    return { file: artifactBasename(file), field: 'name', expected: normalizeName(name), found: parsed.name };
  }
  // Wheels escape `-` in the version as `_` (local versions mostly).
  const fileVersion = parsed.kind === 'wheel' ? parsed.version.replace(/_/g, '-') : parsed.version;
  if (fileVersion !== version && !sameVersionLoose(fileVersion, version)) {
    return { file: artifactBasename(file), field: 'version', expected: version, found: parsed.version };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Credentials in URLs
// ---------------------------------------------------------------------------------------

export interface UrlCredential {
  /** The URL with the secret parts replaced by `****` (safe to print). */
  masked: string;
  /** What was found: `user:password`, `token in userinfo`, `token in query`. */
  kind: string;
}

const ENV_REF = /^(\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*|%\([^)]+\)s?|\{\{[^}]+\}\})$/;
const TOKEN_PREFIX = /^(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|gldt-|pypi-|AKIA|xox[abpr]-|sk-)/;
const SECRET_QUERY_KEY = /^(token|access_token|private_token|auth|authorization|password|passwd|pwd|secret|api_key|apikey|key|sig|signature|x-amz-signature|x-goog-signature)$/i;

function isEnvRef(s: string): boolean {
  return ENV_REF.test(s);
}

/**
 * Detect credentials embedded in a URL: `user:pass@`, a token as the user part
 * (`https://ghp_xxx@github.com`), or a secret query parameter. Environment-variable
 * references (`${TOKEN}`) and plain ssh users (`git@`) are not credentials.
 */
export function findUrlCredentials(url: string): UrlCredential | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#@]*)@/.exec(url);
  let masked = url;
  let kind: string | undefined;
  if (m) {
    const userinfo = m[2]!;
    const colon = userinfo.indexOf(':');
    const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    const pass = colon >= 0 ? userinfo.slice(colon + 1) : '';
    const decodedUser = safeDecode(user);
    const decodedPass = safeDecode(pass);
    if (colon >= 0 && pass !== '' && !isEnvRef(decodedPass)) {
      kind = 'user:password';
      masked = m[1] + (isEnvRef(decodedUser) ? user : user ? `${user}` : '') + ':****@' + url.slice(m[0].length);
    } else if (user && !isEnvRef(decodedUser) && (TOKEN_PREFIX.test(decodedUser) || (decodedUser.length >= 20 && /^[A-Za-z0-9_\-.~]+$/.test(decodedUser) && /\d/.test(decodedUser)))) {
      kind = 'token in userinfo';
      masked = m[1] + '****' + (colon >= 0 ? ':' + pass : '') + '@' + url.slice(m[0].length);
    }
  }
  const q = masked.indexOf('?');
  if (q >= 0) {
    const hashAt = masked.indexOf('#', q);
    const query = masked.slice(q + 1, hashAt >= 0 ? hashAt : undefined);
    let hit = false;
    const parts = query.split('&').map((p) => {
      const eq = p.indexOf('=');
      if (eq < 0) return p;
      const k = safeDecode(p.slice(0, eq));
      const v = safeDecode(p.slice(eq + 1));
      if (SECRET_QUERY_KEY.test(k) && v !== '' && !isEnvRef(v)) {
        hit = true;
        return p.slice(0, eq) + '=****';
      }
      return p;
    });
    if (hit) {
      kind = kind ?? 'token in query';
      masked = masked.slice(0, q + 1) + parts.join('&') + (hashAt >= 0 ? masked.slice(hashAt) : '');
    }
  }
  return kind ? { masked, kind } : undefined;
}

/** Mask credentials in a URL (unchanged when none are found). */
export function maskUrl(url: string): string {
  return findUrlCredentials(url)?.masked ?? url;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A full git (SHA-1, 40 hex) or SHA-256 (64 hex) commit id. */
export function isFullCommitSha(ref: unknown): boolean {
  return typeof ref === 'string' && /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}

/** The finding for a locked version (or name) that its artifact file disagrees with. */
export function artifactMismatchFinding(mm: ArtifactMismatch, pkg: string, lock: { file: string; line?: number }, fix?: string): Finding {
  return {
    class: 'version-mismatch',
    severity: 'error',
    message: `${pkg}: the locked ${mm.field} disagrees with artifact ${mm.file}.`,
    package: pkg,
    expected: mm.expected,
    found: mm.found,
    lock,
    ...(fix ? { fix } : {}),
  };
}
