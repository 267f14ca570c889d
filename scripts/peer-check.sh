#!/usr/bin/env bash
# Runs the project's interoperability check (interop/: the official Aleph TypeScript SDK) against a
# fresh sandbox node started from target/aleph-deploy.jar (build it first: mvn package).
# Without Node.js 18+ and npm the check is skipped: says so and why, exits 0.
# Exit status otherwise: the check's (0 all hold, 1 a check failed), 2 when it cannot run.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
jar="$repo/target/aleph-deploy.jar"

skip() {
    echo "peer-check: SKIPPED, $1. The official-SDK interoperability check needs Node.js 18 or newer and npm; install them to run it." >&2
    exit 0
}
command -v node >/dev/null 2>&1 || skip "node is not installed"
command -v npm >/dev/null 2>&1 || skip "npm is not installed"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
(( node_major >= 18 )) || skip "node $(node --version) is older than 18"

if [[ ! -f "$jar" ]]; then
    echo "peer-check: $jar not found; build it first with: mvn package -DskipTests" >&2
    exit 2
fi

work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
    if [[ -n "$sandbox_pid" ]] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# node_modules stays inside interop/ (ignored by git) so later runs reuse it.
if ! (cd "$repo/interop" && npm ci --no-audit --no-fund >"$work/npm.log" 2>&1); then
    echo "peer-check: npm ci failed in interop/:" >&2
    cat "$work/npm.log" >&2
    exit 2
fi

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
api="http://127.0.0.1:$port"
java -jar "$jar" sandbox --port "$port" --data "$work/sandbox-data" --free >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 150); do
    curl -fsS "$api/api/v0/version" >/dev/null 2>&1 && break
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
        echo "peer-check: the sandbox exited before answering:" >&2
        cat "$work/sandbox.log" >&2
        exit 2
    fi
    sleep 0.2
done
curl -fsS "$api/api/v0/version" >/dev/null || { echo "peer-check: the sandbox does not answer on $api" >&2; cat "$work/sandbox.log" >&2; exit 2; }

status=0
(cd "$repo/interop" && node check.mjs --api "$api" --out "$work/report.json" >/dev/null) || status=$?
[[ -f "$work/report.json" ]] && cat "$work/report.json"
echo "peer-check: interop check exit status $status" >&2
exit "$status"
