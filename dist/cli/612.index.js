export const id = 612;
export const ids = [612];
export const modules = {

/***/ 5612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SUMMARY_FINDINGS: () => (/* binding */ SUMMARY_FINDINGS),
  main: () => (/* binding */ main),
  sha256File: () => (/* binding */ sha256File),
  verifyProject: () => (/* binding */ verifyProject)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/shared/workflow.ts
var workflow = __webpack_require__(369);
// EXTERNAL MODULE: ./actions/shared/annotations.ts
var annotations = __webpack_require__(2752);
// EXTERNAL MODULE: ./actions/shared/errors.ts
var shared_errors = __webpack_require__(9223);
// EXTERNAL MODULE: ./actions/shared/inputs.ts
var inputs = __webpack_require__(7073);
// EXTERNAL MODULE: ./actions/shared/lockfile/index.ts + 1 modules
var lockfile = __webpack_require__(6942);
;// CONCATENATED MODULE: ./actions/shared/lockfile/types.ts
const MANAGERS = ['poetry', 'uv', 'pip-tools', 'pdm', 'pipenv', 'pylock'];

// EXTERNAL MODULE: ./actions/shared/outputs.ts
var outputs = __webpack_require__(676);
// EXTERNAL MODULE: ./actions/shared/report.ts
var shared_report = __webpack_require__(7690);
// EXTERNAL MODULE: ./actions/shared/summary.ts
var summary = __webpack_require__(6834);
;// CONCATENATED MODULE: ./actions/verify-lockfile/checkrun.ts


/** GitHub accepts at most 50 annotations per check-run request; more go in follow-up updates. */
const ANNOTATIONS_PER_REQUEST = 50;
/** An API that accepts the connection and never answers must not hold the job (fetch waits 5 min). */
const REQUEST_TIMEOUT_MS = 15_000;
/**
 * Head commit of the pull request this workflow runs for: undefined when it is not a PR, or the
 * reason the event payload could not give it (the check run cannot be published; say why).
 */
function pullRequestHeadSha() {
    const event = process.env.GITHUB_EVENT_NAME ?? '';
    if (!['pull_request', 'pull_request_target', 'merge_group'].includes(event))
        return undefined;
    const path = process.env.GITHUB_EVENT_PATH;
    if (!path)
        return { unreadable: 'GITHUB_EVENT_PATH is not set' };
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        return { unreadable: `the event payload ${path} could not be read (${e.message.split('\n')[0]})` };
    }
    const sha = payload?.pull_request?.head?.sha ?? payload?.merge_group?.head_sha;
    if (typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
        return sha;
    return { unreadable: `the ${event} event payload ${path} names no head commit` };
}
function toCheckAnnotation(f) {
    const where = f.lock?.file ? f.lock : f.manifest;
    const details = [f.message, f.expected !== undefined ? `expected: ${f.expected}` : '', f.found !== undefined ? `found: ${f.found}` : '', f.fix ? `fix: ${f.fix}` : '']
        .filter(Boolean)
        .join('\n');
    return {
        path: where?.file ?? '.',
        start_line: where?.line ?? 1,
        end_line: where?.endLine ?? where?.line ?? 1,
        annotation_level: f.severity === 'error' ? 'failure' : f.severity === 'warning' ? 'warning' : 'notice',
        title: f.package ? `${f.class}: ${f.package}` : f.class,
        message: details,
    };
}
/** Why the API refused (or could not be reached), in words that point at the right fix. */
function whyNotPublished(e, baseUrl) {
    const err = e;
    const detail = (err.message ?? String(e)).split('\n')[0].slice(0, 200);
    // Octokit answers 500 for a request that never got a response (refused, DNS, timeout): no `response`.
    if (!err.response) {
        const timedOut = err.name === 'TimeoutError' || /timeout|aborted/i.test(detail);
        return `the GitHub API at ${baseUrl} ${timedOut ? `did not answer within ${REQUEST_TIMEOUT_MS / 1000} s` : `could not be reached (${detail})`}.`;
    }
    if (err.status === 401)
        return `the github-token was rejected (HTTP 401: ${detail}).`;
    if (err.status === 403 || err.status === 404) {
        return `HTTP ${err.status} (${detail}): the workflow needs \`permissions: checks: write\` (fork pull requests never get it).`;
    }
    return `the GitHub API at ${baseUrl} answered HTTP ${err.status ?? '?'} (${detail}).`;
}
/**
 * Publish the findings as a named check run on the PR head commit, so branch protection can require
 * it. Never fails the step: without a token or `checks: write`, say so and rely on job annotations.
 */
async function publishCheckRun(input) {
    const headSha = pullRequestHeadSha();
    if (!headSha)
        return 'skipped';
    if (typeof headSha !== 'string') {
        workflow/* notice */.lm(`The "${input.name}" check run was not published: ${headSha.unreadable}. Findings are in this job's annotations.`);
        return 'skipped';
    }
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!input.token || !owner || !repo) {
        workflow/* notice */.lm(`No github-token: the "${input.name}" check run was not published; findings are in this job's annotations.`);
        return 'skipped';
    }
    const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
    const annotations = input.findings.filter((f) => f.lock?.file || f.manifest?.file).map(toCheckAnnotation);
    const output = (batch) => ({ title: input.title, summary: input.summary.slice(0, 65_000), annotations: batch });
    // Per request (merged deeply), so the proxy-aware fetch @actions/github sets up is kept.
    const request = () => ({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    try {
        // Loaded only here: octokit is a large share of the bundle and most runs are not pull requests.
        // Inside the try: loading it reads GITHUB_API_URL and throws on a malformed one.
        const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 2413));
        const octokit = getOctokit(input.token, { baseUrl });
        const created = await octokit.rest.checks.create({
            request: request(),
            owner,
            repo,
            name: input.name,
            head_sha: headSha,
            status: 'completed',
            conclusion: input.conclusion,
            output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
        });
        for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
            await octokit.rest.checks.update({ owner, repo, check_run_id: created.data.id, output: output(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST)), request: request() });
        }
        workflow/* info */.pq(`Published check run "${input.name}" (${input.conclusion}) on ${headSha.slice(0, 12)}.`);
        return 'published';
    }
    catch (e) {
        workflow/* notice */.lm(`Could not publish the "${input.name}" check run: ${whyNotPublished(e, baseUrl)} Findings are reported as job annotations instead.`);
        return 'denied';
    }
}

// EXTERNAL MODULE: ./actions/shared/lockfile/detect.ts
var detect = __webpack_require__(2311);
;// CONCATENATED MODULE: ./actions/verify-lockfile/native.ts
/** The manager's own freshness check, run offline where the tool allows it. */
function nativeCommand(manager, lockfileName) {
    switch (manager) {
        case 'uv':
            return ['uv', 'lock', '--check', '--offline'];
        case 'poetry':
            return ['poetry', 'check', '--lock'];
        case 'pdm':
            return ['pdm', 'lock', '--check', ...(lockfileName === 'pdm.lock' ? [] : ['--lockfile', lockfileName])];
        case 'pipenv':
            return ['pipenv', 'verify'];
        default:
            // pip-compile has no check mode (pip-tools#882) and would need the index; pylock has no standard check.
            return undefined;
    }
}
/** The command that rewrites the lock, for the tool version that wrote it. */
function nativeFix(manager, toolVersion) {
    switch (manager) {
        case 'uv':
            return 'uv lock';
        case 'poetry':
            return /^1\./.test(toolVersion ?? '') ? 'poetry lock --no-update' : 'poetry lock';
        case 'pdm':
            return 'pdm lock';
        case 'pipenv':
            return 'pipenv lock';
        default:
            return undefined;
    }
}
/** The tool's most telling line: its verdict, not the interpreter banner it prints first. */
function verdictLine(output) {
    const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
    return lines.find((l) => /needs to be updated|out of date|not consistent|changed significantly|outdated|mismatch|error/i.test(l)) ?? lines[0] ?? '';
}
/**
 * What each tool prints when the lock is out of date. A non-zero exit alone is no verdict: a tool that
 * crashed (a Python traceback), was too old for the flag (exit 2, usage), was killed, or could not
 * resolve offline (uv: "No solution found \u2026 network was disabled") says nothing about the lock.
 */
const STALE_OUTPUT = {
    // uv lock --check: "The lockfile at `uv.lock` needs to be updated, but `--check` was provided."
    uv: /needs to be updated/i,
    // Poetry 1.x and 2.x: "pyproject.toml changed significantly since poetry.lock was last generated";
    // before 1.6: "poetry.lock is not consistent with pyproject.toml".
    poetry: /changed significantly since|not consistent with pyproject/i,
    // pdm lock --check: "Lockfile doesn't satisfy the project requirements"; older: "Lock file hash doesn't match".
    pdm: /doesn'?t satisfy the project|hash doesn'?t match|may be outdated|not up[ -]to[ -]date/i,
    // pipenv verify: "Pipfile.lock is out-of-date. Run $ pipenv lock to update." (older: "\u2026 out of date")
    pipenv: /out[ -]of[ -]date/i,
};
/** The verdict a native check's exit code and output support. */
function nativeVerdict(manager, exitCode, output) {
    if (exitCode === 0)
        return 'fresh';
    return STALE_OUTPUT[manager]?.test(output) ? 'stale' : 'unavailable';
}
function shouldRunNative(mode, result) {
    if (mode === 'never')
        return false;
    if (mode === 'always')
        return true;
    return result.freshness === 'inconclusive';
}
async function runNativeCheck(manager, projectDir, lockfileName) {
    const command = nativeCommand(manager, lockfileName);
    if (!command)
        return undefined;
    // Loaded here, not at start-up: child_process costs every run a few ms, and most never spawn.
    const { onPath, run } = await __webpack_require__.e(/* import() */ 93).then(__webpack_require__.bind(__webpack_require__, 3093));
    if (!(await onPath(command[0]))) {
        return { command, verdict: 'unavailable', exitCode: 127, output: `${command[0]} is not on PATH` };
    }
    const result = await run(command[0], command.slice(1), {
        cwd: projectDir,
        timeoutMs: 120_000,
        // Keep the tools offline and quiet; never let them prompt.
        env: { ...process.env, UV_OFFLINE: '1', PIPENV_NOSPIN: '1', PIPENV_YES: '1', NO_COLOR: '1', PDM_CHECK_UPDATE: 'false', POETRY_NO_INTERACTION: '1' },
    });
    const output = (result.stdout + '\n' + result.stderr)
        .split('\n')
        .map((l) => l.trimEnd())
        .filter(Boolean)
        .slice(0, 12)
        .join('\n');
    if (result.timedOut)
        return { command, verdict: 'unavailable', exitCode: result.code, output: `timed out after 120 s\n${output}` };
    const verdict = nativeVerdict(manager, result.code, result.stdout + '\n' + result.stderr);
    if (verdict !== 'unavailable')
        return { command, verdict, exitCode: result.code, output };
    // Crashed, killed or refused the arguments: no verdict. Say how, with the tool's most telling line.
    const how = result.code >= 128 ? 'was killed' : `exited ${result.code} without saying the lock is out of date`;
    return { command, verdict, exitCode: result.code, output: `${command[0]} ${how}${output ? `: ${verdictLine(output)}` : ''}\n${output}`.trimEnd() };
}

;// CONCATENATED MODULE: ./actions/verify-lockfile/targets.ts








/**
 * Which lockfiles a run checks: named by the inputs, detected in working-directory, or (a uv
 * workspace member) the workspace root's uv.lock \u2014 and, when there is none, the finding or error that
 * says what is there instead.
 */
/** Which lockfiles to check, from the inputs; a clear error when there is nothing to check. */
async function selectTargets(dir, manager, lockfileInput) {
    if (lockfileInput) {
        // Several lockfiles, one per line (`lockfile: |` block): each is checked, as auto would check them.
        const entries = [...new Set(lockfileInput.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')))];
        const targets = entries.map((entry) => selectGiven(dir, manager, entry));
        return targets.filter((t, i) => targets.findIndex((o) => o.lockfile === t.lockfile) === i);
    }
    const found = (0,detect/* detectLockfiles */.cX)(dir).filter((d) => manager === 'auto' || d.manager === manager);
    for (const d of found)
        confineDetected(d.lockfile);
    if (!found.length && (manager === 'auto' || manager === 'uv')) {
        // A uv workspace member has no lock of its own: uv locks the whole workspace in the root's uv.lock.
        const root = await uvWorkspaceRoot(dir);
        if (root && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'uv.lock'))) {
            confineDetected((0,external_node_path_.join)(root, 'uv.lock'));
            return [{ manager: 'uv', lockfile: (0,external_node_path_.join)(root, 'uv.lock') }];
        }
    }
    return found;
}
/** One lockfile named by the `lockfile` input (relative to working-directory, or absolute). */
function selectGiven(dir, manager, lockfileInput) {
    // An absolute path is taken as is (confined to the workspace like any other), not glued to working-directory.
    const path = (0,inputs/* confinePath */.ey)('lockfile', (0,external_node_path_.isAbsolute)(lockfileInput) ? lockfileInput : (0,external_node_path_.join)((0,inputs/* relativeToWorkspace */.Tv)(dir), lockfileInput));
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new shared_errors/* UserError */.yo(`Lockfile ${(0,inputs/* relativeToWorkspace */.Tv)(path)} does not exist.`, {
            title: 'lockfile not found',
            hint: 'Check the `lockfile` input: it is relative to `working-directory`.',
        });
    }
    if ((0,external_node_fs_.statSync)(path).isDirectory()) {
        throw new shared_errors/* UserError */.yo(`The \`lockfile\` input names a folder, ${(0,inputs/* relativeToWorkspace */.Tv)(path)}; it takes the lockfile's path.`, {
            title: 'invalid input: lockfile',
            hint: 'Point `lockfile` at the file (e.g. requirements/prod.txt), or set `working-directory` to the folder and leave `lockfile` empty.',
        });
    }
    const byName = (0,lockfile/* managerForPath */.QR)(path);
    // A lockfile whose name says which tool wrote it, checked as another tool's lock, would only give
    // a pile of meaningless findings (requirements files and pylock are shared by several tools).
    if (manager !== 'auto' && byName && byName !== manager && !['pip-tools', 'pylock'].includes(byName)) {
        throw new shared_errors/* UserError */.yo(`${(0,inputs/* relativeToWorkspace */.Tv)(path)} is a ${byName} lockfile, but the \`manager\` input says ${manager}.`, {
            title: 'invalid input: manager',
            location: { file: (0,inputs/* relativeToWorkspace */.Tv)(path) },
            hint: `Set \`manager: ${byName}\` (or \`auto\`), or point \`lockfile\` at the ${manager} lockfile.`,
        });
    }
    const detected = manager === 'auto' ? byName : manager;
    if (!detected) {
        throw new shared_errors/* UserError */.yo(`Cannot tell which tool wrote ${(0,inputs/* relativeToWorkspace */.Tv)(path)}.`, {
            title: 'unknown lockfile format',
            location: { file: (0,inputs/* relativeToWorkspace */.Tv)(path) },
            hint: `Set the \`manager\` input to one of ${MANAGERS.join(', ')}.`,
        });
    }
    return { manager: detected, lockfile: path };
}
/**
 * A lockfile found in the checkout that is a symlink leading out of it is refused, like a `lockfile`
 * input that does: the action reads nothing outside the workspace.
 */
function confineDetected(lockfile) {
    const root = (0,inputs/* workspaceRoot */.oS)();
    let real;
    let realRoot;
    try {
        real = (0,external_node_fs_.realpathSync)(lockfile);
        realRoot = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        return; // a dangling symlink: the checker reports the unreadable file
    }
    const rel = (0,external_node_path_.relative)(realRoot, real);
    if (rel === '..' || rel.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new shared_errors/* UserError */.yo(`${(0,inputs/* relativeToWorkspace */.Tv)(lockfile)} is a symlink to ${real}, outside the workspace; it is not read.`, {
            title: 'lockfile outside the workspace',
            location: { file: (0,inputs/* relativeToWorkspace */.Tv)(lockfile) },
            hint: 'Commit the lockfile itself (or a symlink to a file inside the repository).',
        });
    }
}
/**
 * The folders from `dir` up to the checkout root (`top`), nearest first, whose pyproject.toml may
 * declare a uv workspace (a text test: the TOML reader is loaded only when one does), with that text.
 */
function workspaceCandidates(dir, top) {
    const found = [];
    for (let folder = dir;; folder = (0,external_node_path_.dirname)(folder)) {
        const rel = (0,external_node_path_.relative)(top, folder);
        if (rel === '..' || rel.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(rel))
            break;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(folder, 'pyproject.toml'), 'utf8');
        }
        catch {
            /* no pyproject.toml here */
        }
        if (text !== undefined && /^\s*\[\s*tool\s*\.\s*uv\s*\.\s*workspace\s*\]|^\s*\[\s*tool\s*\.\s*uv\s*\][^[]*\bworkspace\s*=/m.test(text))
            found.push({ folder, text });
        if (folder === (0,external_node_path_.dirname)(folder))
            break;
    }
    return found;
}
/**
 * The root of the uv workspace `dir` is a member of, found as uv finds it: the nearest parent (inside
 * the checkout) whose pyproject.toml has [tool.uv.workspace], when its `members` globs include `dir`
 * and its `exclude` globs do not. Undefined when `dir` is no member (or is a workspace root itself).
 */
async function uvWorkspaceRoot(dir) {
    const target = (0,external_node_path_.resolve)(dir);
    // Most folders without a lockfile are in no uv workspace (an empty checkout, a typo): decided without
    // loading the TOML reader and uv's checker (a third of a cold start).
    const candidates = workspaceCandidates(target, (0,inputs/* workspaceRoot */.oS)());
    if (!candidates.length)
        return undefined;
    const [{ parseToml }, { expandGlob }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4642)), Promise.all(/* import() */[__webpack_require__.e(688), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 3087))]);
    for (const { folder, text } of candidates) {
        let ws;
        try {
            const data = parseToml(text, (0,inputs/* relativeToWorkspace */.Tv)((0,external_node_path_.join)(folder, 'pyproject.toml')));
            ws = data.tool?.uv?.workspace;
        }
        catch {
            continue;
        }
        if (!ws || typeof ws !== 'object')
            continue;
        if (folder === target)
            return undefined; // a workspace root itself
        const table = ws;
        const globs = (v) => (Array.isArray(v) ? v.filter((g) => typeof g === 'string') : []);
        const members = new Set(globs(table.members).flatMap((g) => expandGlob(folder, g)));
        const excluded = new Set(globs(table.exclude).flatMap((g) => expandGlob(folder, g)));
        return members.has(target) && !excluded.has(target) ? folder : undefined;
    }
    return undefined;
}
function missingLockResult(dir, manager) {
    // A lockfile committed as a symlink whose target is not in the checkout is not "no lockfile".
    for (const [lockManager, name] of Object.entries(detect/* DEFAULT_LOCKFILE */.U)) {
        if (manager !== 'auto' && manager !== lockManager)
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        let target;
        try {
            if ((0,external_node_fs_.lstatSync)(path).isSymbolicLink())
                target = (0,external_node_fs_.readlinkSync)(path);
        }
        catch {
            continue;
        }
        if (target !== undefined) {
            throw new shared_errors/* UserError */.yo(`${(0,inputs/* relativeToWorkspace */.Tv)(path)} is a symlink to ${target}, which does not exist.`, {
                title: 'broken lockfile symlink',
                location: { file: (0,inputs/* relativeToWorkspace */.Tv)(path) },
                hint: 'Commit the lockfile itself, or check out what the symlink points to before this step.',
            });
        }
    }
    const hint = (0,detect/* manifestWithoutLock */.v)(dir);
    if (!hint || (manager !== 'auto' && hint.manager !== manager && manager !== 'pip-tools')) {
        const others = (0,detect/* detectLockfiles */.cX)(dir);
        if (others.length) {
            // A project is here, just not one of the asked-for tool: say what was found, not "no project".
            throw new shared_errors/* UserError */.yo(`No ${manager} lockfile in ${(0,inputs/* relativeToWorkspace */.Tv)(dir)}; found ${others.map((d) => `${(0,inputs/* relativeToWorkspace */.Tv)(d.lockfile)} (${d.manager})`).join(', ')}.`, {
                title: 'invalid input: manager',
                hint: `Set \`manager: ${others[0].manager}\` (or \`auto\` to check every lockfile), or \`lockfile\` to the path of the ${manager} lockfile.`,
            });
        }
        const wanted = manager === 'auto' ? 'a lockfile (uv.lock, poetry.lock, pdm.lock, Pipfile.lock, pylock.toml or a pip-compile requirements.txt)' : `a ${manager} lockfile`;
        // A monorepo: the projects are in sub-folders. Name them, so the fix is one edit away.
        const below = projectsBelow(dir, manager);
        throw new shared_errors/* UserError */.yo(`No Python project found in ${(0,inputs/* relativeToWorkspace */.Tv)(dir)}: expected ${wanted} next to its manifest (pyproject.toml, Pipfile or requirements.in).`, {
            title: 'no lockfile',
            hint: below.length
                ? `Lockfiles were found in sub-folders: ${below.map((d) => `${(0,inputs/* relativeToWorkspace */.Tv)(d.lockfile)} (${d.manager})`).join(', ')}. Set \`working-directory\` to the project's folder (one step, or a matrix entry, per project).`
                : 'Set `working-directory` to the folder holding the project, or `lockfile` to the lockfile path.',
        });
    }
    const effective = manager === 'auto' ? hint.manager : manager;
    const manifestRel = (0,inputs/* relativeToWorkspace */.Tv)(hint.manifest);
    const lockName = effective === 'pip-tools' ? 'requirements.txt' : effective === 'pylock' ? 'pylock.toml' : detect/* DEFAULT_LOCKFILE */.U[effective];
    // The command that creates the lock for the manager asked for (the manifest's guess when auto).
    const create = effective === hint.manager ? hint.fix : effective === 'pip-tools' ? 'pip-compile --generate-hashes requirements.in' : (nativeFix(effective) ?? hint.fix);
    return {
        manager: effective,
        lockfile: (0,external_node_path_.join)(dir, lockName),
        manifest: hint.manifest,
        freshness: 'stale',
        packages: 0,
        locked: [],
        findings: [
            {
                class: 'missing-lockfile',
                severity: 'error',
                message: `${manifestRel} has no lockfile: builds resolve dependencies afresh each time and are not reproducible.`,
                manifest: { file: manifestRel, line: 1 },
                fix: `${create}  (then commit ${lockName})`,
            },
        ],
    };
}
/** Lockfiles in the sub-folders of `dir` (a few levels down, first 10), for a monorepo root with none of its own. */
function projectsBelow(dir, manager) {
    const found = [];
    const skip = new Set(['node_modules', '__pycache__', 'site-packages', 'dist', 'build']);
    const walk = (folder, depth) => {
        if (depth > 3 || found.length >= 10)
            return;
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.filter((x) => x.isDirectory() && !x.name.startsWith('.') && !skip.has(x.name)).sort((a, b) => a.name.localeCompare(b.name))) {
            const sub = (0,external_node_path_.join)(folder, e.name);
            const here = (0,detect/* detectLockfiles */.cX)(sub).filter((d) => manager === 'auto' || d.manager === manager);
            found.push(...here.slice(0, 10 - found.length));
            if (!here.length)
                walk(sub, depth + 1);
        }
    };
    walk(dir, 1);
    return found;
}

;// CONCATENATED MODULE: ./actions/verify-lockfile/main.ts















function sha256File(path) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(path)).digest('hex');
}
function firstLine(text) {
    return text.split('\n')[0] ?? '';
}
function findingText(f) {
    const parts = [f.message];
    if (f.expected !== undefined || f.found !== undefined)
        parts.push(`Expected ${f.expected ?? '\u2014'}, found ${f.found ?? '\u2014'}.`);
    if (f.manifest?.file && f.lock?.file)
        parts.push(`Manifest: ${f.manifest.file}${f.manifest.line ? `:${f.manifest.line}` : ''}.`);
    if (f.fix)
        parts.push(`Fix: ${f.fix}`);
    return parts.join(' ');
}
function where(loc) {
    return loc?.file ? `${loc.file}${loc.line ? `:${loc.line}` : ''}` : '';
}
/** A fix command as code; a fix that is prose with its own `code` spans stays prose (nested backticks break the cell). */
function codeCell(fix) {
    if (!fix)
        return '';
    return fix.includes('`') ? fix : `\`${fix}\``;
}
/**
 * Findings listed in the job summary. Beyond it the summary would only grow towards GitHub's 1 MiB
 * cap (and be cut mid-table); the JSON report (output `report`) lists every finding.
 */
const SUMMARY_FINDINGS = 500;
function summarize(verified, allFindings, reportPath) {
    const s = new summary/* SummaryBuilder */.CF();
    const errors = allFindings.filter((f) => f.severity === 'error').length;
    const undecided = !errors && verified.some((v) => !v.inSync);
    s.heading(errors ? `\u274c verify-lockfile: ${errors} problem(s)` : undecided ? '\u26a0\ufe0f verify-lockfile: verdict inconclusive' : '\u2705 verify-lockfile: lockfile verified');
    s.table(['lockfile', 'manager', 'written by', 'packages', 'verdict', 'lock hash'], verified.map((v) => [
        `\`${(0,inputs/* relativeToWorkspace */.Tv)(v.result.lockfile)}\``,
        v.result.manager,
        v.result.toolVersion ?? v.result.writtenBy ?? (v.result.formatVersion ? `lock format ${v.result.formatVersion}` : ''),
        v.result.packages,
        v.inSync ? 'in sync' : v.result.freshness === 'inconclusive' && !v.native ? 'inconclusive' : 'out of sync',
        `\`${v.lockHash.slice(0, 12)}\``,
    ]));
    for (const v of verified) {
        if (v.result.inconclusiveReason)
            s.paragraph(`**${(0,inputs/* relativeToWorkspace */.Tv)(v.result.lockfile)}**: static verdict inconclusive \u2014 ${v.result.inconclusiveReason}`);
        if (v.native) {
            s.details(`Native check \`${v.native.command.join(' ')}\`: ${v.native.verdict} (exit ${v.native.exitCode})`, new summary/* SummaryBuilder */.CF().code(v.native.output || '(no output)'));
        }
    }
    if (allFindings.length) {
        // Errors first, so a cut never hides an error behind warnings.
        const rank = { error: 0, warning: 1, notice: 2 };
        const shown = [...allFindings].sort((a, b) => rank[a.severity] - rank[b.severity]).slice(0, SUMMARY_FINDINGS);
        s.heading('Findings', 3);
        s.table(['severity', 'class', 'package', 'lock', 'manifest', 'expected', 'found', 'fix'], shown.map((f) => [f.severity, f.class, f.package ?? '', where(f.lock), where(f.manifest), f.expected ?? '', f.found ?? '', codeCell(f.fix)]));
        s.paragraph(shown.map((f) => `- ${(0,summary/* inline */.mG)(f.message)}`).join('\n'));
        if (shown.length < allFindings.length) {
            s.paragraph(`_${allFindings.length - shown.length} more finding(s) not listed here; the JSON report \`${reportPath}\` (output \`report\`) has all ${allFindings.length}._`);
        }
    }
    return s;
}
async function verifyProject(options) {
    const workspace = (0,inputs/* workspaceRoot */.oS)();
    const targets = await selectTargets(options.dir, options.manager, options.lockfile);
    if (!targets.length) {
        const result = missingLockResult(options.dir, options.manager);
        return [{ result, lockHash: '', inSync: false }];
    }
    const verified = [];
    for (const target of targets) {
        // dir is the project (working-directory), not the lockfile's folder: a `lockfile: requirements/prod.txt`
        // names its sources relative to where the tool ran, and the checkers look there too.
        const result = await (0,lockfile/* checkLockfile */.Ew)(target.manager, { workspace, dir: options.dir, lockfile: target.lockfile, requireHashes: options.requireHashes });
        const lockHash = sha256File(target.lockfile);
        let native;
        let inSync = result.freshness === 'fresh';
        if (shouldRunNative(options.native, result)) {
            // pdm takes the lock's path (--lockfile) and runs in the project; the others want the lock beside the manifest.
            const cwd = target.manager === 'pdm' ? options.dir : (0,external_node_path_.dirname)(target.lockfile);
            native = await runNativeCheck(target.manager, cwd, (0,external_node_path_.relative)(cwd, target.lockfile).split(external_node_path_.sep).join('/'));
            if (native && native.verdict !== 'unavailable') {
                if (result.freshness === 'inconclusive') {
                    inSync = native.verdict === 'fresh';
                    if (!inSync) {
                        result.findings.push({
                            class: 'drift',
                            severity: 'error',
                            message: `${native.command.join(' ')} reports the lockfile out of date: ${verdictLine(native.output)}`,
                            lock: { file: (0,inputs/* relativeToWorkspace */.Tv)(target.lockfile) },
                            fix: result.findings.find((f) => f.fix)?.fix ?? nativeFix(target.manager, result.toolVersion),
                        });
                    }
                }
                else if ((native.verdict === 'fresh') !== inSync) {
                    result.findings.push({
                        class: 'inconclusive',
                        severity: 'warning',
                        message: `The native check (${native.command.join(' ')}) says "${native.verdict}" but the static check says "${result.freshness}"; the stricter verdict stands.`,
                        lock: { file: (0,inputs/* relativeToWorkspace */.Tv)(target.lockfile) },
                    });
                    inSync = false;
                }
            }
            else if (result.freshness === 'inconclusive') {
                result.findings.push({
                    class: 'inconclusive',
                    severity: 'warning',
                    message: `Static verdict inconclusive (${result.inconclusiveReason ?? 'see summary'}) and ${native ? `the native check could not run: ${firstLine(native.output)}` : `${target.manager} has no offline check of its own to settle it`}.`,
                    lock: { file: (0,inputs/* relativeToWorkspace */.Tv)(target.lockfile) },
                });
            }
            else if (options.native === 'always') {
                // Asked for explicitly: say that it did not happen, rather than a silent "verified".
                result.findings.push({
                    class: 'inconclusive',
                    severity: native ? 'warning' : 'notice',
                    message: `native-check: always, but ${native ? `${native.command.join(' ')} could not run: ${firstLine(native.output)}` : `${target.manager} has no native check`}; the static verdict (${result.freshness}) stands.`,
                    lock: { file: (0,inputs/* relativeToWorkspace */.Tv)(target.lockfile) },
                });
            }
        }
        else if (result.freshness === 'inconclusive') {
            result.findings.push({
                class: 'inconclusive',
                severity: 'warning',
                message: `Static verdict inconclusive: ${result.inconclusiveReason ?? 'unknown reason'}. Set native-check: always (with the tool installed) for a definite verdict.`,
                lock: { file: (0,inputs/* relativeToWorkspace */.Tv)(target.lockfile) },
            });
        }
        if (result.findings.some((f) => f.severity === 'error' && f.class === 'drift'))
            inSync = false;
        verified.push({ result, lockHash, native, inSync });
    }
    return verified;
}
/**
 * Locked packages across every lockfile checked, each name+version once: a uv export beside its
 * uv.lock, or a dev.txt constrained to requirements.txt, does not count the shared pins twice.
 */
function distinctPackages(verified) {
    if (verified.length === 1)
        return verified[0].result.packages;
    const seen = new Set();
    let uncounted = 0;
    for (const { result } of verified) {
        if (!result.locked.length)
            uncounted += result.packages;
        // A local project has no version in an export (`-e .`) but one in uv.lock: count it by name.
        for (const p of result.locked)
            seen.add(p.source === 'path' || p.source === 'project' ? `local:${p.name || p.path}` : `${p.name}@${p.version}`);
    }
    return seen.size + uncounted;
}
/** Combined cache key when several lockfiles were checked: stable in path order. */
function combinedHash(verified) {
    if (verified.length === 1)
        return verified[0].lockHash;
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const v of verified)
        h.update(`${(0,inputs/* relativeToWorkspace */.Tv)(v.result.lockfile)}\0${v.lockHash}\n`);
    return h.digest('hex');
}
async function main() {
    const dir = (0,inputs/* getWorkspacePath */.Zv)('working-directory', '.');
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new shared_errors/* UserError */.yo(`working-directory "${(0,inputs/* getString */.AA)('working-directory', '.')}" is not a directory in the workspace.`, {
            title: 'invalid input: working-directory',
            hint: 'Check out the repository first (actions/checkout) and point working-directory at the Python project.',
        });
    }
    const manager = (0,inputs/* getChoice */.m)('manager', ['auto', ...MANAGERS], 'auto');
    const requireHashes = (0,inputs/* getBoolean */.pW)('require-hashes', true);
    const native = (0,inputs/* getChoice */.m)('native-check', ['auto', 'always', 'never'], 'auto');
    const token = (0,inputs/* getString */.AA)('github-token');
    if (token)
        workflow/* setSecret */.Pq(token);
    const checkName = (0,inputs/* getString */.AA)('check-name', 'lockfile');
    const verified = await verifyProject({ dir, manager, lockfile: (0,inputs/* getString */.AA)('lockfile'), requireHashes, native });
    const findings = verified.flatMap((v) => v.result.findings);
    for (const f of findings) {
        const title = f.package ? `${f.class}: ${f.package}` : f.class;
        annotations/* annotations */.hk.add({ level: f.severity, message: findingText(f), title, location: f.lock?.file ? f.lock : f.manifest });
    }
    const inSync = verified.every((v) => v.inSync);
    const packages = distinctPackages(verified);
    const report = (0,shared_report/* writeJsonReport */.a)('verify-lockfile', {
        tool: 'blackbelt/verify-lockfile',
        inSync,
        lockfiles: verified.map((v) => ({
            manager: v.result.manager,
            lockfile: (0,inputs/* relativeToWorkspace */.Tv)(v.result.lockfile),
            manifest: v.result.manifest ? (0,inputs/* relativeToWorkspace */.Tv)(v.result.manifest) : undefined,
            toolVersion: v.result.toolVersion,
            writtenBy: v.result.writtenBy,
            formatVersion: v.result.formatVersion,
            lockHash: v.lockHash,
            packages: v.result.packages,
            freshness: v.result.freshness,
            inconclusiveReason: v.result.inconclusiveReason,
            native: v.native,
            inSync: v.inSync,
        })),
        findings,
    });
    (0,outputs/* setOutputs */.n)({
        manager: [...new Set(verified.map((v) => v.result.manager))].join(','),
        lockfile: verified.map((v) => (0,inputs/* relativeToWorkspace */.Tv)(v.result.lockfile)).join(','),
        'lock-hash': combinedHash(verified),
        packages,
        'in-sync': inSync,
        report,
    });
    const summary = summarize(verified, findings, report);
    try {
        summary.write();
        // The summary lists the findings GitHub's annotation cap drops: no second table from the entry wrapper.
        annotations/* annotations */.hk.overflowInSummary = true;
    }
    catch (e) {
        // The job summary is a convenience: an unwritable GITHUB_STEP_SUMMARY must not hide the verdict.
        workflow/* warning */.$e(`Could not write the job summary (${e.message.split('\n')[0]}); the findings are in the annotations and ${report}.`);
    }
    const errors = findings.filter((f) => f.severity === 'error');
    await publishCheckRun({
        token,
        name: checkName,
        conclusion: errors.length ? 'failure' : 'success',
        title: errors.length ? `${errors.length} lockfile problem(s)` : `Lockfile verified (${packages} packages)`,
        summary: summary.toString(),
        findings,
    });
    if (errors.length) {
        // The step's last word: how many, where, and every distinct fix \u2014 not a repeat of the first finding.
        const files = [...new Set(errors.map((f) => f.lock?.file ?? f.manifest?.file).filter(Boolean))];
        const fixes = [...new Set(errors.map((f) => f.fix).filter(Boolean))];
        annotations/* annotations */.hk.fail(`${errors.length} lockfile problem${errors.length === 1 ? '' : 's'} in ${files.join(', ') || (0,inputs/* relativeToWorkspace */.Tv)(dir)}` +
            `${annotations/* annotations */.hk.overflow.length ? (findings.length > SUMMARY_FINDINGS ? ` (the job summary lists the first ${SUMMARY_FINDINGS}, the JSON report ${report} all of them)` : ' (the job summary lists all of them)') : ''}.` +
            (fixes.length ? ` To fix: ${fixes.join('; ')}` : ''), undefined, 'verify-lockfile failed');
    }
    else if (inSync) {
        workflow/* info */.pq(`\u2713 ${verified.map((v) => (0,inputs/* relativeToWorkspace */.Tv)(v.result.lockfile)).join(', ')}: ${packages} packages, in sync.`);
    }
    else {
        workflow/* info */.pq('No errors, but the verdict is inconclusive (see the warning): in-sync is false.');
    }
}


/***/ })

};
