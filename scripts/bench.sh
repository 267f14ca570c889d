#!/usr/bin/env bash
# Runs the heavy benchmarks (src/test/java/org/alephdeploy/bench: sandbox nodes, 1 GiB uploads,
# large inventories), which are not part of the shipped app. Compiles main and test classes, then
# runs org.alephdeploy.bench.HeavyBench on the test classpath in a JVM of its own (the upload
# benchmark starts a child JVM with the same classpath). Options: see scripts/bench.sh --help.
# Maven options (e.g. -o) can be passed in MAVEN_ARGS, JVM options (e.g. -Daleph.bench.scale=0.1)
# in BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck disable=SC2086
mvn -B -q ${MAVEN_ARGS:-} test-compile
# shellcheck disable=SC2086
mvn -B -q ${MAVEN_ARGS:-} dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.alephdeploy.bench.HeavyBench "$@"
