#!/usr/bin/env python3
"""Generate the lockfile fixtures under test/fixtures/lockfiles with the real, pinned tools.

Usage (through the wrapper): scripts/gen-fixtures [--fresh] [--no-check] [PROJECT|all] [MANAGER ...]
  scripts/gen-fixtures                    every project, every manager
  scripts/gen-fixtures webapp uv          one fixture
  scripts/gen-fixtures all pdm pipenv     two managers for every project
  --fresh     delete the old lockfiles first (otherwise Poetry keeps the versions it had locked)
  --no-check  skip the native freshness check

Every fixture directory is a self-contained project (manifest + lockfile). The manifests are written
by this script from the PROJECTS table; the lockfiles come from the tools. MANIFEST.json is updated
with one entry per fixture (tool, exact version, files, native_check argv, the check's exit code,
package count). The service manifest is read from examples/service/pyproject.toml.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIX = REPO / "test" / "fixtures" / "lockfiles"
SERVICE = REPO / "examples" / "service"
TOOLS_BIN = Path(os.environ.get("BLACKBELT_TOOLS_DIR", REPO / ".lab" / "tools")) / "bin"
DATE = "2026-10-01T00:00:00Z"  # uv exclude-newer, pdm --exclude-newer, pip --uploaded-prior-to
GIT_URL = "file:///tmp/blackbelt-gitsrc/bbgreet.git"
GIT_TAG = "v0.1.0"
INDEX_URL = "https://pypi.internal.example/simple"
CREDS_INDEX_URL = "https://ci-bot:s3cr3t-t0ken@pypi.internal.example/simple"  # deliberately bad
PYPI = "https://pypi.org/simple"
WORK = Path("/tmp/blackbelt-gen-fixtures")  # tool virtualenvs and homes (never inside the repo)

MANAGERS = ["uv", "uv-export", "uv-pylock", "uv-pip-compile", "pip-tools",
            "poetry2", "poetry18", "pdm", "pdm-pylock", "pdm-inputs", "pipenv"]

WEBAPP = dict(
    description="Flask web application behind gunicorn (blackbelt lockfile fixture).",
    requires_python=">=3.10",
    package=True,
    deps=["flask>=3.0", "gunicorn>=22.0", "structlog>=24.1", "prometheus-client>=0.20",
          "uvloop>=0.19; sys_platform != 'win32'", "tomli>=2.0; python_version < '3.11'"],
    extras={"postgres": ["psycopg[binary]>=3.2"]},
    dev=["pytest>=8.0", "ruff>=0.6"],
    poetry_groups="dependency-groups",
)
GITDEP = dict(
    description="Service that depends on a library straight from git (blackbelt lockfile fixture).",
    requires_python=">=3.10",
    package=False,
    deps=["bbgreet", "httpx>=0.27"],
    git={"bbgreet": (GIT_URL, GIT_TAG)},
    extras={},
    dev=["pytest>=8.0"],
    poetry_groups="tool.poetry.group",
)
PRIVATE = dict(
    description="Project that declares a private index no package is taken from (blackbelt lockfile fixture).",
    requires_python=">=3.11",
    package=False,
    deps=["requests>=2.32", "click>=8.1"],
    extras={},
    dev=["pytest>=8.0"],
    index=INDEX_URL,
    poetry_groups="dependency-groups",
)
LARGE = dict(
    description="Kitchen-sink data + web stack with more than 300 locked packages (blackbelt benchmark fixture).",
    requires_python=">=3.11",
    package=False,
    deps=["jupyterlab>=4.2", "notebook>=7.2", "sphinx>=8.0", "sphinx-rtd-theme>=3.0", "myst-parser>=4.0",
          "boto3>=1.35", "django>=5.1", "djangorestframework>=3.15", "celery[redis]>=5.4",
          "fastapi>=0.115", "uvicorn[standard]>=0.30", "sqlalchemy>=2.0", "alembic>=1.13",
          "psycopg[binary]>=3.2", "pandas>=2.2", "scikit-learn>=1.5", "matplotlib>=3.9", "seaborn>=0.13",
          "dask[complete]>=2024.8", "pydantic>=2.8", "httpx>=0.27", "requests>=2.32",
          "google-cloud-storage>=2.18", "azure-storage-blob>=12.22", "spacy>=3.7", "mkdocs-material>=9.5",
          "streamlit>=1.38", "sentry-sdk>=2.13", "ansible-core>=2.17", "pyarrow>=17.0", "polars>=1.6",
          "openpyxl>=3.1", "lxml>=5.3", "beautifulsoup4>=4.12", "nltk>=3.9", "twine>=5.1",
          "google-api-python-client>=2.140", "grpcio-tools>=1.66", "opentelemetry-sdk>=1.27",
          "kubernetes>=30.1", "scrapy>=2.11", "apache-libcloud>=3.8"],
    extras={},
    dev=["pytest>=8.3", "hypothesis>=6.112", "mypy>=1.11", "ruff>=0.6", "pre-commit>=3.8", "tox>=4.18",
         "black>=24.8", "coverage>=7.6"],
    poetry_groups="tool.poetry.group",
    # Poetry refuses an open-ended range when a dependency caps Python (smart-open: "requires Python
    # <4.0 ... smart-open is forbidden"); Poetry users write the cap into the project.
    poetry_requires_python=">=3.11,<4.0",
)


# PDM's group features: a self-reference `<project>[extra]`, `{include-group = ...}`, a legacy
# dev-dependencies group merged into [dependency-groups]; locked by PDM only (the other tools' manifests
# have no such syntax in common).
GROUPS = dict(
    description="Project whose groups refer to each other (blackbelt lockfile fixture).",
    pdm_pyproject="""[project]
name = "Groups_App"
version = "0.1.0"
description = "Project whose groups refer to each other (blackbelt lockfile fixture)."
requires-python = ">=3.11"
dependencies = [
    "flask>=3.0",
    "structlog>=24.1",
]

[project.optional-dependencies]
pg = ["psycopg[binary]>=3.2"]
cache = ["redis>=5.0", "groups-app[pg]"]

[dependency-groups]
lint = ["ruff>=0.6"]
test = ["pytest>=8.0", {include-group = "lint"}]
dev = ["groups_app[cache]", {include-group = "test"}]

[tool.pdm]
distribution = false

[tool.pdm.dev-dependencies]
Lint = ["mypy>=1.11"]
""",
)


def service_spec() -> dict:
    p = tomllib.loads((SERVICE / "pyproject.toml").read_text())["project"]
    return dict(description=p.get("description", ""), requires_python=p["requires-python"], package=False,
                deps=list(p.get("dependencies", [])), extras=dict(p.get("optional-dependencies", {})),
                dev=[], poetry_groups="dependency-groups", service=True)


def projects() -> dict[str, dict]:
    creds = dict(PRIVATE, index=CREDS_INDEX_URL,
                 description="BAD: private index URL with embedded credentials (blackbelt lockfile fixture).")
    return {"webapp": WEBAPP, "gitdep": GITDEP, "private-index": PRIVATE, "private-index-creds": creds,
            "large": LARGE, "service": service_spec(), "groups": GROUPS}


# Managers that make no sense for a project.
SKIP = {
    # uv pip compile queries every --extra-index-url and fails hard on the unreachable private index:
    # "error: Request failed after 3 retries ... dns error" (pip and pipenv only warn and go on).
    "private-index": {"uv-pip-compile"},
    "private-index-creds": {"uv-export", "uv-pylock", "uv-pip-compile", "pdm-pylock", "poetry18", "pdm-inputs"},
    # pdm-inputs (PDM's opt-in lock_inputs freshness) is about the comparison, not the size: the large
    # project adds minutes of locking and nothing to the differential tests.
    "large": {"pdm-inputs"},
    "groups": set(MANAGERS) - {"pdm", "pdm-inputs"},
}

# --------------------------------------------------------------------------------------------------
# tiny TOML writer helpers


def q(s: str) -> str:
    return json.dumps(s)


def arr(items: list[str], indent: str = "    ") -> str:
    if not items:
        return "[]"
    return "[\n" + "".join(f"{indent}{q(i)},\n" for i in items) + "]"


_REQ = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*([^;]*?)\s*(?:;\s*(.+))?$")


def parse_req(r: str) -> tuple[str, list[str], str, str]:
    m = _REQ.match(r)
    if not m:
        raise ValueError(r)
    name, extras, spec, marker = m.groups()
    return name, [e.strip() for e in (extras or "").split(",") if e.strip()], spec.strip(), (marker or "").strip()


def pep508(spec: dict, r: str) -> str:
    name = parse_req(r)[0]
    if name in spec.get("git", {}):
        url, tag = spec["git"][name]
        return f"{name} @ git+{url}@{tag}"
    return r


def project_table(name: str, spec: dict, direct_git: bool) -> str:
    deps = [pep508(spec, d) if direct_git else d for d in spec["deps"]]
    out = [f"[project]\nname = {q(name)}\nversion = \"0.1.0\"\ndescription = {q(spec['description'])}",
           f"requires-python = {q(spec['requires_python'])}", f"dependencies = {arr(deps)}", ""]
    if spec["extras"]:
        out.append("[project.optional-dependencies]")
        for k, v in spec["extras"].items():
            out.append(f"{k} = {arr(v)}")
        out.append("")
    return "\n".join(out)


def dep_groups(spec: dict) -> str:
    return f"[dependency-groups]\ndev = {arr(spec['dev'])}\n" if spec["dev"] else ""


def poetry_dep(spec: dict, r: str, optional: bool = False) -> tuple[str, str]:
    name, extras, ver, marker = parse_req(r)
    if name in spec.get("git", {}):
        url, tag = spec["git"][name]
        return name, f"{{ git = {q(url)}, tag = {q(tag)} }}"
    if not extras and not marker and not optional:
        return name, q(ver or "*")
    parts = [f"version = {q(ver or '*')}"]
    if extras:
        parts.append("extras = [" + ", ".join(q(e) for e in extras) + "]")
    if marker:
        parts.append(f"markers = {q(marker)}")
    if optional:
        parts.append("optional = true")
    return name, "{ " + ", ".join(parts) + " }"


def poetry_deps_table(header: str, spec: dict, reqs: list[str], python: str | None = None,
                      optional: set[str] = frozenset()) -> str:
    lines = [header]
    if python:
        lines.append(f"python = {q(python)}")
    for r in reqs:
        n, v = poetry_dep(spec, r, optional=r in optional)
        lines.append(f"{n} = {v}")
    return "\n".join(lines) + "\n"


def src_files(name: str) -> dict[str, str]:
    mod = name.replace("-", "_")
    return {f"src/{mod}/__init__.py": f'"""{name} (fixture package)."""\n\n__version__ = "0.1.0"\n'}


# --------------------------------------------------------------------------------------------------
# manifests per manager


def m_uv(name: str, spec: dict) -> dict[str, str]:
    out = [project_table(name, spec, direct_git=False)]
    if spec["dev"]:
        out.append(dep_groups(spec))
    if spec["package"]:
        out.append('[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n')
    if spec.get("service"):
        return {"pyproject.toml": (SERVICE / "pyproject.toml").read_text()}
    tu = ["[tool.uv]"]
    if not spec["package"]:
        tu.append("package = false")
    tu.append(f"exclude-newer = {q(DATE)}")
    out.append("\n".join(tu) + "\n")
    if spec.get("index"):
        out.append(f'[[tool.uv.index]]\nname = "internal"\nurl = {q(spec["index"])}\nexplicit = true\n')
    if spec.get("git"):
        out.append("[tool.uv.sources]\n" + "".join(
            f"{n} = {{ git = {q(u)}, tag = {q(t)} }}\n" for n, (u, t) in spec["git"].items()))
    files = {"pyproject.toml": "\n".join(out)}
    if spec["package"]:
        files.update(src_files(name))
    return files


def m_poetry2(name: str, spec: dict) -> dict[str, str]:
    if spec.get("service"):
        return {"pyproject.toml": (SERVICE / "pyproject.toml").read_text()}
    spec = dict(spec, requires_python=spec.get("poetry_requires_python", spec["requires_python"]))
    out = [project_table(name, spec, direct_git=True)]
    groups_style = spec["poetry_groups"]
    if spec["dev"] and groups_style == "dependency-groups":
        out.append(dep_groups(spec))
    tp = ["[tool.poetry]"]
    if spec["package"]:
        tp.append('packages = [{ include = "%s", from = "src" }]' % name.replace("-", "_"))
    else:
        tp.append("package-mode = false")
    out.append("\n".join(tp) + "\n")
    if spec["dev"] and groups_style == "tool.poetry.group":
        out.append(poetry_deps_table("[tool.poetry.group.dev.dependencies]", spec, spec["dev"]))
    if spec.get("index"):
        out.append(f'[[tool.poetry.source]]\nname = "internal"\nurl = {q(spec["index"])}\npriority = "supplemental"\n')
    if spec["package"]:
        out.append('[build-system]\nrequires = ["poetry-core>=2.0,<3"]\nbuild-backend = "poetry.core.masonry.api"\n')
    files = {"pyproject.toml": "\n".join(out)}
    if spec["package"]:
        files.update(src_files(name))
    return files


def m_poetry18(name: str, spec: dict) -> dict[str, str]:
    spec = dict(spec, requires_python=spec.get("poetry_requires_python", spec["requires_python"]))
    tp = [f"[tool.poetry]\nname = {q(name)}\nversion = \"0.1.0\"\ndescription = {q(spec['description'])}",
          'authors = ["Blackbelt Fixtures <fixtures@blackbelt.invalid>"]']
    if spec["package"]:
        tp.append('packages = [{ include = "%s", from = "src" }]' % name.replace("-", "_"))
    else:
        tp.append("package-mode = false")
    out = ["\n".join(tp) + "\n"]
    extra_reqs = [r for v in spec["extras"].values() for r in v]
    out.append(poetry_deps_table("[tool.poetry.dependencies]", spec, spec["deps"] + extra_reqs,
                                 python=spec["requires_python"], optional=set(extra_reqs)))
    if spec["extras"]:
        out.append("[tool.poetry.extras]\n" + "".join(
            f"{k} = [" + ", ".join(q(parse_req(r)[0]) for r in v) + "]\n" for k, v in spec["extras"].items()))
    if spec["dev"]:
        out.append(poetry_deps_table("[tool.poetry.group.dev.dependencies]", spec, spec["dev"]))
    if spec.get("index"):
        out.append(f'[[tool.poetry.source]]\nname = "internal"\nurl = {q(spec["index"])}\npriority = "supplemental"\n')
    if spec["package"]:
        out.append('[build-system]\nrequires = ["poetry-core>=1.0.0"]\nbuild-backend = "poetry.core.masonry.api"\n')
    files = {"pyproject.toml": "\n".join(out)}
    if spec["package"]:
        files.update(src_files(name))
    return files


def m_pdm(name: str, spec: dict, pylock: bool = False, lock_inputs: bool = False) -> dict[str, str]:
    if spec.get("service"):
        files = {"pyproject.toml": (SERVICE / "pyproject.toml").read_text()}
    elif spec.get("pdm_pyproject"):
        files = {"pyproject.toml": spec["pdm_pyproject"]}
    else:
        out = [project_table(name, spec, direct_git=True)]
        if spec["dev"]:
            out.append(dep_groups(spec))
        out.append("[tool.pdm]\ndistribution = %s\n" % ("true" if spec["package"] else "false"))
        if spec.get("index"):
            out.append(f'[[tool.pdm.source]]\nname = "internal"\nurl = {q(spec["index"])}\n'
                       'include_packages = ["acme-*"]\nexclude_packages = ["*"]\n')
        if spec["package"]:
            out.append('[build-system]\nrequires = ["pdm-backend"]\nbuild-backend = "pdm.backend"\n')
        # PDM 2.29.4 turns git+file:///tmp/x into "file:/tmp/x", which git reads as an scp-style
        # host "file" -> "ssh: Could not resolve hostname file". An explicit localhost works.
        files = {"pyproject.toml": "\n".join(out).replace("git+file:///", "git+file://localhost/")}
        if spec["package"]:
            files.update(src_files(name))
    if pylock:
        files["pdm.toml"] = '[lock]\nformat = "pylock"\n'
    if lock_inputs:
        # PDM >= 2.28.1 then records the lock inputs (metadata.lock_inputs) instead of a content_hash.
        files["pyproject.toml"] = files["pyproject.toml"].rstrip("\n") + "\n\n[tool.pdm.resolution]\nlock_inputs = true\n"
    return files


def req_lines(spec: dict, reqs: list[str]) -> str:
    return "".join(pep508(spec, r) + "\n" for r in reqs)


def m_requirements(name: str, spec: dict) -> dict[str, str]:
    head = f"# {name}: runtime requirements (blackbelt lockfile fixture)\n"
    if spec.get("index"):
        head += f"--extra-index-url {spec['index']}\n"
    extra_reqs = [r for v in spec["extras"].values() for r in v]
    files = {"requirements.in": head + req_lines(spec, spec["deps"] + extra_reqs)}
    if spec["dev"]:
        files["dev.in"] = "# development tools, constrained to the runtime pins\n-c requirements.txt\n" + \
            req_lines(spec, spec["dev"])
    return files


def pipfile_value(spec: dict, r: str) -> tuple[str, str]:
    name, extras, ver, marker = parse_req(r)
    if name in spec.get("git", {}):
        url, tag = spec["git"][name]
        return name, f"{{ git = {q(url)}, ref = {q(tag)} }}"
    if not extras and not marker:
        return name, q(ver or "*")
    if marker and not _marker_true(marker):
        # pipenv 2026.10.3 bug: a version range on a package whose marker is false for the locking
        # interpreter becomes "tomli==>=2.0" in its constraints file -> "ERROR: Invalid requirement:
        # 'tomli==>=2.0'". Users work around it with "*".
        ver = ""
    parts = [f"version = {q(ver or '*')}"]
    if extras:
        parts.append("extras = [" + ", ".join(q(e) for e in extras) + "]")
    if marker:
        parts.append(f"markers = {q(marker)}")
    return name, "{ " + ", ".join(parts) + " }"


def _marker_true(marker: str) -> bool:
    from pip._vendor.packaging.markers import Marker  # the locking interpreter is this one (3.11)
    return Marker(marker).evaluate()


def m_pipenv(name: str, spec: dict) -> dict[str, str]:
    out = [f'[[source]]\nurl = "{PYPI}"\nverify_ssl = true\nname = "pypi"\n']
    if spec.get("index"):
        out.append(f'[[source]]\nurl = {q(spec["index"])}\nverify_ssl = true\nname = "internal"\n')
    extra_reqs = [r for v in spec["extras"].values() for r in v]
    out.append("[packages]\n" + "".join("%s = %s\n" % pipfile_value(spec, r) for r in spec["deps"] + extra_reqs))
    out.append("[dev-packages]\n" + "".join("%s = %s\n" % pipfile_value(spec, r) for r in spec["dev"]))
    out.append('[requires]\npython_version = "3.11"\n')
    return {"Pipfile": "\n".join(out)}


# --------------------------------------------------------------------------------------------------
# running the tools


def tool_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{TOOLS_BIN}:{env['PATH']}"
    for k in ["VIRTUAL_ENV", "UV_EXCLUDE_NEWER", "UV_LOCKED", "UV_FROZEN", "PIP_REQUIRE_VIRTUALENV",
              "PIPENV_ACTIVE", "POETRY_ACTIVE", "PDM_PROJECT"]:
        env.pop(k, None)
    env.update({
        "POETRY_VIRTUALENVS_PATH": str(WORK / "poetry-venvs"),
        "POETRY_VIRTUALENVS_IN_PROJECT": "false",
        "WORKON_HOME": str(WORK / "pipenv-venvs"),
        "PIPENV_VENV_IN_PROJECT": "0",
        "PIPENV_VERBOSITY": "-1",
        "PIPENV_YES": "1",
        "PIPENV_NOSPIN": "1",
        "PIPENV_IGNORE_VIRTUALENVS": "1",
        "PDM_CHECK_UPDATE": "false",
        "PDM_NON_INTERACTIVE": "1",
        "PIP_UPLOADED_PRIOR_TO": DATE,
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_RETRIES": "0",  # the private index does not resolve; don't spend minutes retrying it
        "PIP_TIMEOUT": "5",
        "PIP_FIND_LINKS": "",  # the machine's pip.conf adds a local wheel dir; keep it out of locks
        "NO_COLOR": "1",
        "TERM": "dumb",
    })
    return env


def run(argv: list[str], cwd: Path, env: dict[str, str], check: bool = True, timeout: int = 1800):
    t = time.time()
    p = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    dt = time.time() - t
    log(f"  $ {' '.join(argv)}  -> {p.returncode} ({dt:.1f}s)")
    if check and p.returncode != 0:
        sys.stderr.write(p.stdout[-3000:] + p.stderr[-6000:])
        raise RuntimeError(f"{argv} failed in {cwd}")
    return p, dt


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def tool_version(tool: str, env) -> str:
    p = subprocess.run([tool, "--version"], env=env, capture_output=True, text=True)
    m = re.search(r"(\d+\.\d+(?:\.\d+)*)", p.stdout + p.stderr)
    return m.group(1) if m else "?"


LOCKFILES = {
    "uv": ["uv.lock"], "uv-export": ["uv.lock", "requirements.txt"], "uv-pylock": ["uv.lock", "pylock.toml"],
    "uv-pip-compile": ["requirements.txt", "dev.txt"], "pip-tools": ["requirements.txt", "dev.txt"],
    "poetry2": ["poetry.lock"], "poetry18": ["poetry.lock"], "pdm": ["pdm.lock"], "pdm-pylock": ["pylock.toml"],
    "pdm-inputs": ["pdm.lock"], "pipenv": ["Pipfile.lock"],
}
TOOL = {"uv": "uv", "uv-export": "uv", "uv-pylock": "uv", "uv-pip-compile": "uv", "pip-tools": "pip-compile",
        "poetry2": "poetry", "poetry18": "poetry18", "pdm": "pdm", "pdm-pylock": "pdm", "pdm-inputs": "pdm", "pipenv": "pipenv"}
NATIVE_CHECK = {
    "uv": ["uv", "lock", "--check", "--offline"], "uv-export": ["uv", "lock", "--check", "--offline"],
    "uv-pylock": ["uv", "lock", "--check", "--offline"], "uv-pip-compile": None, "pip-tools": None,
    "poetry2": ["poetry", "check", "--lock"], "poetry18": ["poetry18", "check", "--lock"],
    "pdm": ["pdm", "lock", "--check"], "pdm-pylock": ["pdm", "lock", "--check"], "pdm-inputs": ["pdm", "lock", "--check"],
    "pipenv": ["pipenv", "verify"],
}
# secondary checks that are not freshness checks of the manifest but still useful for differential tests
EXTRA_CHECK = {
    "uv-export": ["uv", "export", "--locked", "--offline", "--format", "requirements.txt", "-o", "/dev/stdout",
                  "-q"],
    "uv-pylock": ["uv", "export", "--locked", "--offline", "--format", "pylock.toml", "-o", "/dev/stdout", "-q"],
}


def manifest_for(project: str, manager: str, spec: dict) -> dict[str, str]:
    if manager in ("uv", "uv-export", "uv-pylock"):
        return m_uv(project, spec)
    if manager in ("uv-pip-compile", "pip-tools"):
        return m_requirements(project, spec)
    if manager == "poetry2":
        return m_poetry2(project, spec)
    if manager == "poetry18":
        return m_poetry18(project, spec)
    if manager == "pdm":
        return m_pdm(project, spec)
    if manager == "pdm-pylock":
        return m_pdm(project, spec, pylock=True)
    if manager == "pdm-inputs":
        return m_pdm(project, spec, lock_inputs=True)
    if manager == "pipenv":
        return m_pipenv(project, spec)
    raise KeyError(manager)


def lock(project: str, manager: str, d: Path, env, spec: dict) -> float:
    total = 0.0

    def r(argv, **kw):
        nonlocal total
        p, dt = run(argv, d, env, **kw)
        total += dt
        return p

    if manager in ("uv", "uv-export", "uv-pylock"):
        # The service manifest (examples/service/pyproject.toml) has no [tool.uv] exclude-newer and is not
        # ours to edit. Pinning through UV_EXCLUDE_NEWER would record [options] exclude-newer in uv.lock and
        # then every `uv lock --check` / `uv export --locked` without that variable fails ("Resolving despite
        # existing lockfile due to removal of global exclude newer"). So the service is locked without a
        # cutoff; re-running keeps the locked versions (uv reuses uv.lock), --fresh takes the newest.
        r(["uv", "lock"])
        if manager == "uv-export":
            r(["uv", "export", "--locked", "--format", "requirements.txt", "-o", "requirements.txt"])
        if manager == "uv-pylock":
            r(["uv", "export", "--locked", "--format", "pylock.toml", "-o", "pylock.toml"])
    elif manager == "uv-pip-compile":
        e = dict(env, UV_EXCLUDE_NEWER=DATE)
        for src, out in (("requirements.in", "requirements.txt"), ("dev.in", "dev.txt")):
            if (d / src).exists():
                p, dt = run(["uv", "pip", "compile", "--universal", "--generate-hashes", src, "-o", out], d, e)
                total += dt
    elif manager == "pip-tools":
        for src, out in (("requirements.in", "requirements.txt"), ("dev.in", "dev.txt")):
            if (d / src).exists():
                r(["pip-compile", "--generate-hashes", "--strip-extras", src, "-o", out])
    elif manager in ("poetry2", "poetry18"):
        tool = TOOL[manager]
        seed = d.parent / "poetry2" / "poetry.lock"
        if manager == "poetry18" and project == "large" and not (d / "poetry.lock").exists() and seed.exists():
            # Poetry 1.8's resolver does not finish the 300-package project from scratch in 30 min; seeded
            # with Poetry 2's lock of the same project, `poetry lock --no-update` keeps those versions and
            # rewrites the whole file itself (its header, lock-version 2.0, its content-hash) in ~15 min.
            shutil.copyfile(seed, d / "poetry.lock")
        r([tool, "lock", "-n"] if manager == "poetry2" else [tool, "lock", "--no-update", "-n"])
    elif manager in ("pdm", "pdm-pylock", "pdm-inputs"):
        r(["pdm", "lock", "-G", ":all", "--exclude-newer", DATE])
    elif manager == "pipenv":
        r(["pipenv", "lock", "--python", "3.11"])
    return total


def cleanup(d: Path) -> None:
    for junk in [".venv", ".pdm-python", ".pdm-build", "__pycache__", ".pytest_cache", ".ruff_cache"]:
        for p in d.rglob(junk):
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)


def count_packages(manager: str, d: Path) -> int | None:
    try:
        if manager in ("uv", "uv-export", "uv-pylock"):
            data = tomllib.loads((d / "uv.lock").read_text())
            return sum(1 for p in data.get("package", [])
                       if not any(k in p.get("source", {}) for k in ("virtual", "editable")))
        if manager in ("poetry2", "poetry18", "pdm", "pdm-inputs"):
            name = "poetry.lock" if manager.startswith("poetry") else "pdm.lock"
            return len({p["name"] for p in tomllib.loads((d / name).read_text()).get("package", [])})
        if manager == "pdm-pylock":
            return len({p["name"] for p in tomllib.loads((d / "pylock.toml").read_text()).get("packages", [])})
        if manager in ("uv-pip-compile", "pip-tools"):
            names = set()
            for f in ("requirements.txt", "dev.txt"):
                if (d / f).exists():
                    for line in (d / f).read_text().splitlines():
                        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(==|@)", line)
                        if m:
                            names.add(m.group(1).lower())
            return len(names)
        if manager == "pipenv":
            data = json.loads((d / "Pipfile.lock").read_text())
            return len(set(data.get("default", {})) | set(data.get("develop", {})))
    except FileNotFoundError:
        return None
    return None


def first_line(s: str) -> str:
    for line in s.splitlines():
        if line.strip():
            return line.strip()
    return ""


def native_check(manager: str, d: Path, env, spec: dict) -> dict:
    argv = NATIVE_CHECK[manager]
    if not argv:
        return {"exit_code": None, "message": "no native freshness check (pip-compile re-resolves)"}
    p, dt = run(argv, d, env, check=False)
    return {"exit_code": p.returncode, "message": first_line(p.stderr) or first_line(p.stdout), "seconds": round(dt, 2)}


def gen(project: str, manager: str, spec: dict, fresh: bool, check: bool, versions: dict) -> dict:
    d = FIX / project / manager
    env = tool_env()
    log(f"== {project}/{manager}")
    d.mkdir(parents=True, exist_ok=True)
    files = manifest_for(project, manager, spec)
    # stale manifests from an older layout of this fixture (lockfiles are kept unless --fresh)
    for stale in ["pyproject.toml", "Pipfile", "requirements.in", "dev.in", "pdm.toml"]:
        if stale not in files:
            (d / stale).unlink(missing_ok=True)
    for rel, text in files.items():
        (d / rel).parent.mkdir(parents=True, exist_ok=True)
        (d / rel).write_text(text)
    if fresh:
        for f in LOCKFILES[manager] + ["uv.lock", "poetry.lock", "pdm.lock", "Pipfile.lock", "pylock.toml"]:
            if f not in files:
                (d / f).unlink(missing_ok=True)
    seconds = lock(project, manager, d, env, spec)
    cleanup(d)
    entry = {
        "project": project,
        "manager": manager,
        "dir": f"{project}/{manager}",
        "tool": TOOL[manager],
        "tool_version": versions[TOOL[manager]],
        "manifest": [f for f in files if not f.startswith("src/")],
        "lockfile": [f for f in LOCKFILES[manager] if (d / f).exists()],
        "native_check": NATIVE_CHECK[manager],
        "native_check_env": NATIVE_ENV.get(manager, {}),
        "packages": count_packages(manager, d),
        "lock_seconds": round(seconds, 1),
        "bad": project.endswith("-creds"),
        "requires": ["scripts/gen-fixtures-gitsrc"] if spec.get("git") else [],
    }
    if check:
        entry["native_check_result"] = native_check(manager, d, env, spec)
        if entry["native_check_result"]["exit_code"] not in (0, None):
            log(f"  !! native check failed: {entry['native_check_result']}")
    return entry


NATIVE_ENV = {
    "uv": {"UV_OFFLINE": "1"}, "uv-export": {"UV_OFFLINE": "1"}, "uv-pylock": {"UV_OFFLINE": "1"},
    "pipenv": {"PIPENV_VERBOSITY": "-1"}, "pdm": {"PDM_CHECK_UPDATE": "false"},
    "pdm-pylock": {"PDM_CHECK_UPDATE": "false"}, "pdm-inputs": {"PDM_CHECK_UPDATE": "false"},
}


def gen_service_example(env) -> None:
    log("== examples/service/uv.lock")
    run(["uv", "lock"], SERVICE, env)  # no cutoff: see lock()
    cleanup(SERVICE)


def main(argv: list[str]) -> int:
    fresh = "--fresh" in argv
    check = "--no-check" not in argv
    args = [a for a in argv if not a.startswith("--")]
    subprocess.run([str(REPO / "scripts" / "python-tools")], check=True)
    subprocess.run([str(REPO / "scripts" / "gen-fixtures-gitsrc")], check=True, stdout=subprocess.DEVNULL)
    WORK.mkdir(parents=True, exist_ok=True)
    env = tool_env()
    versions = {t: tool_version(t, env) for t in sorted(set(TOOL.values()))}
    projs = projects()
    sel_projects = list(projs) if not args or args[0] == "all" else [args[0]]
    sel_managers = args[1:] or MANAGERS
    for p in sel_projects:
        if p not in projs:
            raise SystemExit(f"unknown project {p}; known: {', '.join(projs)}")
    for m in sel_managers:
        if m not in MANAGERS:
            raise SystemExit(f"unknown manager {m}; known: {', '.join(MANAGERS)}")
    mpath = FIX / "MANIFEST.json"
    manifest = json.loads(mpath.read_text()) if mpath.exists() else {"fixtures": []}
    by_dir = {e["dir"]: e for e in manifest["fixtures"]}
    failures = []
    for p in sel_projects:
        if p == "service" and "uv" in sel_managers:
            gen_service_example(env)
        for m in sel_managers:
            if m in SKIP.get(p, set()):
                continue
            try:
                by_dir[f"{p}/{m}"] = gen(p, m, projs[p], fresh, check, versions)
            except Exception as ex:  # keep going; report at the end
                failures.append(f"{p}/{m}: {ex}")
                log(f"  !! {ex}")
            mpath.write_text(json.dumps(_manifest(by_dir, versions), indent=2) + "\n")
    if failures:
        log("FAILED:\n  " + "\n  ".join(failures))
        return 1
    return 0


def _manifest(by_dir: dict, versions: dict) -> dict:
    return {
        "generated_by": "scripts/gen-fixtures",
        "exclude_newer": DATE,
        "git_source": {"url": "git+" + GIT_URL, "tag": GIT_TAG,
                       "commit": "959c696033f303cd4909e7e313fb42c923ec2305", "create": "scripts/gen-fixtures-gitsrc"},
        "tools": versions,
        "fixtures": [by_dir[k] for k in sorted(by_dir)],
    }


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
