#!/usr/bin/env python3
"""Run the native freshness checks against mutated copies of the fixtures and record the verdicts.

  scripts/gen-fixtures mutations [FIXTURE_DIR ...]     default: the webapp and gitdep fixtures

Each mutation is applied to a copy of the fixture in a temp dir, then the fixture's native_check
(from MANIFEST.json) runs there WITHOUT network (`unshare -n` when available, else UV_OFFLINE etc.).
Writes test/fixtures/lockfiles/native-verdicts.json.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIX = REPO / "test" / "fixtures" / "lockfiles"
TOOLS_BIN = Path(os.environ.get("BLACKBELT_TOOLS_DIR", REPO / ".lab" / "tools")) / "bin"
PKG = "blinker"  # a registry package locked by every webapp fixture (flask -> blinker)
GITPKG = "bbgreet"


def manifest_file(d: Path) -> Path:
    for n in ("pyproject.toml", "Pipfile"):
        if (d / n).exists():
            return d / n
    raise FileNotFoundError(d)


def lock_file(d: Path, entry: dict) -> Path:
    for n in ("uv.lock", "poetry.lock", "pdm.lock", "Pipfile.lock", "pylock.toml"):
        if n in entry["lockfile"]:
            return d / n
    raise FileNotFoundError(d)


def sub1(pattern: str, repl, text: str, flags=re.M) -> str:
    new, n = re.subn(pattern, repl, text, count=1, flags=flags)
    if n != 1:
        raise LookupError(pattern)
    return new


# ---- manifest mutations ----------------------------------------------------------------------------

def m_bump_requirement(d, e):
    """Raise a requirement's lower bound; the locked version still satisfies it."""
    f = manifest_file(d)
    t = f.read_text()
    if f.name == "Pipfile":
        t = sub1(r'^structlog = ".*"$', 'structlog = ">=24.2"', t)
    else:
        t = sub1(r'"structlog>=24\.1"|^structlog = ">=24\.1"', lambda m: m.group(0).replace("24.1", "24.2"), t)
    f.write_text(t)


def m_add_dependency(d, e):
    """Add a new direct dependency that is not in the lock."""
    f = manifest_file(d)
    t = f.read_text()
    if f.name == "Pipfile":
        t = sub1(r"^\[packages\]\n", '[packages]\nsix = ">=1.16"\n', t)
    elif "[tool.poetry.dependencies]" in t:
        t = sub1(r"^\[tool\.poetry\.dependencies\]\n", '[tool.poetry.dependencies]\nsix = ">=1.16"\n', t)
    else:
        t = sub1(r"^dependencies = \[\n", 'dependencies = [\n    "six>=1.16",\n', t)
    f.write_text(t)


def m_requires_python(d, e):
    """Narrow requires-python (>=3.10 -> >=3.11); Pipfile: python_version 3.11 -> 3.12."""
    f = manifest_file(d)
    t = f.read_text()
    if f.name == "Pipfile":
        t = sub1(r'^python_version = "3\.11"', 'python_version = "3.12"', t)
    elif "[tool.poetry.dependencies]" in t:
        t = sub1(r'^python = ">=3\.10"', 'python = ">=3.11"', t)
    else:
        t = sub1(r'^requires-python = ">=3\.10"', 'requires-python = ">=3.11"', t)
    f.write_text(t)


def m_reformat(d, e):
    """Same meaning, different text: reorder and reflow the dependency list, single quotes, spacing."""
    f = manifest_file(d)
    t = f.read_text()
    if f.name == "Pipfile":
        block = re.search(r"^\[packages\]\n(.*?)\n\n", t, re.S | re.M)
        lines = block.group(1).splitlines()
        t = t.replace(block.group(1), "\n".join(reversed(lines)).replace(" = ", "=", 1))
    elif "[tool.poetry.dependencies]" in t:
        block = re.search(r"^\[tool\.poetry\.dependencies\]\n(.*?)\n\n", t, re.S | re.M)
        lines = block.group(1).splitlines()
        t = t.replace(block.group(1), "\n".join([lines[0]] + list(reversed(lines[1:]))).replace('"', "'", 2))
    else:
        block = re.search(r"^dependencies = \[\n(.*?)\n\]", t, re.S | re.M)
        items = [x.strip().rstrip(",") for x in block.group(1).splitlines()]
        t = t.replace(block.group(0), "dependencies = [ " + ", ".join(reversed(items)) + " ]")
        t = t.replace('version = "0.1.0"', "version = '0.1.0'")
    f.write_text(t)


def m_description(d, e):
    """Change only the project description (not a locking input)."""
    f = manifest_file(d)
    t = f.read_text()
    if f.name == "Pipfile":
        t = "# a comment only\n" + t
    else:
        t = sub1(r"^description = .*$", 'description = "Something else entirely."', t)
    f.write_text(t)


# ---- lockfile mutations ----------------------------------------------------------------------------

def m_edit_locked_version(d, e):
    """Hand-edit the locked version of a registry package (hashes/URLs left as they were)."""
    f = lock_file(d, e)
    t = f.read_text()
    if f.name == "Pipfile.lock":
        data = json.loads(t)
        data["default"][PKG]["version"] = "==1.8.2"
        f.write_text(json.dumps(data, indent=4) + "\n")
        return
    t = sub1(rf'^(name = "{PKG}"\nversion = ")[^"]+"', r'\g<1>1.8.2"', t)
    f.write_text(t)


def m_edit_locked_version_and_files(d, e):
    """Hand-edit the locked version AND the artifact file names/URLs to match (hashes left) - uv#9396."""
    f = lock_file(d, e)
    t = f.read_text()
    if f.name == "Pipfile.lock":
        raise LookupError("Pipfile.lock has no file names")
    m = re.search(rf'^name = "{PKG}"\nversion = "([^"]+)"', t, re.M)
    if not m:
        raise LookupError(PKG)
    start = m.start()
    end = t.find("\n[[", start)
    end = len(t) if end < 0 else end
    t = t[:start] + t[start:end].replace(m.group(1), "1.8.2") + t[end:]
    f.write_text(t)


def m_drop_hash(d, e):
    """Remove one artifact (and its hash) of a registry package."""
    f = lock_file(d, e)
    t = f.read_text()
    if f.name == "Pipfile.lock":
        data = json.loads(t)
        data["default"][PKG]["hashes"] = data["default"][PKG]["hashes"][:-1]
        f.write_text(json.dumps(data, indent=4) + "\n")
        return
    if f.name == "uv.lock":
        t = sub1(rf'(name = "{PKG}"\n(?:.*\n)*?sdist = \{{ url = "[^"]+", )hash = "sha256:[0-9a-f]+", ', r"\1", t)
    elif f.name == "pylock.toml":
        t = sub1(rf'(name = "{PKG}"\n(?:.*\n)*?wheels = \[\n)\s*\{{name = [^\n]*\n', r"\1", t)
    else:  # poetry.lock / pdm.lock: drop the first file entry of the package
        t = sub1(rf'(name = "{PKG}"\n(?:.*\n)*?files = \[\n)\s*\{{file = [^\n]*\n', r"\1", t)
    f.write_text(t)


def m_change_content_hash(d, e):
    """Corrupt the stored content hash (Poetry/PDM/Pipenv) - the merge-conflict case."""
    f = lock_file(d, e)
    t = f.read_text()
    t2 = re.sub(r'(content[-_]hash = "(?:sha256:)?|"sha256": "|\[tool\.pdm\]\nhashes = \{sha256 = ")([0-9a-f])',
                lambda m: m.group(1) + ("0" if m.group(2) != "0" else "1"), t, count=1)
    if t2 == t:
        raise LookupError("no content hash")
    f.write_text(t2)


def m_git_ref(d, e):
    """gitdep: point the git dependency at another ref (tag v0.1.0 -> branch main) in the manifest."""
    f = manifest_file(d)
    t = f.read_text()
    t2 = t.replace('tag = "v0.1.0"', 'branch = "main"').replace('ref = "v0.1.0"', 'ref = "main"') \
        .replace(".git@v0.1.0", ".git@main")
    if t2 == t:
        raise LookupError("no git ref")
    f.write_text(t2)


MUTATIONS = {
    "none": None,
    "bump-requirement": m_bump_requirement,
    "add-dependency": m_add_dependency,
    "requires-python": m_requires_python,
    "reformat-manifest": m_reformat,
    "change-description": m_description,
    "edit-locked-version": m_edit_locked_version,
    "edit-locked-version-and-files": m_edit_locked_version_and_files,
    "drop-hash": m_drop_hash,
    "corrupt-content-hash": m_change_content_hash,
}
GIT_MUTATIONS = {"none": None, "change-git-ref": m_git_ref}


def run_check(d: Path, entry: dict) -> tuple[int, str]:
    env = dict(os.environ)
    env["PATH"] = f"{TOOLS_BIN}:{env['PATH']}"
    env.update(entry.get("native_check_env", {}))
    env.update({"NO_COLOR": "1", "PDM_CHECK_UPDATE": "false", "PIPENV_VERBOSITY": "-1",
                "WORKON_HOME": "/tmp/blackbelt-gen-fixtures/pipenv-venvs",
                "POETRY_VIRTUALENVS_PATH": "/tmp/blackbelt-gen-fixtures/poetry-venvs"})
    argv = list(entry["native_check"])
    if shutil.which("unshare") and os.geteuid() == 0:
        argv = ["unshare", "-n", "--"] + argv
    p = subprocess.run(argv, cwd=d, env=env, capture_output=True, text=True, timeout=300)
    lines = [l.strip() for l in (p.stderr + "\n" + p.stdout).splitlines() if l.strip()]
    # skip uv's "Using CPython ..." / "Resolved N packages" chatter and pdm's spinner lines
    noise = re.compile(r"^(Using CPython|Resolved \d+|Resolving despite|⠋|WARNING: Project requires|INFO:)")
    msg = next((l for l in lines if re.match(r"^(error|Error|ERROR|\[)", l)), None) \
        or next((l for l in lines if not noise.match(l)), lines[-1] if lines else "")
    return p.returncode, msg


def main(argv: list[str]) -> int:
    manifest = json.loads((FIX / "MANIFEST.json").read_text())
    entries = {e["dir"]: e for e in manifest["fixtures"]}
    dirs = argv or [k for k in entries if k.split("/")[0] in ("webapp", "gitdep")]
    out_path = FIX / "native-verdicts.json"
    results = []
    for k in sorted(dirs):
        e = entries[k]
        if not e.get("native_check"):
            continue
        muts = GIT_MUTATIONS if k.startswith("gitdep/") else MUTATIONS
        for name, fn in muts.items():
            with tempfile.TemporaryDirectory(prefix="bb-mut-") as tmp:
                d = Path(tmp) / e["project"]
                shutil.copytree(FIX / k, d)
                try:
                    if fn:
                        fn(d, e)
                except (LookupError, FileNotFoundError, KeyError) as ex:
                    results.append({"fixture": k, "mutation": name, "applicable": False, "why": str(ex)})
                    continue
                code, msg = run_check(d, e)
                results.append({"fixture": k, "mutation": name, "native_check": e["native_check"],
                                "exit_code": code, "message": msg})
                print(f"{k:28} {name:22} -> {code}  {msg[:110]}", file=sys.stderr, flush=True)
    out_path.write_text(json.dumps({
        "generated_by": "scripts/gen-fixtures mutations",
        "tools": manifest.get("tools", {}),
        "network": "none (unshare -n)" if shutil.which("unshare") and os.geteuid() == 0 else "not isolated",
        "mutations": {n: (f.__doc__ or "baseline, unmodified") if f else "baseline, unmodified"
                      for n, f in {**MUTATIONS, **GIT_MUTATIONS}.items()},
        "verdicts": results,
    }, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
