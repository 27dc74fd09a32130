import { describe, expect, it } from 'vitest';
import {
  checkArtifactName,
  findUrlCredentials,
  isFullCommitSha,
  maskUrl,
  normalizeName,
  parseSdistFilename,
  parseWheelFilename,
  pdmNormalizeName,
  sameVersionLoose,
} from '../../../actions/shared/lockfile/names.js';

describe('names', () => {
  it('normalises per PEP 503 and PDM', () => {
    expect(normalizeName('Ruamel..YAML_x')).toBe('ruamel-yaml-x');
    expect(pdmNormalizeName('Lint_Tools+x')).toBe('lint-tools-x');
    expect(normalizeName('a+b')).toBe('a+b');
  });
  it('parses wheel and sdist names', () => {
    expect(parseWheelFilename('Arpeggio-2.0.3-py2.py3-none-any.whl')).toMatchObject({ name: 'Arpeggio', version: '2.0.3' });
    expect(parseWheelFilename('pkg-1.0-1build-cp311-cp311-linux_x86_64.whl')).toMatchObject({ version: '1.0', build: '1build' });
    expect(parseSdistFilename('python-dateutil-2.8.2.tar.gz')).toMatchObject({ name: 'python-dateutil', version: '2.8.2' });
    expect(parseSdistFilename('https://x/y/ruamel.yaml-0.18.6.tar.gz#sha256=1', 'ruamel-yaml')).toMatchObject({ name: 'ruamel.yaml', version: '0.18.6' });
    expect(parseSdistFilename('foo.egg')).toBeUndefined();
  });
  it('compares artifact names with locked name/version', () => {
    expect(checkArtifactName('ruamel.yaml-0.18.6-py3-none-any.whl', 'ruamel-yaml', '0.18.6')).toBeUndefined();
    expect(checkArtifactName('prometheus_client-0.26.0.tar.gz', 'prometheus-client', '0.26.0')).toBeUndefined();
    expect(checkArtifactName('flask-3.1.3-py3-none-any.whl', 'flask', '3.1.2')).toMatchObject({ field: 'version', expected: '3.1.2', found: '3.1.3' });
    expect(checkArtifactName('requests-2.0-py3-none-any.whl', 'flask', '2.0')).toMatchObject({ field: 'name' });
    expect(sameVersionLoose('1.0', '1.0.0')).toBe(true);
    expect(sameVersionLoose('2.0.0-rc.1', '2.0.0rc1')).toBe(true);
  });
  it('finds and masks credentials', () => {
    expect(findUrlCredentials('https://user:s3cret@pypi.example.com/simple')).toMatchObject({ kind: 'user:password', masked: 'https://user:****@pypi.example.com/simple' });
    expect(findUrlCredentials('https://ghp_abcdefghijklmnopqrstuvwxyz0123@github.com/x.git')?.masked).toBe('https://****@github.com/x.git');
    expect(findUrlCredentials('https://x.example/simple?token=abc&x=1')?.masked).toBe('https://x.example/simple?token=****&x=1');
    expect(findUrlCredentials('https://${USER}:${PASSWORD}@pypi.example.com/simple')).toBeUndefined();
    expect(findUrlCredentials('git+ssh://git@github.com/a/b.git')).toBeUndefined();
    expect(findUrlCredentials('https://pypi.org/simple')).toBeUndefined();
    expect(maskUrl('https://u:p@h/')).toBe('https://u:****@h/');
  });
  it('recognises full commit SHAs', () => {
    expect(isFullCommitSha('959c696033f303cd4909e7e313fb42c923ec2305')).toBe(true);
    expect(isFullCommitSha('959c696')).toBe(false);
    expect(isFullCommitSha('a'.repeat(64))).toBe(true);
  });
});

describe('checkArtifactName fast path never accepts a near miss', () => {
  it.each([
    ['pkg-1.0.1-py3-none-any.whl', 'pkg', '1.0'],
    ['pkg-1.0.1.tar.gz', 'pkg', '1.0'],
    ['pkg-1.0.tar.gz.asc', 'pkg', '1.0'],
    ['pkg_extra-1.0-py3-none-any.whl', 'pkg', '1.0'],
    ['other-1.0-py3-none-any.whl', 'pkg', '1.0'],
  ])('%s is not %s %s', (file, name, version) => {
    const mismatch = checkArtifactName(file, name, version);
    // Either a reported mismatch, or (for names the parser cannot split) no verdict — never a silent "ok" for a different version.
    if (file.endsWith('.asc')) expect(mismatch).toBeUndefined();
    else expect(mismatch).toBeDefined();
  });

  it.each([
    ['My.Pkg-2.0-py3-none-any.whl', 'my-pkg', '2.0'],
    ['my_pkg-2.0-py3-none-any.whl', 'my-pkg', '2.0'],
    ['my-pkg-2.0.tar.gz', 'my-pkg', '2.0'],
    ['https://files.example/x/my_pkg-2.0.zip', 'my-pkg', '2.0'],
  ])('%s matches %s %s', (file, name, version) => {
    expect(checkArtifactName(file, name, version)).toBeUndefined();
  });
});
