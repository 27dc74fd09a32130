#!/usr/bin/env python3
"""Ask the real compilers what a requirement removed from a .in file takes with it.

  scripts/gen-fixtures removals

For each case below, a copy of the fixture gets the requirement deleted from requirements.in and is
recompiled with the fixture's own command (its header) by the pinned tool, the old requirements.txt
in place (both compilers keep existing pins). The names left in the new file are recorded in
test/fixtures/lockfiles/removal-verdicts.json; test/shared/lockfile/requirements.test.ts checks that
verify-lockfile reports exactly the dropped ones as drift on the un-recompiled file. Needs the index.
"""
from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import importlib

gen = importlib.import_module("gen-fixtures")  # tool_env(), run(), the pinned tools' PATH

REPO = Path(__file__).resolve().parent.parent
FIX = REPO / "test" / "fixtures" / "lockfiles"
PIP_COMPILE = ["pip-compile", "--generate-hashes", "--output-file=requirements.txt", "--strip-extras", "requirements.in"]
# Fixtures of this script's own, compiled here by the pinned pip-compile: Sphinx 7.4 with the
# sphinxcontrib-* releases that declared `Sphinx>=5` — a dependency cycle (sphinx <-> sphinxcontrib-*).
OWN = {
    "removals/sphinx-cycle": {
        "requirements.in": "sphinx==7.4.7\nrequests\n-c constraints.txt\n",
        "constraints.txt": "sphinxcontrib-applehelp==1.0.7\nsphinxcontrib-devhelp==1.0.5\nsphinxcontrib-htmlhelp==2.0.4\n"
                           "sphinxcontrib-qthelp==1.0.6\nsphinxcontrib-serializinghtml==1.1.9\n",
    },
}
CASES = [
    ("removals/sphinx-cycle", "sphinx", PIP_COMPILE),
    ("webapp/pip-tools", "flask", ["pip-compile", "--generate-hashes", "--output-file=requirements.txt", "--strip-extras", "requirements.in"]),
    ("webapp/pip-tools", "psycopg", ["pip-compile", "--generate-hashes", "--output-file=requirements.txt", "--strip-extras", "requirements.in"]),
    ("webapp/uv-pip-compile", "flask", ["uv", "pip", "compile", "--universal", "--generate-hashes", "requirements.in", "-o", "requirements.txt"]),
]


def names(text: str) -> list[str]:
    return sorted({re.sub(r"[-_.]+", "-", m.group(1)).lower() for m in re.finditer(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==", text, re.M)})


def main() -> None:
    env = gen.tool_env()
    for fixture, files in OWN.items():
        d = FIX / fixture
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        for name, text in files.items():
            (d / name).write_text(text)
        gen.run(PIP_COMPILE, d, env)
    out = []
    for fixture, removed, argv in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            d = Path(tmp) / "p"
            shutil.copytree(FIX / fixture, d)
            src = (d / "requirements.in").read_text()
            new = re.sub(rf"^{re.escape(removed)}\b.*\n", "", src, flags=re.M)
            assert new != src, f"{removed} not in {fixture}/requirements.in"
            (d / "requirements.in").write_text(new)
            before = names((d / "requirements.txt").read_text())
            gen.run(argv, d, env)
            after = names((d / "requirements.txt").read_text())
            out.append({"fixture": fixture, "removed": removed, "command": " ".join(argv), "before": before, "after": after,
                        "dropped": sorted(set(before) - set(after)), "added": sorted(set(after) - set(before))})
            print(f"{fixture} -{removed}: dropped {out[-1]['dropped']}, added {out[-1]['added']}")
    (FIX / "removal-verdicts.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
