import { describe, expect, it } from 'vitest';
import {
  applicableSomewhere,
  compareMarkers,
  environmentMatrix,
  evaluateMarker,
  makeEnvironment,
  MATRIX_PLATFORMS,
  markerToString,
  parseMarker,
  parseRequirement,
  pythonVersionsFor,
  rewritePythonVersion,
} from '../../../actions/shared/lockfile/pep508.js';

const linux311 = makeEnvironment('3.11.4', MATRIX_PLATFORMS[0]!);
const win39 = makeEnvironment('3.9.0', MATRIX_PLATFORMS[4]!);

describe('PEP 508 requirements', () => {
  it('parses names, extras, specifiers, urls and markers', () => {
    const r = parseRequirement('Click[Dev,  docs]!=8.1.0,>=8 ; python_version >= "3.10"');
    expect(r).toMatchObject({ name: 'Click', normalizedName: 'click', extras: ['dev', 'docs'], specifier: '!=8.1.0,>=8', markerText: 'python_version >= "3.10"' });
    expect(parseRequirement('requests (>=2.0, <3)').specifier).toBe('>=2.0, <3');
    expect(parseRequirement('zope.interface').normalizedName).toBe('zope-interface');
    const u = parseRequirement('pkg @ https://example.com/pkg-1.0.tar.gz#sha256=abc ; os_name == "nt"');
    expect(u.url).toBe('https://example.com/pkg-1.0.tar.gz#sha256=abc');
    expect(u.markerText).toBe('os_name == "nt"');
    expect(parseRequirement('name @ git+https://github.com/a/b@v1').url).toBe('git+https://github.com/a/b@v1');
    for (const bad of ['', '-foo', 'foo >= ', 'foo[bar', 'foo; ', 'foo ; bogus_var == "1"', 'foo (>=1']) expect(() => parseRequirement(bad), bad).toThrow();
  });
});

describe('markers', () => {
  it('evaluates version-aware comparisons', () => {
    expect(evaluateMarker('python_version >= "3.10"', linux311)).toBe(true);
    expect(evaluateMarker('python_version > "3.9"', linux311)).toBe(true);
    expect(evaluateMarker('python_version == "3.1"', makeEnvironment('3.10.0', MATRIX_PLATFORMS[0]!))).toBe(false);
    expect(evaluateMarker('python_version < "3.10"', win39)).toBe(true); // string order would say "3.9" > "3.10"
    expect(evaluateMarker('python_full_version == "3.11.*"', linux311)).toBe(true);
    expect(evaluateMarker('python_full_version ~= "3.11.0"', linux311)).toBe(true);
    expect(evaluateMarker('python_full_version === "3.11.4"', linux311)).toBe(true);
    expect(evaluateMarker('implementation_version >= "3.11"', linux311)).toBe(true);
  });
  it('handles reversed operands, in / not in, strings and legacy names', () => {
    expect(evaluateMarker('"3.10" <= python_version', linux311)).toBe(true);
    expect(evaluateMarker('"3.12" <= python_version', linux311)).toBe(false);
    expect(evaluateMarker("'linux' in sys_platform", linux311)).toBe(true);
    expect(evaluateMarker("sys_platform in 'linux darwin'", linux311)).toBe(true);
    expect(evaluateMarker("sys_platform not in 'linux darwin'", win39)).toBe(true);
    expect(evaluateMarker('os.name == "nt" and platform_machine == "AMD64"', win39)).toBe(true);
    expect(evaluateMarker('(sys_platform == "win32" or sys_platform == "darwin") and python_version < "3.10"', win39)).toBe(true);
    expect(evaluateMarker('platform_python_implementation != "PyPy"', linux311)).toBe(true);
  });
  it('normalises extra and supports PEP 751 set membership', () => {
    expect(evaluateMarker('extra == "Foo_Bar"', linux311, { extras: ['foo-bar'] })).toBe(true);
    expect(evaluateMarker('extra == "foo"', linux311)).toBe(false);
    expect(evaluateMarker('extra != "foo"', linux311)).toBe(true);
    expect(evaluateMarker("'dev' in dependency_groups", linux311, { dependencyGroups: ['Dev'] })).toBe(true);
    expect(evaluateMarker("'dev' not in dependency_groups", linux311)).toBe(true);
    expect(evaluateMarker("'x' in extras", linux311, { extras: ['X'] })).toBe(true);
  });
  it('serialises and rewrites python_version like uv', () => {
    const m = parseMarker('python_version > "3.9" and (sys_platform == "linux" or python_version <= "3.12")');
    expect(markerToString(rewritePythonVersion(m), "'")).toBe(
      "python_full_version >= '3.10' and (sys_platform == 'linux' or python_full_version < '3.13')",
    );
    expect(markerToString(rewritePythonVersion(parseMarker("python_version == '3.10'")), "'")).toBe("python_full_version == '3.10.*'");
    expect(markerToString(rewritePythonVersion(parseMarker("'3.10' < python_version")), "'")).toBe("python_full_version >= '3.11'");
  });
  it('compares markers semantically under requires-python', () => {
    const p = (s: string) => parseMarker(s);
    expect(compareMarkers(p("python_version >= '3.10'"), p("python_full_version >= '3.10'"))).toBe('equal');
    expect(compareMarkers(p("python_version > '3.9'"), p("python_full_version >= '3.10'"))).toBe('equal');
    expect(compareMarkers(p("python_version >= '3.9'"), undefined, '>=3.9')).toBe('equal'); // implied by requires-python
    expect(compareMarkers(p("python_version >= '3.9'"), undefined, '>=3.8')).toBe('different');
    expect(compareMarkers(p("python_version < '3.11'"), p("python_version <= '3.11'"))).toBe('different');
    expect(compareMarkers(p("sys_platform == 'linux' and extra == 'a'"), p("extra == 'a' and sys_platform == 'linux'"))).toBe('equal');
    expect(compareMarkers(p("platform_release >= '5'"), p("platform_release >= '6'"))).toBe('unknown');
  });
  it('builds the environment matrix from requires-python', () => {
    expect(pythonVersionsFor('>=3.10')).toEqual(['3.10.0', '3.11.0', '3.12.0', '3.13.0', '3.14.0']);
    expect(pythonVersionsFor('>=3.9.2,<3.11')).toEqual(['3.9.2', '3.10.0']);
    expect(environmentMatrix('>=3.12')).toHaveLength(3 * 5);
    const envs = environmentMatrix('>=3.9');
    expect(applicableSomewhere("sys_platform == 'win32' and python_version < '3.10'", envs)).toBe(true);
    expect(applicableSomewhere("python_version < '3.8'", envs)).toBe(false);
    expect(applicableSomewhere("sys_platform == 'emscripten'", envs)).toBe(false);
    expect(applicableSomewhere(undefined, envs)).toBe(true);
  });
});
