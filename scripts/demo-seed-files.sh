#!/usr/bin/env bash
# Rebuilds the files of the sandbox's demo seed (org.alephdeploy.sandbox.DemoSeed), committed under
# src/main/resources/org/alephdeploy/sandbox/demo/: code = zip archives holding an ASGI main.py
# (Python standard library only), volumes = squashfs images (mksquashfs from Debian squashfs-tools).
# One file is deliberately wrong: assets-rev2.zip, a zip posted as a volume revision, so the demo has
# one program that will not start. Run only when the demo content changes: the message hashes (and
# the tests' expectations) follow the bytes. Needs python3 and mksquashfs.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=src/main/resources/org/alephdeploy/sandbox/demo
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

code_zip() { # name version mounts-as-python-list output
  python3 - "$1" "$2" "$3" "$OUT/$4" <<'PY'
import sys, zipfile
name, version, mounts, out = sys.argv[1:]
source = f'''"""Demo program "{name}" of the Aleph Deploy sandbox (--seed demo), code {version}."""
import html
import json
import os

NAME = "{name}"
VERSION = "{version}"
MOUNTS = {mounts}


def local_path(mount):
    # The sandbox extracts each volume into a private directory and says where in ALEPH_SANDBOX_MOUNTS;
    # on a real compute node the volume is mounted at its own path.
    return json.loads(os.environ.get("ALEPH_SANDBOX_MOUNTS", "{{}}")).get(mount, mount)


def read_volume(mount):
    try:
        with open(os.path.join(local_path(mount), "content.txt"), encoding="utf-8") as f:
            return f.read().strip()
    except OSError as error:
        return "not readable: " + (error.strerror or str(error))


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({{"type": "lifespan.startup.complete"}})
        return
    rows = "".join("<li>%s/content.txt: %s</li>" % (html.escape(m), html.escape(read_volume(m))) for m in MOUNTS)
    page = ("<!doctype html><title>%s</title><h1>%s (code %s)</h1><p>Demo program of the Aleph Deploy sandbox.</p>"
            % (NAME, NAME, VERSION)) + ("<ul>%s</ul>" % rows if rows else "<p>No volumes.</p>")
    body = page.encode("utf-8")
    await send({{"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode())]}})
    await send({{"type": "http.response.body", "body": body}})
'''
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("main.py", date_time=(2026, 1, 1, 0, 0, 0))
    info.external_attr = 0o100644 << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, source)
PY
}

volume_squashfs() { # text output
  rm -rf "$WORK/v" && mkdir -p "$WORK/v" && printf '%s\n' "$1" > "$WORK/v/content.txt"
  touch -d @1767225600 "$WORK/v/content.txt" "$WORK/v"
  mksquashfs "$WORK/v" "$OUT/$2" -comp gzip -noappend -all-root -mkfs-time 1767225600 -all-time 1767225600 -quiet >/dev/null
}

code_zip web-api v1 '["/opt/assets", "/etc/app", "/data"]' web-api-v1.zip
code_zip web-api v2 '["/opt/assets", "/etc/app", "/data"]' web-api-v2.zip
code_zip static-site v1 '["/data"]' static-site.zip
code_zip worker v1 '[]' worker.zip
code_zip old-api v1 '[]' old-api.zip
code_zip partner-app v1 '["/shared"]' partner-app.zip
volume_squashfs "demo assets v0" assets-v0.squashfs
volume_squashfs "demo assets v1" assets-v1.squashfs
volume_squashfs "demo config" config.squashfs
volume_squashfs "demo shared data" shared.squashfs
# The deliberate mistake: a folder zipped and posted as a revision of a volume.
python3 - "$OUT/assets-rev2.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("content.txt", date_time=(2026, 1, 1, 0, 0, 0))
    info.external_attr = 0o100644 << 16
    z.writestr(info, "demo assets v2\n")
PY
ls -l "$OUT"
