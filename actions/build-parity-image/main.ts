/**
 * build-parity-image: build the image from the lockfile, make it reproducible (normalised config,
 * SOURCE_DATE_EPOCH from the commit), verify that what is installed equals the lock, optionally run
 * tests in it and push it by digest.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as core from '../shared/workflow.js';
import { annotations } from '../shared/annotations.js';
import { DockerImages, DockerRegistry, GHA_CACHE_SCOPE, buildArgv, builderBaseRef, detectBuilder, ghaCacheErrors, ghaCacheFlags, lastLines, readyBuilder, registryOf, repositoryOf, type Builder, type ImageInspect } from '../shared/docker.js';
import { UserError } from '../shared/errors.js';
import { getBoolean, getList, getRequired, getString, getWorkspacePath, relativeToWorkspace, workspaceRoot } from '../shared/inputs.js';
import { setOutputs } from '../shared/outputs.js';
import { writeJsonReport } from '../shared/report.js';
import { SummaryBuilder } from '../shared/summary.js';
import { cachedSteps, parseBuildFailure } from './buildlog.js';
import { writeSourceTar } from './context.js';
import { generateDockerfile, parseCommand } from './dockerfile.js';
import { pipSupportsPythonFlag, platformKey, probeEnvironment, probeEnvironmentCached, type PythonEnvironment } from './environment.js';
import { deriveLockedSet, withLocalWheels, withLockedLocals, type DerivedSet } from './locked.js';
import { buildLocalWheels } from './localwheels.js';
import { loadLock, type LoadedLock } from './lock.js';
import { listInstalled, listingCacheFile, listingKey, sameContents } from './installed.js';
import { inspectBuilt, normaliseImage, rfc3339, type NormalisedBy } from './normalise.js';
import { compareParity, describeProblem, type ParityResult } from './parity.js';
import { imageLabels, readCommit } from './provenance.js';
import { projectScripts, scriptEntries, type ConsoleScript } from './scripts.js';
import { FIXED_MTIME, findHostPip, localCacheRoot, localWheelhouseReady, prepareWheelhouse, type HostPip, type Wheelhouse } from './wheelhouse.js';

interface Inputs {
  workingDirectory: string;
  image: string;
  tags: string[];
  dockerfile: string;
  baseImage: string;
  push: boolean;
  registry: string;
  username: string;
  password: string;
  cache: boolean;
  verifyParity: boolean;
  testCommand: string[];
  buildArgs: Record<string, string>;
  platforms: string[];
  command: string[];
  printDockerfile: boolean;
  /** Absolute path: write the build context there and stop before building. */
  stageContext: string;
  sourceDateEpoch: string;
  noCache: boolean;
}

function readInputs(): Inputs {
  // The secret first: nothing below may log it.
  const password = getString('password');
  if (password) core.setSecret(password);
  const buildArgs: Record<string, string> = {};
  for (const line of getList('build-args', { commas: false })) {
    const eq = line.indexOf('=');
    if (eq <= 0) throw new UserError(`build-args entry "${line}" is not NAME=value.`, { title: 'invalid input: build-args' });
    buildArgs[line.slice(0, eq).trim()] = line.slice(eq + 1);
  }
  let command: string[];
  try {
    command = parseCommand(getString('command'));
  } catch {
    throw new UserError('Input "command" must be words separated by spaces or a JSON array of strings.', { title: 'invalid input: command' });
  }
  return {
    workingDirectory: getWorkspacePath('working-directory'),
    image: getRequired('image', 'ghcr.io/acme/api'),
    tags: getList('tags'),
    dockerfile: getString('dockerfile'),
    baseImage: getString('base-image', 'python:3.12-slim'),
    push: getBoolean('push', false),
    registry: getString('registry'),
    username: getString('username'),
    password,
    cache: getBoolean('cache', true),
    verifyParity: getBoolean('verify-parity', true),
    testCommand: getString('test-command').split(/\s+/).filter(Boolean),
    buildArgs,
    platforms: getList('platforms'),
    command,
    printDockerfile: getBoolean('print-dockerfile', false),
    // Anywhere the user names (e.g. ${{ runner.temp }}/context); relative paths are from the workspace.
    stageContext: getString('stage-context') ? resolve(workspaceRoot(), getString('stage-context')) : '',
    sourceDateEpoch: getString('source-date-epoch'),
    noCache: getBoolean('no-cache', false),
  };
}

class Timer {
  readonly phases: Array<[string, number]> = [];
  private last = Date.now();
  mark(name: string): void {
    const now = Date.now();
    this.phases.push([name, now - this.last]);
    this.last = now;
  }
}

function fullTags(image: string, tags: string[], sha: string | undefined): string[] {
  const repo = repositoryOf(image);
  const explicitTag = image.includes(':') && image.lastIndexOf(':') > image.lastIndexOf('/') ? image : undefined;
  const out: string[] = [];
  if (explicitTag) out.push(explicitTag);
  else out.push(`${repo}:${sha ? sha.slice(0, 7) : 'latest'}`);
  for (const t of tags) out.push(t.includes('/') || t.includes(':') ? t : `${repo}:${t}`);
  return [...new Set(out)];
}

/** The FROM reference for this builder (builderBaseRef), or the error saying why there is none. */
function baseFor(builder: Builder, baseImage: string, base: ImageInspect): string {
  const fromRef = builderBaseRef(builder, baseImage, base);
  if (fromRef) return fromRef;
  throw new UserError(`The base image ${baseImage} is in the Docker engine, but not from its registry (no digest of ${repositoryOf(baseImage)}), and the buildx builder uses the ${builder.driver} driver: its BuildKit resolves FROM in the registry, not in the engine's image store, so it would build from another image or fail.`, {
    title: 'base image not in a registry',
    hint: `Push the base image to a registry the builder can reach and pass that reference (pinned: ${repositoryOf(baseImage)}@sha256:…), or build with the docker driver (docker buildx use default).`,
  });
}

/** A promise awaited later: its rejection must not count as unhandled in the meantime. */
function settleLater<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

function hasSrcLayout(dir: string): boolean {
  return existsSync(join(dir, 'src')) && !existsSync(join(dir, 'src', '__init__.py'));
}

async function runBuild(builder: Builder, args: string[], cwd: string): Promise<{ code: number; log: string }> {
  core.startGroup(`build: ${builder.description}`);
  const r = await builder.client.run(args, { cwd, timeoutMs: 60 * 60_000, onOutput: (chunk) => process.stdout.write(chunk) });
  core.endGroup();
  return { code: r.code, log: `${r.stdout}\n${r.stderr}` };
}

export async function main(): Promise<void> {
  const timer = new Timer();
  const inputs = readInputs();
  const workspace = workspaceRoot();
  const dir = inputs.workingDirectory;
  const generated = !inputs.dockerfile;
  const userDockerfile = generated ? undefined : join(dir, inputs.dockerfile);
  if (inputs.stageContext && !generated) {
    throw new UserError('stage-context writes the build context of the generated Dockerfile; with your own Dockerfile, your repository is the context.', { title: 'invalid input: stage-context', hint: 'Leave dockerfile empty, or drop stage-context.' });
  }
  if (inputs.stageContext && existsSync(inputs.stageContext) && readdirSync(inputs.stageContext).length) {
    throw new UserError(`stage-context ${relativeToWorkspace(inputs.stageContext)} is not empty: the staged context must hold only what the action writes.`, { title: 'invalid input: stage-context', hint: 'Name a new or empty directory.' });
  }
  if (userDockerfile && !existsSync(userDockerfile)) {
    throw new UserError(`Dockerfile ${relativeToWorkspace(userDockerfile)} does not exist.`, { title: 'dockerfile not found', hint: 'Set `dockerfile` relative to working-directory, or leave it empty to generate one from the lockfile.' });
  }

  // Independent start-up work runs side by side: each is a process spawn of 50–150 ms.
  const engineReady = inputs.printDockerfile ? undefined : settleLater(readyBuilder());
  // Finding pip is a Python start-up (20–100 ms of CPU beside the engine probes): started once, and
  // only when something may need it — not when this lock's wheels are already in the local cache.
  let pipProbe: Promise<HostPip | undefined> | undefined;
  const hostPipLater = (): Promise<HostPip | undefined> => (pipProbe ??= settleLater(findHostPip()));
  // The commit (git) is read while the lock is parsed.
  const commitRead = inputs.printDockerfile ? undefined : settleLater(readCommit(dir, inputs.sourceDateEpoch));
  const lock: LoadedLock = await loadLock(dir, workspace);
  if (generated && !(inputs.cache && localWheelhouseReady(lock.lockHash))) void hostPipLater();
  const lockRel = relativeToWorkspace(lock.lockfile);
  const srcLayout = hasSrcLayout(dir);
  // With pip on the runner the wheels come from a wheelhouse; the Dockerfile says which. Awaited only
  // when needed: finding pip (a Python start-up) runs beside the engine checks and the base probe.
  const generatedDockerfile = (wheelhouse: boolean): string =>
    generateDockerfile({ manager: lock.manager, lockfile: relative(dir, lock.lockfile), baseImage: inputs.baseImage, command: inputs.command, wheelhouse, srcLayout });
  if (inputs.printDockerfile) {
    process.stdout.write(generated ? generatedDockerfile(Boolean(await hostPipLater())) : readFileSync(userDockerfile!, 'utf8'));
    return;
  }
  let dockerfileText = generated ? '' : readFileSync(userDockerfile!, 'utf8');
  let useWheelhouse = false;
  timer.mark('lock');

  const commit = await commitRead!;
  if (commit.epochSource !== 'git') {
    annotations.notice(`SOURCE_DATE_EPOCH=${commit.epoch} comes from ${commit.epochSource === 'default' ? 'the default (0)' : `the ${commit.epochSource}`}, not from the commit time: ${dir} is not a git checkout.`, undefined, 'SOURCE_DATE_EPOCH');
  }
  const labels = imageLabels(commit, lock.lockHash, lock.manager);
  const tags = fullTags(inputs.image, inputs.tags, commit.sha);

  let builder = await engineReady!;
  const client = builder.client;
  const images = new DockerImages(client);
  // Asked now (one `docker info`, remembered), needed by the build: does the gha cache apply to the docker driver?
  if (builder.kind === 'buildx' && builder.driver === 'docker' && inputs.cache) void images.usesContainerdStore();
  if (inputs.platforms.length > 1) {
    throw new UserError(`One platform at a time: the image is loaded into the engine to be verified (got ${inputs.platforms.join(', ')}).`, { title: 'invalid input: platforms', hint: 'Use a matrix over platforms.' });
  }
  const platform = inputs.platforms[0];
  timer.mark('engine');

  const scratch = mkdtempSync(join(process.env.RUNNER_TEMP || '/tmp', 'blackbelt-build-'));
  let py: PythonEnvironment | undefined;
  let base: ImageInspect | undefined;
  let derived: DerivedSet | undefined;
  let wheelhouse: Wheelhouse | undefined;
  let contextDir = dir;
  let consoleScripts: ConsoleScript[] = [];
  let removingBuilt: Promise<void> | undefined; // the pre-normalisation image, removed while the rest goes on
  let dockerfilePath = userDockerfile!;
  const buildArgs: Record<string, string> = { ...inputs.buildArgs, SOURCE_DATE_EPOCH: String(commit.epoch) };
  const deriveFor = (env: PythonEnvironment['env']): DerivedSet =>
    deriveLockedSet(lock.locked, env, { manager: lock.manager, markerContext: lock.markerContext, production: lock.productionFor?.(env), lockDir: dirname(lock.lockfile), projectDir: dir });
  try {
    if (generated) {
      if (!/@sha256:[0-9a-f]{64}$/.test(inputs.baseImage)) {
        annotations.warning(`base-image ${inputs.baseImage} is not pinned by digest: the same commit can build a different image when the tag moves. Pin it as ${repositoryOf(inputs.baseImage)}@sha256:…`, undefined, 'base image not pinned');
      }
      base = await images.ensureLocal(inputs.baseImage, 'base image');
      const fromRef = baseFor(builder, inputs.baseImage, base);
      // A builder with its own BuildKit resolves FROM in the registry: pin it to what was probed here.
      if (fromRef !== inputs.baseImage) buildArgs.BASE_IMAGE = fromRef;
      py = await probeEnvironmentCached(client, inputs.baseImage, base.Id, localCacheRoot(), platform);
      if (!pipSupportsPythonFlag(py.pip)) {
        throw new UserError(`The base image ${inputs.baseImage} has ${py.pip ? `pip ${py.pip}` : 'no pip'}; the generated Dockerfile installs into a pip-less venv with \`pip --python\` (pip ≥ 22.3).`, {
          title: 'base image pip too old',
          hint: 'Use a base image with python3 and pip ≥ 22.3 (python:3.11-slim or newer, Debian bookworm python3-pip).',
        });
      }
      derived = deriveFor(py.env);
      // A wheelhouse in the local cache that covers the lock needs no pip (a code-only rebuild).
      useWheelhouse = (inputs.cache && localWheelhouseReady(lock.lockHash, py, derived.packages)) || Boolean(await hostPipLater());
      dockerfileText = generatedDockerfile(useWheelhouse);
      timer.mark('probe base');

      contextDir = inputs.stageContext || join(scratch, 'context');
      const depsDir = join(contextDir, 'deps');
      mkdirSync(depsDir, { recursive: true });
      const reqFile = join(depsDir, 'requirements.txt');
      writeFileSync(reqFile, derived.requirements);
      if (derived.local.length && !useWheelhouse) throw localNeedPip(derived.local);
      if (useWheelhouse) {
        wheelhouse = await prepareWheelhouse({ pip: hostPipLater, py, lockHash: lock.lockHash, requirementsFile: reqFile, packages: derived.packages, target: join(depsDir, 'wheels'), cache: inputs.cache, scratch });
        core.info(`wheelhouse: ${wheelhouse.files.length} wheel(s), cache ${wheelhouse.cache} (${wheelhouse.key}${wheelhouse.seededFrom ? `, from ${wheelhouse.seededFrom}` : ''}), ${wheelhouse.downloaded} downloaded, ${wheelhouse.ms} ms`);
      } else {
        annotations.notice('No pip on the host: the locked wheels are fetched from the index inside the build (hash-checked). Install Python on the runner for air-gapped builds and a wheel cache.', undefined, 'wheelhouse skipped');
      }
      if (derived.local.length) {
        // After the wheelhouse (which keeps only the lock's downloads): workspace members and other local packages.
        const hostPip = await hostPipLater();
        if (!hostPip) throw localNeedPip(derived.local);
        const built = await buildLocalWheels(hostPip, derived.local, join(depsDir, 'wheels'), commit.epoch, scratch);
        core.info(`local packages built into wheels: ${built.map((b) => `${b.name} ${b.version}`).join(', ')}`);
        derived = withLocalWheels(derived, built, lock.manager);
        writeFileSync(reqFile, derived.requirements);
      }
      utimesSync(reqFile, ...contentTimes(createHash('sha256').update(derived.requirements).digest('hex')));
      const staged = relative(dir, contextDir);
      const inside = inputs.stageContext && staged && !staged.startsWith('..') && !isAbsolute(staged) ? new Set([staged.split(sep).join('/')]) : new Set<string>();
      consoleScripts = writeSource(dir, join(contextDir, 'src.tar'), commit.epoch, srcLayout, inside);
      dockerfilePath = join(contextDir, 'Dockerfile');
      writeFileSync(dockerfilePath, dockerfileText);
      writeFileSync(join(contextDir, '.dockerignore'), 'Dockerfile\n');
      timer.mark('wheelhouse + context');
      if (inputs.stageContext) {
        reportStaged(contextDir, buildArgs, useWheelhouse, lock.lockHash, consoleScripts);
        return;
      }
    }

    // ---- build
    const iidfile = join(scratch, 'iid');
    const buildWith = async (b: Builder): Promise<{ code: number; log: string; cacheFlags: { from: string[]; to: string[] } }> => {
      const containerdStore = b.kind === 'buildx' && b.driver === 'docker' && inputs.cache ? await images.usesContainerdStore() : false;
      const cacheFlags = ghaCacheFlags(b, inputs.cache, process.env, containerdStore);
      const argv = buildArgv(b, {
        context: contextDir,
        dockerfile: dockerfilePath,
        tags,
        buildArgs,
        labels,
        iidfile,
        noCache: inputs.noCache,
        platforms: platform ? [platform] : [],
        network: generated && useWheelhouse ? 'none' : undefined,
        cacheFrom: cacheFlags.from,
        cacheTo: cacheFlags.to,
      });
      return { ...(await runBuild(b, argv, contextDir)), cacheFlags };
    };
    let built = await buildWith(builder);
    if (built.code !== 0 && builder.assumed) {
      // The builder was told from buildx's files: ask buildx itself before believing the failure.
      const checked = await detectBuilder(undefined, { assume: false });
      if (checked.kind !== builder.kind || checked.driver !== builder.driver) {
        annotations.notice(`The build failed with the default buildx builder; ${checked.description} is the one to use: building again with it.`, undefined, 'builder re-detected');
        builder = checked;
        // The assumed builder (driver docker) builds FROM the base as given; only another driver needs it pinned.
        if (generated && base) {
          const fromRef = baseFor(builder, inputs.baseImage, base);
          if (fromRef !== inputs.baseImage) buildArgs.BASE_IMAGE = fromRef;
        }
        built = await buildWith(builder);
      }
    }
    const cacheFlags = built.cacheFlags;
    if (built.code !== 0) throw buildError(built.log, dockerfileText, userDockerfile, generated, inputs.baseImage);
    const rawId = readFileSync(iidfile, 'utf8').trim();
    const reused = cachedSteps(built.log);
    const ghaCache = cacheFlags.to.length ? { scope: GHA_CACHE_SCOPE, ...ghaCacheErrors(built.log) } : undefined;
    if (ghaCache?.import) annotations.warning(`The BuildKit layer cache could not be read from the GitHub Actions cache (type=gha, scope=${GHA_CACHE_SCOPE}): ${ghaCache.import}. The build went on without it.`, undefined, 'gha cache import failed');
    if (ghaCache?.export) annotations.warning(`The BuildKit layer cache could not be written to the GitHub Actions cache (type=gha, scope=${GHA_CACHE_SCOPE}): ${ghaCache.export}. The image is built; the next run may rebuild its layers.`, undefined, 'gha cache export failed');
    timer.mark('build');

    // ---- reproducible: normalise the config, while the built image is listed for parity
    const builtImage = await inspectBuilt(images, rawId, tags);
    const baseLayers = base?.RootFS?.Layers ?? [];
    // Normalising rewrites only timestamps (checked below), so the listing of the built image holds
    // for the normalised one: both run side by side. A generated image's listing is reused when its
    // layers below the source layer were listed before (installed.ts says why that is exact).
    const key = generated && inputs.cache ? listingKey(builtImage, baseLayers.length + 1, platform) : undefined;
    const listOptions = { platform, isolated: generated, cacheFile: key ? listingCacheFile(localCacheRoot(), key) : undefined };
    const listing = inputs.verifyParity ? settleLater(listInstalled(client, builtImage.Id, listOptions)) : undefined;
    const normalised = await normaliseImage(images, rawId, commit.epoch, tags, builtImage).catch(async (e: unknown) => {
      await listing?.catch(() => undefined);
      throw e;
    });
    const imageId = normalised.imageId;
    const inspect = normalised.inspect ?? (await images.inspect(imageId));
    if (!inspect) throw new Error(`normalised image ${imageId} is not in the engine after docker load`);
    const layers = inspect.RootFS?.Layers ?? [];
    const depsLayer = generated ? layers[baseLayers.length] : undefined;
    const sourceLayer = generated ? layers[baseLayers.length + 1] : undefined;
    timer.mark('normalise');

    // ---- parity
    const listed = await listing?.then((value) => ({ value }), (error: unknown) => ({ error }));
    // The pre-normalisation image, once nothing runs it (by the engine's own ID: on the containerd store the iidfile's config digest does not resolve).
    if (normalised.builtId !== imageId) removingBuilt = settleLater(images.remove(normalised.builtId));
    if (listed && 'error' in listed) throw listed.error;
    let installed = listed?.value;
    let parity: ParityResult | undefined;
    if (installed) {
      if (!sameContents(builtImage, inspect)) installed = await listInstalled(client, imageId, { ...listOptions, cacheFile: undefined });
      if (!py) py = await probeEnvironment(client, imageId, platform);
      if (!derived) derived = withLockedLocals(deriveFor(py.env));
      parity = compareParity(derived.packages, installed.probe, new Set(lock.locked.map((p) => p.name)));
      timer.mark('parity');
    }

    // ---- test-command
    let testResult: { code: number; output: string } | undefined;
    if (inputs.testCommand.length && (!parity || parity.pass)) {
      const [entry, ...rest] = inputs.testCommand as [string, ...string[]];
      core.startGroup(`test-command: ${inputs.testCommand.join(' ')}`);
      const r = await client.run(['run', '--rm', '--pull=never', '--network', 'none', '--entrypoint', entry, ...(platform ? ['--platform', platform] : []), imageId, ...rest], { timeoutMs: 60 * 60_000, onOutput: (c) => process.stdout.write(c) });
      core.endGroup();
      testResult = { code: r.code, output: `${r.stdout}${r.stderr}` };
      timer.mark('test-command');
    }

    // ---- push
    let digest = imageId;
    let imageRef = tags[0]!;
    let pushed = false;
    const parityOk = !parity || parity.pass;
    const testsOk = !testResult || testResult.code === 0;
    if (inputs.push && parityOk && testsOk) {
      const registry = inputs.registry || registryOf(tags[0]!);
      const reg = new DockerRegistry(client);
      try {
        if (inputs.username || inputs.password) {
          if (!inputs.username || !inputs.password) throw new UserError('Give both `username` and `password` to log in (or neither to use the runner\'s existing docker login).', { title: 'incomplete credentials' });
          await reg.login(registry, inputs.username, inputs.password);
        }
        const first = await reg.push(tags[0]!);
        for (const t of tags.slice(1)) await reg.push(t);
        digest = first.digest;
        imageRef = `${repositoryOf(tags[0]!)}@${digest}`;
        pushed = true;
      } finally {
        await reg.close(inputs.username ? registry : undefined);
      }
      timer.mark('push');
    }

    // ---- outputs, report, summary
    const report = {
      image: inputs.image,
      imageRef,
      digest,
      imageId,
      pushed,
      tags,
      labels,
      sourceDateEpoch: commit.epoch,
      sourceDateEpochFrom: commit.epochSource,
      lock: { manager: lock.manager, file: lockRel, hash: lock.lockHash },
      dockerfile: generated ? 'generated' : relativeToWorkspace(userDockerfile!),
      baseImage: generated ? inputs.baseImage : undefined,
      builder: { kind: builder.kind, driver: builder.driver, description: builder.description },
      ghaCache,
      environment: py ? { python: py.env.python_full_version, platform: platformKey(py), machine: py.env.platform_machine } : undefined,
      consoleScripts: consoleScripts.map((c) => ({ name: c.name, target: c.target })),
      wheelhouse: wheelhouse ? { key: wheelhouse.key, cache: wheelhouse.cache, seededFrom: wheelhouse.seededFrom, downloaded: wheelhouse.downloaded, wheels: wheelhouse.files, ms: wheelhouse.ms } : undefined,
      layers: { all: layers, dependencies: depsLayer, source: sourceLayer, reusedSteps: reused, buildImageId: rawId },
      parity: parity ? { pass: parity.pass, rows: parity.rows, listing: installed!.from } : undefined,
      excluded: derived?.excluded ?? [],
      testCommand: testResult ? { argv: inputs.testCommand, exitCode: testResult.code } : undefined,
      normalisedBy: normalised.by,
      timingsMs: Object.fromEntries(timer.phases),
    };
    const reportPath = writeJsonReport('build-parity-image', report);
    setOutputs({
      'image-ref': imageRef,
      digest,
      'image-id': imageId,
      'lock-hash': lock.lockHash,
      parity: parity ? (parity.pass ? 'pass' : 'fail') : 'skipped',
      report: reportPath,
    });
    writeSummary(report, parity, derived, testResult);

    if (parity && !parity.pass) {
      for (const p of parity.problems.slice(0, 8)) annotations.error(describeProblem(p), { file: lockRel }, `parity: ${p.status}`);
      throw new UserError(`The image does not match ${lockRel}: ${parity.problems.map((p) => `${p.name} (${p.status})`).join(', ')}.`, {
        title: 'environment parity failed',
        location: { file: lockRel },
        hint: 'Install exactly the locked set (pip install --require-hashes --no-deps -r <requirements from the lock>), and nothing after it; the summary lists each difference.',
      });
    }
    if (testResult && testResult.code !== 0) {
      throw new UserError(`test-command \`${inputs.testCommand.join(' ')}\` failed in the built image with exit code ${testResult.code}:\n${lastLines(testResult.output, 40)}`, { title: 'test-command failed' });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await removingBuilt?.catch(() => undefined);
  }
}

/**
 * A context file's mtime as a function of its content. A constant mtime would be wrong: BuildKit
 * syncs the context incrementally and skips files whose size and mtime match its previous copy, so a
 * lock change that keeps the file's size (structlog==26.1.0 → 25.5.0) would build from the old
 * requirements. Same content → same mtime (cache reuse), new content → re-sent.
 */
function contentTimes(sha256hex: string): [number, number] {
  const t = FIXED_MTIME + parseInt(sha256hex.slice(0, 6), 16);
  return [t, t];
}

/** The project and its console-script wrappers as the source tar (context.ts, scripts.ts); returns the scripts. */
function writeSource(dir: string, tarPath: string, epoch: number, srcLayout: boolean, leaveOut: ReadonlySet<string>): ConsoleScript[] {
  const pyprojectPath = join(dir, 'pyproject.toml');
  const pyprojectRel = relativeToWorkspace(pyprojectPath);
  const found = projectScripts(existsSync(pyprojectPath) ? readFileSync(pyprojectPath, 'utf8') : undefined, pyprojectRel);
  for (const k of found.skipped) annotations.warning(`Console script \`${k.name}\` is not put on PATH: ${k.why}.`, { file: pyprojectRel }, 'console script skipped');
  const written = writeSourceTar(dir, tarPath, epoch, scriptEntries(found.scripts, srcLayout ? '/app/src' : '/app', epoch, FIXED_MTIME), leaveOut);
  utimesSync(tarPath, ...contentTimes(written.sha256));
  return found.scripts;
}

/** stage-context: say how to build what was written, and stop. */
function reportStaged(dir: string, buildArgs: Record<string, string>, offline: boolean, lockHash: string, scripts: ConsoleScript[]): void {
  const argv = ['docker', 'buildx', 'build', ...(offline ? ['--network', 'none'] : []), ...Object.entries(buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]), '-t', 'IMAGE', dir];
  const command = argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(' ');
  core.info(`build context staged in ${dir}; build it with:\n  ${command}`);
  const shown = relativeToWorkspace(dir).startsWith('..') ? dir : relativeToWorkspace(dir); // outside the workspace: as given
  setOutputs({ 'lock-hash': lockHash, context: dir });
  new SummaryBuilder()
    .heading('build-parity-image: build context staged')
    .paragraph(`The generated Dockerfile and its context (deps/requirements.txt${offline ? ', deps/wheels/' : ''}, src.tar${scripts.length ? ` with ${scripts.length} console script(s)` : ''}) are in \`${shown}\`. Nothing was built, so nothing was verified: build it, then check parity by building with this action.`)
    .code(command, 'sh')
    .write();
}

function localNeedPip(local: DerivedSet['local']): UserError {
  return new UserError(`The lock installs local path dependencies (${local.map((l) => l.name || l.path).join(', ')}), which are built into wheels on the runner: that needs Python with pip on the runner.`, {
    title: 'local dependencies need pip',
    hint: 'Add actions/setup-python before this step (GitHub runners have python3 and pip by default).',
  });
}

function buildError(log: string, dockerfile: string, userDockerfile: string | undefined, generated: boolean, baseImage: string): UserError {
  const f = parseBuildFailure(log, dockerfile);
  const file = userDockerfile ? relativeToWorkspace(userDockerfile) : undefined;
  const where = f.line ? `${file ?? 'generated Dockerfile'}:${f.line}` : (file ?? 'the generated Dockerfile');
  const dfLines = dockerfile.split('\n');
  const context = f.line ? dfLines.slice(Math.max(0, f.line - 2), f.line + 1).map((l, i) => `${Math.max(1, f.line! - 1) + i} | ${l}`).join('\n') : '';
  const missingBase = /pull access denied|repository does not exist|not found: manifest unknown|failed to resolve source metadata|no such host|dial tcp/i.test(log);
  return new UserError(`docker build failed at ${where}${f.step ? ` (${f.step})` : ''}: ${f.error}\n${context ? `${context}\n` : ''}--- build log (last lines) ---\n${f.excerpt}`, {
    title: 'docker build failed',
    location: file ? { file, line: f.line } : undefined,
    hint: missingBase
      ? `A FROM image could not be resolved without a registry (base ${baseImage}). Make it present locally first.`
      : generated
        ? 'The generated Dockerfile failed: run with --print-dockerfile to see it; a locked package may need a newer pip or a different base image.'
        : 'Fix the failing instruction; the build log above shows its output.',
  });
}

function ghaFact(gha: { scope: string; import?: string; export?: string } | undefined): Array<[string, string]> {
  if (!gha) return [];
  const part = (what: string, err: string | undefined): string => (err ? `⚠️ ${what} failed (${err})` : `${what} ok`);
  return [['layer cache', `GitHub Actions cache, type=gha scope=${gha.scope}: ${part('import', gha.import)}, ${part('export', gha.export)}`]];
}

const REPRODUCIBLE_BY: Record<NormalisedBy, string> = {
  builder: 'the builder (it honoured SOURCE_DATE_EPOCH: image kept as built)',
  config: 'a config rewrite (timestamps := SOURCE_DATE_EPOCH; rebuilt from inspect + history, no layer re-exported)',
  archive: 'a config rewrite through docker save/load (the engine needed the whole archive)',
};

function writeSummary(report: Record<string, unknown> & { imageRef: string; digest: string; imageId: string; pushed: boolean; labels: Record<string, string>; tags: string[]; timingsMs: Record<string, number> }, parity: ParityResult | undefined, derived: DerivedSet | undefined, testResult: { code: number } | undefined): void {
  const s = new SummaryBuilder().heading('build-parity-image');
  const layers = report.layers as { dependencies?: string; source?: string; reusedSteps: string[] };
  const wh = report.wheelhouse as { cache: string; wheels: string[]; key: string; seededFrom?: string; downloaded: number } | undefined;
  const lock = report.lock as { manager: string; file: string; hash: string };
  const scripts = report.consoleScripts as Array<{ name: string; target: string }>;
  s.facts([
    ['image-ref', `\`${report.imageRef}\`${report.pushed ? '' : ' (local tag only: not pushed)'}`],
    ['digest', `\`${report.digest}\`${report.pushed ? ' (registry manifest digest)' : ' (image ID: not pushed, so there is no registry digest)'}`],
    ['image-id', `\`${report.imageId}\``],
    ['lock', `${lock.file} (${lock.manager}), sha256 ${lock.hash.slice(0, 16)}…`],
    ['SOURCE_DATE_EPOCH', `${report.sourceDateEpoch} (${rfc3339(report.sourceDateEpoch as number)}, from ${report.sourceDateEpochFrom as string})`],
    ['builder', (report.builder as { description: string }).description],
    ...ghaFact(report.ghaCache as { scope: string; import?: string; export?: string } | undefined),
    ['reproducible by', REPRODUCIBLE_BY[report.normalisedBy as NormalisedBy]],
    ['parity', parity ? (parity.pass ? '✅ pass' : `❌ fail (${parity.problems.length} difference(s))`) : 'skipped'],
    ['test-command', testResult ? (testResult.code === 0 ? '✅ passed' : `❌ exit ${testResult.code}`) : 'none'],
    ...(scripts.length ? [['console scripts', scripts.map((c) => `\`${c.name}\` → ${c.target}`).join(', ')] as [string, string]] : []),
  ]);
  s.heading('Layer reuse', 3);
  const reuse: string[] = [];
  if (layers.dependencies) reuse.push(`dependency layer \`${layers.dependencies.slice(0, 19)}…\`${layers.reusedSteps.some((st) => /\bdeps\b|pip --python/.test(st)) ? ' (reused from cache)' : ''}`);
  if (layers.source) reuse.push(`source layer \`${layers.source.slice(0, 19)}…\``);
  if (wh) reuse.push(`wheelhouse: ${wh.wheels.length} wheel(s), cache ${wh.cache} (\`${wh.key}\`${wh.seededFrom ? `, started from \`${wh.seededFrom}\`` : ''}), ${wh.downloaded} downloaded`);
  reuse.push(`${layers.reusedSteps.length} build step(s) reused from cache`);
  s.list(reuse);
  s.heading('Labels', 3).table(['label', 'value'], Object.entries(report.labels));
  if (parity) {
    s.heading('Parity: installed vs locked', 3);
    const listing = (report.parity as { listing?: string } | undefined)?.listing;
    s.paragraph(listing === 'reused'
      ? 'Installed set: the listing of identical dependency layers (same sha256 diffIDs below the source layer, same config), taken by running an earlier build; only the source layer differs, and the isolated probe cannot see it.'
      : 'Installed set: listed by running this image (`python3` from its PATH, importlib.metadata over its site-packages).');
    if (parity.problems.length) s.table(['package', 'problem', 'locked', 'installed'], parity.problems.map((p) => [p.name, p.status, p.locked ?? '—', p.installed ?? '—']));
    s.details(`all ${parity.rows.length} distribution(s)`, new SummaryBuilder().table(['package', 'status', 'locked', 'installed'], parity.rows.map((p) => [p.name, p.status, p.locked ?? '—', p.installed ?? '—'])));
  }
  if (derived?.excluded.length) s.details(`${derived.excluded.length} locked package(s) not in this image`, new SummaryBuilder().table(['package', 'version', 'why'], derived.excluded.map((e) => [e.name, e.version, e.reason])));
  s.heading('Timings', 3).table(['phase', 'ms'], Object.entries(report.timingsMs));
  s.write();
}
