#!/usr/bin/env bash
# Writes the AppCDS archive of the jar, target/aleph-deploy.jsa: starts the window once under a
# virtual X display (xvfb-run, or the current DISPLAY when set) with a scratch home, lets it draw its
# first frame and quit (ALEPH_FIRST_FRAME_MARKER=exit), and has the JVM archive every class it
# loaded (-XX:ArchiveClassesAtExit, a dynamic archive on top of the JDK's own). Then
#     java -XX:SharedArchiveFile=target/aleph-deploy.jsa -jar target/aleph-deploy.jar
# starts the window with those classes already parsed and verified. The archive is only valid for
# the same JDK and the same jars (path, size, time): run this again after each `mvn package`;
# a stale or missing archive is ignored by the JVM (the app starts as without it).
# Usage: scripts/cds-archive.sh [JAR [ARCHIVE]]   (defaults: target/aleph-deploy.jar target/aleph-deploy.jsa)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${1:-target/aleph-deploy.jar}
ARCHIVE=${2:-target/aleph-deploy.jsa}
[ -f "$JAR" ] || { echo "$JAR is missing: run 'mvn package -DskipTests' first" >&2; exit 1; }
JAVA=java
[ -n "${JAVA_HOME:-}" ] && JAVA=$JAVA_HOME/bin/java

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
rm -f "$ARCHIVE"
run=("$JAVA" "-XX:ArchiveClassesAtExit=$ARCHIVE" -jar "$JAR")
export HOME=$SCRATCH XDG_CONFIG_HOME=$SCRATCH/.config XDG_DATA_HOME=$SCRATCH/.local/share \
    XDG_CACHE_HOME=$SCRATCH/.cache XDG_STATE_HOME=$SCRATCH/.local/state ALEPH_FIRST_FRAME_MARKER=exit
if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "no DISPLAY and no xvfb-run: install xvfb, or run under a display" >&2; exit 1; }
    run=(xvfb-run -a -s "-screen 0 1280x800x24" "${run[@]}")
fi
timeout 300 "${run[@]}" > "$SCRATCH/run.log" 2>&1 || true
if [ -s "$ARCHIVE" ] && grep -q '^aleph-first-frame' "$SCRATCH/run.log"; then
    echo "wrote $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1)); start with: java -XX:SharedArchiveFile=$ARCHIVE -jar $JAR"
else
    tail -n 20 "$SCRATCH/run.log" >&2
    echo "no archive written: the training run did not reach the first frame (output above)" >&2
    rm -f "$ARCHIVE"
    exit 1
fi
