#!/usr/bin/env bash
# Prints the path of a wrapper that starts Temporal's Java time-skipping test server, for
# @temporalio/testing's `server.executable = { type: 'existing-path', path }`.
# The jars come from Maven Central (test-server.pom.xml); a class-data-sharing archive makes the
# JVM listen in about 1.2 s instead of 3.5 s on 2 cores, well inside the SDK's 5 s window.
set -euo pipefail
. "$(dirname "$0")/cache-dir.sh"
HERE="$(cd "$(dirname "$0")" && pwd)"
DIR="$CS_CACHE_DIR/test-server-1.38.0"
WRAPPER="$DIR/temporal-test-server"
if [ -x "$WRAPPER" ] && [ -f "$DIR/app.jsa" ]; then echo "$WRAPPER"; exit 0; fi

command -v java >/dev/null || { say "Java 17+ is needed for the time-skipping test server (apt-get install openjdk-17-jre-headless)"; exit 1; }
command -v mvn >/dev/null || { say "Maven is needed to fetch the test server (apt-get install maven)"; exit 1; }
mkdir -p "$DIR"
say "Fetching io.temporal:temporal-test-server and its dependencies from Maven Central..."
mvn -q -B -f "$HERE/test-server.pom.xml" dependency:copy-dependencies \
  -DoutputDirectory="$DIR/lib" -DincludeScope=runtime >&2
CP="$(ls "$DIR"/lib/*.jar | sort | tr '\n' ':')"
OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"

say "Building the class-data-sharing archive..."
port=$(( 20000 + RANDOM % 20000 ))
java $OPTS -XX:ArchiveClassesAtExit="$DIR/app.jsa" -cp "$CP" io.temporal.testserver.TestServer "$port" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 150); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
sleep 1; kill "$pid"; wait "$pid" 2>/dev/null || true

# `exec` so the SDK's SIGKILL at teardown reaches the JVM itself; the SDK passes only the port.
cat >"$WRAPPER" <<WRAP
#!/bin/sh
exec java $OPTS -XX:SharedArchiveFile="$DIR/app.jsa" -Xshare:auto -cp "$CP" io.temporal.testserver.TestServer "\$@"
WRAP
chmod +x "$WRAPPER"
say "Time-skipping test server ready: $WRAPPER"
echo "$WRAPPER"
