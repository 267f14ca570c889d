#!/usr/bin/env bash
# Renders every screen of the window to docs/screenshots/*.png under a virtual X display.
# Needs: xvfb (xvfb-run), libgtk-3-0. Usage: scripts/screenshots.sh [output-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots}"
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/screenshots-cp.txt -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/screenshots-cp.txt)"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  java -Dprism.order=sw -Dprism.lcdtext=false -cp "$CP" org.alephdeploy.ui.screenshots.Screenshots "$OUT"
