/**
 * The image's Python environment, probed once from the base image (`docker run --rm --pull=never
 * --network none --entrypoint python3 BASE -c …`): marker variables, the wheel platform tags its
 * pip accepts (used for `pip download --platform` on the host), and whether pip is there.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DockerClient } from '../shared/docker.js';
import { lastLines } from '../shared/docker.js';
import { UserError } from '../shared/errors.js';
import type { MarkerEnvironment } from '../shared/lockfile/pep508.js';

export const PROBE_ENVIRONMENT = String.raw`
import json, os, platform, sys, sysconfig
impl = sys.implementation
v = impl.version
iv = "%d.%d.%d" % (v.major, v.minor, v.micro)
if v.releaselevel != "final":
    iv += v.releaselevel[0] + str(v.serial)
env = {
    "python_version": "%d.%d" % sys.version_info[:2],
    "python_full_version": platform.python_version(),
    "os_name": os.name, "sys_platform": sys.platform,
    "platform_release": platform.release(), "platform_system": platform.system(),
    "platform_version": platform.version(), "platform_machine": platform.machine(),
    "platform_python_implementation": platform.python_implementation(),
    "implementation_name": impl.name, "implementation_version": iv,
}
platforms, abis, pip_version = [], [], None
try:
    import pip
    pip_version = pip.__version__
    from pip._vendor.packaging import tags
    for t in tags.sys_tags():
        if t.platform not in platforms and t.platform != "any":
            platforms.append(t.platform)
        if t.abi not in abis:
            abis.append(t.abi)
except Exception:
    platforms = [sysconfig.get_platform().replace("-", "_").replace(".", "_")]
print(json.dumps({"env": env, "platforms": platforms, "abis": abis, "pip": pip_version, "executable": sys.executable}))
`.trim();

export interface PythonEnvironment {
  env: MarkerEnvironment;
  /** Wheel platform tags, most specific first (manylinux_2_36_x86_64, …, linux_x86_64). */
  platforms: string[];
  abis: string[];
  /** pip version of the base interpreter (null: no pip). */
  pip: string | null;
  executable: string;
}

export async function probeEnvironment(client: DockerClient, image: string, platform?: string): Promise<PythonEnvironment> {
  const argv = ['run', '--rm', '--pull=never', '--network', 'none', '--entrypoint', 'python3'];
  if (platform) argv.push('--platform', platform);
  argv.push(image, '-c', PROBE_ENVIRONMENT);
  const r = await client.run(argv, { timeoutMs: 120_000 });
  if (r.code !== 0) {
    throw new UserError(`Could not run python3 in the base image ${image}: ${lastLines(r.stderr, 3)}`, {
      title: 'base image has no usable python3',
      hint: 'The generated Dockerfile needs a base image with python3 (and pip, for the install step), e.g. python:3.12-slim.',
    });
  }
  const parsed = JSON.parse(r.stdout.trim().split('\n').pop()!) as PythonEnvironment;
  return parsed;
}

/**
 * The probe result is a pure function of the image's content, so it is cached under its image ID:
 * later runs on the same base skip the `docker run` (≈0.4 s).
 */
export async function probeEnvironmentCached(client: DockerClient, image: string, imageId: string, cacheRoot: string, platform?: string): Promise<PythonEnvironment> {
  const file = join(cacheRoot, 'probes', `${imageId.replace(/^sha256:/, '')}${platform ? `-${platform.replace(/\//g, '_')}` : ''}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PythonEnvironment;
  } catch {
    // not cached yet (or unreadable): probe
  }
  const py = await probeEnvironment(client, image, platform);
  try {
    mkdirSync(join(cacheRoot, 'probes'), { recursive: true });
    writeFileSync(file, JSON.stringify(py));
  } catch {
    // a cache we cannot write is only slower
  }
  return py;
}

/** Short platform label for cache keys and the summary (the most specific tag). */
export function platformKey(py: PythonEnvironment): string {
  return py.platforms[0] ?? `${py.env.sys_platform}_${py.env.platform_machine}`;
}

/** `pip --python` needs pip ≥ 22.3. */
export function pipSupportsPythonFlag(version: string | null): boolean {
  if (!version) return false;
  const [maj = 0, min = 0] = version.split('.').map((n) => Number.parseInt(n, 10));
  return maj > 22 || (maj === 22 && min >= 3);
}
