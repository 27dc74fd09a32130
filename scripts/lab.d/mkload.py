#!/usr/bin/env python3
"""Wrap a root filesystem tarball into an archive that `docker load` accepts.

usage: mkload.py ROOTFS_TAR TAG OUT_TAR

`docker import` stamps every import with the current time, so importing the
same bytes twice gives two image IDs.  Here the image config is written by
hand: its only time field comes from SOURCE_DATE_EPOCH and every other field
is fixed, so the image ID (the sha256 of the config) depends on nothing but
the rootfs bytes.  The image ID is printed on stdout.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
import json
import os
import sys
import tarfile

# Keep these fields stable: any change here changes the image ID of every lab's base image.
ENV = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8"]
CREATED_BY = "mmdebstrap bookworm python3 python3-venv python3-pip"


def sha256_file(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while True:
            block = fh.read(1 << 20)
            if not block:
                return digest.hexdigest()
            digest.update(block)


def canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode()


def member(name: str, size: int, mtime: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o644
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    rootfs, tag, out = argv[1:]
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    stamp = _dt.datetime.fromtimestamp(epoch, _dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    diff_id = "sha256:" + sha256_file(rootfs)
    config = {
        "architecture": "amd64",
        "os": "linux",
        "created": stamp,
        "config": {"Env": ENV, "Cmd": ["python3"]},
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created": stamp, "created_by": CREATED_BY}],
    }
    config_bytes = canonical(config)
    image_id = hashlib.sha256(config_bytes).hexdigest()
    config_name = image_id + ".json"
    manifest = canonical([{"Config": config_name, "RepoTags": [tag], "Layers": ["layer.tar"]}])

    with tarfile.open(out, "w", format=tarfile.PAX_FORMAT) as tar:
        tar.addfile(member(config_name, len(config_bytes), epoch), io.BytesIO(config_bytes))
        tar.addfile(member("manifest.json", len(manifest), epoch), io.BytesIO(manifest))
        with open(rootfs, "rb") as fh:
            tar.addfile(member("layer.tar", os.path.getsize(rootfs), epoch), fh)
    print("sha256:" + image_id)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
