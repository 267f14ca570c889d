#!/usr/bin/env bash
# Checks that the packaged app starts from its own image with nothing else installed (Linux):
#   1. builds the app-image (runs `mvn package -DskipTests` first when target/aleph-deploy.jar is missing)
#   2. `bin/aleph-deploy --version` prints the pom's version; signature recovery is native (libsecp256k1); the runtime has jdk.crypto.ec; the
#      launcher maps classes from the image's AppCDS archive (lib/app/aleph-deploy.jsa); the window's
#      first frame instantiates no security provider from the class path (BouncyCastle)
#   3. `bin/aleph-deploy sandbox --port P --data D` answers GET /api/v0/version (skipped, with a
#      message, while the build has no `sandbox` command)
#   4. the window opens under Xvfb (screenshot: target/package-check/window.png)
#   5. unless --no-deb: builds the .deb, checks its Depends, unpacks it with dpkg-deb -x and runs
#      the unpacked launcher with --version; the app-image must still have its AppCDS archive
# Installs nothing. Needs (Debian/Ubuntu): xvfb xauth x11-utils imagemagick curl libgtk-3-0 libgl1
# and, for the .deb, fakeroot binutils (dpkg-deb comes with dpkg). Exit code 0 only when every check passed.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

WITH_DEB=1
for arg in "$@"; do
    case "$arg" in
        --no-deb) WITH_DEB=0 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg (use --no-deb or --help)" >&2; exit 2 ;;
    esac
done

OUT=target/package-check
rm -rf "$OUT"
mkdir -p "$OUT"
TMP=$(mktemp -d)
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$TMP"
}
trap cleanup EXIT

FAILED=0
pass() { echo "PASS  $*"; }
skip() { echo "SKIP  $*"; }
fail() { echo "FAIL  $*"; FAILED=1; }

missing=()
for cmd in xvfb-run xauth xwininfo import curl; do
    command -v "$cmd" >/dev/null || missing+=("$cmd")
done
if [ "$WITH_DEB" = 1 ]; then
    for cmd in dpkg-deb fakeroot objcopy; do command -v "$cmd" >/dev/null || missing+=("$cmd"); done
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "missing tools: ${missing[*]}" >&2
    echo "install them first, e.g.: apt-get install xvfb xauth x11-utils imagemagick curl fakeroot binutils" >&2
    exit 1
fi

VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)

if [ ! -f target/aleph-deploy.jar ] || [ ! -d target/lib ]; then
    echo "== mvn package -DskipTests (no jar yet)"
    mvn -q -B package -DskipTests
fi

# The app keeps its files in the user's home: point home and the XDG directories at a scratch
# directory so the check neither reads nor leaves anything there (only now: Maven needs ~/.m2).
export HOME=$TMP/home XDG_CONFIG_HOME=$TMP/home/.config XDG_DATA_HOME=$TMP/home/.local/share \
    XDG_CACHE_HOME=$TMP/home/.cache XDG_STATE_HOME=$TMP/home/.local/state
mkdir -p "$HOME"

echo "== app-image"
t0=$(date +%s)
packaging/build.sh app-image > "$OUT/build-app-image.log" 2>&1 || {
    tail -n 30 "$OUT/build-app-image.log"
    echo "FAIL  packaging/build.sh app-image failed (log: $OUT/build-app-image.log)"; exit 1
}
IMAGE=target/dist/app-image/aleph-deploy
APP=$IMAGE/bin/aleph-deploy
echo "      built in $(( $(date +%s) - t0 )) s, $(du -sh "$IMAGE" | cut -f1)"

# 2. version and runtime modules
if out=$("$APP" --version 2>&1) && grep -q "aleph-deploy $VERSION" <<<"$out"; then
    pass "--version prints: $out"
else
    fail "--version should print 'aleph-deploy $VERSION' but printed: $out"
fi
if grep -q 'jdk.crypto.ec' "$IMAGE/lib/runtime/release"; then
    pass "runtime includes jdk.crypto.ec (TLS ECDHE cipher suites)"
else
    fail "runtime lacks jdk.crypto.ec: HTTPS to most nodes would fail; see packaging/build.sh MODULES"
fi

# 2a. signature recovery by the native libsecp256k1 (extracted from its jar), not the web3j fallback
if out=$("$APP" bench --only eth-recover --seconds 0.3 2>&1) && grep -q 'libsecp256k1' <<<"$out"; then
    pass "signature recovery uses the native libsecp256k1: $out"
else
    fail "signature recovery does not use libsecp256k1 in the image (web3j fallback, slower): $out"
fi

# 2b. class-data sharing: the launcher maps the app's classes from the AppCDS archive built with the image
if [ -f "$IMAGE/lib/app/aleph-deploy.jsa" ]; then
    JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$TMP/class-load.log" "$APP" --version >/dev/null 2>&1 || true
    shared=$(grep -c 'shared objects file (top)' "$TMP/class-load.log" || true)
    if [ "${shared:-0}" -gt 0 ]; then
        pass "AppCDS: $shared classes of '--version' come from lib/app/aleph-deploy.jsa"
    else
        fail "AppCDS: lib/app/aleph-deploy.jsa exists but the launcher loads no class from it (jars changed after the training run?)"
    fi
else
    fail "the app-image has no AppCDS archive (lib/app/aleph-deploy.jsa): see $OUT/build-app-image.log"
fi

# 2c. the window's start lists the security providers (OkHttp): with one the runtime lacks, the JDK
#     instantiates every class-path provider to look for it, BouncyCastle from its signed jar (see
#     packaging/build.sh PROVIDER_MODULES); none of it may load before the first frame
if command -v xvfb-run >/dev/null; then
    home=$TMP/first-frame-home
    mkdir -p "$home"
    env HOME="$home" XDG_CONFIG_HOME="$home/c" XDG_DATA_HOME="$home/d" XDG_CACHE_HOME="$home/k" XDG_STATE_HOME="$home/s" \
        ALEPH_FIRST_FRAME_MARKER=exit JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$TMP/first-frame-classes.log" \
        timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$APP" > "$OUT/first-frame.log" 2>&1 || true
    if ! grep -q '^aleph-first-frame' "$OUT/first-frame.log"; then
        fail "the window did not reach its first frame under Xvfb (log: $OUT/first-frame.log)"
    elif grep -q 'org.bouncycastle.jce.provider.BouncyCastleProvider ' "$TMP/first-frame-classes.log"; then
        fail "the first frame instantiated BouncyCastle's provider: the runtime lacks a provider java.security lists (packaging/build.sh PROVIDER_MODULES)"
    else
        pass "no security provider from the class path before the first frame ($(grep '^aleph-first-frame' "$OUT/first-frame.log"))"
    fi
else
    skip "first-frame provider check: no xvfb-run"
fi

# 3. the embedded sandbox node over HTTP
free_port() {
    local p
    for _ in $(seq 1 50); do
        p=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
    done
    return 1
}
wait_for() {  # wait_for SECONDS COMMAND...: polls COMMAND every 0.25 s until it succeeds
    local deadline=$(( $(date +%s) + $1 )); shift
    until "$@"; do
        [ "$(date +%s)" -lt "$deadline" ] || return 1
        sleep 0.25
    done
}

if "$APP" --help 2>&1 | grep -qE '^[[:space:]]+sandbox([[:space:]]|$)'; then
    port=$(free_port)
    data=$TMP/sandbox
    "$APP" sandbox --port "$port" --data "$data" > "$OUT/sandbox.log" 2>&1 &
    spid=$!
    PIDS+=("$spid")
    url="http://127.0.0.1:$port/api/v0/version"
    if wait_for 60 curl -fsS -o "$OUT/version.json" "$url" 2>/dev/null; then
        pass "sandbox answers GET /api/v0/version: $(head -c 200 "$OUT/version.json")"
    else
        fail "sandbox did not answer $url within 60 s (log: $OUT/sandbox.log)"
    fi
    kill "$spid" 2>/dev/null || true
    wait "$spid" 2>/dev/null || true
else
    skip "sandbox: this build has no 'sandbox' command (see '$APP --help'); HTTP check not run"
fi

# 4. the window, under a virtual X display
cat > "$TMP/window.sh" <<'EOF'
#!/usr/bin/env bash
app=$1 shot=$2 log=$3
"$app" > "$log" 2>&1 &
pid=$!
deadline=$(( $(date +%s) + 60 ))
found=
while [ "$(date +%s)" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
    if xwininfo -root -tree | grep -q '"Aleph Deploy"'; then found=1; break; fi
    sleep 0.25
done
# give the first frame a moment to be drawn before the screenshot
[ -n "$found" ] && sleep 1 && import -window root "$shot"
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[ -n "$found" ]
EOF
chmod +x "$TMP/window.sh"
if timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$TMP/window.sh" "$ROOT/$APP" "$OUT/window.png" "$OUT/window.log"; then
    pass "window 'Aleph Deploy' opened under Xvfb (screenshot: $OUT/window.png)"
else
    fail "no 'Aleph Deploy' window within 60 s under Xvfb (log: $OUT/window.log); Linux needs libgtk-3-0 and libgl1"
fi

# 5. the .deb
if [ "$WITH_DEB" = 1 ]; then
    echo "== deb"
    t0=$(date +%s)
    if packaging/build.sh deb > "$OUT/build-deb.log" 2>&1; then
        deb=$(ls target/dist/aleph-deploy_"${VERSION%%-*}"-*_*.deb | head -n 1)
        echo "      built in $(( $(date +%s) - t0 )) s, $(du -h "$deb" | cut -f1)"
        depends=$(dpkg-deb -f "$deb" Depends)
        if grep -qw 'libgtk-3-0' <<<"$depends" && grep -qw 'libgl1' <<<"$depends"; then
            pass ".deb Depends lists libgtk-3-0 and libgl1"
        else
            fail ".deb Depends lacks libgtk-3-0/libgl1 (is packaging/linux/control used?): $depends"
        fi
        dpkg-deb -x "$deb" "$TMP/deb"
        if out=$("$TMP/deb/opt/aleph-deploy/bin/aleph-deploy" --version 2>&1) && grep -q "aleph-deploy $VERSION" <<<"$out"; then
            pass "unpacked .deb runs: $out"
        else
            fail "unpacked .deb's opt/aleph-deploy/bin/aleph-deploy --version printed: $out"
        fi
        if [ -s "$IMAGE/lib/app/aleph-deploy.jsa" ] && grep -q '^java-options=-XX:SharedArchiveFile=' "$IMAGE/lib/app/aleph-deploy.cfg"; then
            pass "the app-image keeps its AppCDS archive after the .deb is made (the .deb goes without it)"
        else
            fail "making the .deb took the AppCDS archive out of the app-image $IMAGE (packaging/build.sh must work on a copy)"
        fi
    else
        tail -n 30 "$OUT/build-deb.log"
        fail "packaging/build.sh deb failed (log: $OUT/build-deb.log)"
    fi
else
    skip ".deb checks (--no-deb)"
fi

if [ "$FAILED" = 0 ]; then echo "package check passed"; else echo "package check FAILED"; fi
exit "$FAILED"
