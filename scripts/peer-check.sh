#!/usr/bin/env bash
# Runs the official Aleph TypeScript SDK scenario (shared/peer) against a fresh sandbox node.
# Builds nothing: expects target/aleph-deploy.jar (mvn package). Exits with the scenario's status.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
peer="$(cd "$here/../../shared/peer" 2>/dev/null && pwd || true)"
jar="$repo/target/aleph-deploy.jar"

if [[ ! -f "$jar" ]]; then
    echo "peer-check: $jar not found; build it first with: mvn -o package -DskipTests" >&2
    exit 2
fi
if [[ -z "$peer" || ! -f "$peer/scenario.mjs" ]]; then
    echo "peer-check: shared/peer not found beside the repository ($here/../../shared/peer)" >&2
    exit 2
fi
command -v node >/dev/null || { echo "peer-check: node (>= 18) is required" >&2; exit 2; }
command -v npm >/dev/null || { echo "peer-check: npm is required" >&2; exit 2; }

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $(( 20000 + RANDOM % 20000 )))"
work="$(mktemp -d)"
data="$work/sandbox-data"
log="$work/sandbox.log"
sandbox_pid=""

cleanup() {
    if [[ -n "$sandbox_pid" ]] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

java -jar "$jar" sandbox --port "$port" --data "$data" --free >"$log" 2>&1 &
sandbox_pid=$!

api="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    if curl -fsS "$api/api/v0/version" >/dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
        echo "peer-check: the sandbox exited early:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.2
done
curl -fsS "$api/api/v0/version" >/dev/null || { echo "peer-check: sandbox not answering on $api" >&2; cat "$log" >&2; exit 1; }

cp -r "$peer/." "$work/peer"
cd "$work/peer"
npm ci --no-audit --no-fund >"$work/npm.log" 2>&1 || { echo "peer-check: npm ci failed:" >&2; cat "$work/npm.log" >&2; exit 1; }

status=0
node scenario.mjs --api "$api" --out summary.json >"$work/scenario.out" 2>"$work/scenario.err" || status=$?
cat "$work/scenario.err" >&2
if [[ -f summary.json ]]; then
    cat summary.json
fi
echo "peer-check: scenario exit status $status" >&2
exit "$status"
