#!/usr/bin/env bash
# Renders the app icon in every size the packages need, from the two SVG sources:
#   aleph-deploy.svg        the master (24 px and up)
#   aleph-deploy-small.svg  a bolder, pixel-aligned variant for 16 px
# Writes png/aleph-deploy-<N>.png, aleph-deploy.ico (Windows), aleph-deploy.icns (macOS), and copies
# the 256/512 PNGs to the window-icon resources. Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")"

command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing: apt-get install python3" >&2; exit 1; }

SIZES=(16 24 32 48 64 128 256 512 1024)
mkdir -p png
for n in "${SIZES[@]}"; do
    src=aleph-deploy.svg
    [ "$n" -le 16 ] && src=aleph-deploy-small.svg
    rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$src" --output "png/aleph-deploy-$n.png"
done

# ICO and ICNS are small container formats around PNG images; writing them here avoids depending
# on ImageMagick (whose `convert` name is often shadowed) or icnsutils.
python3 - <<'PY'
import struct

def png(n):
    with open(f"png/aleph-deploy-{n}.png", "rb") as f:
        return f.read()

# ICO: ICONDIR header, one 16-byte entry per image, then the PNG streams (Vista and later read PNG entries).
ico_sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(n) for n in ico_sizes]
offset = 6 + 16 * len(images)
out = bytearray(struct.pack("<HHH", 0, 1, len(images)))
for n, data in zip(ico_sizes, images):
    dim = 0 if n == 256 else n  # 0 means 256 in this format
    out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
for data in images:
    out += data
with open("aleph-deploy.ico", "wb") as f:
    f.write(out)

# ICNS: 'icns' + total length, then chunks of type + length (including the 8-byte chunk header) + PNG.
# icp4/icp5/icp6/ic07..ic10 are 16..1024 px; ic11..ic14 are the @2x (Retina) variants.
icns_types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
chunks = b"".join(t.encode("ascii") + struct.pack(">I", 8 + len(png(n))) + png(n) for t, n in icns_types)
with open("aleph-deploy.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
PY

res=../src/main/resources/org/alephdeploy/ui/icons
mkdir -p "$res"
cp png/aleph-deploy-256.png "$res/app-icon-256.png"
cp png/aleph-deploy-512.png "$res/app-icon-512.png"
echo "icons written: png/ (${SIZES[*]}), aleph-deploy.ico, aleph-deploy.icns, $res/app-icon-{256,512}.png"
