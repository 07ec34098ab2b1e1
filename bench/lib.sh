# Shared by the bench/ scripts: sourced, not run.

# Fails with a message naming the apt package when a tool is missing.
require() {
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "bench: '$tool' is missing (apt-get install -y $tool)" >&2
      exit 2
    fi
  done
}

# Milliseconds since the epoch.
now_ms() {
  echo $(($(date +%s%N) / 1000000))
}

# Waits until a URL answers 200, at most $2 seconds; prints nothing, fails on time-out.
wait_for_200() {
  local url=$1 limit=${2:-60} start
  start=$(date +%s)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = "200" ]; do
    if [ $(($(date +%s) - start)) -ge "$limit" ]; then
      echo "bench: $url did not answer 200 within ${limit}s" >&2
      return 1
    fi
    sleep 0.01
  done
}

# One line describing the machine, for the tables in docs/performance.md.
machine() {
  local cpu
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
  echo "$(nproc) × $cpu, $(awk '/MemTotal/ {printf "%.0f GB", $2/1024/1024}' /proc/meminfo) RAM, Linux $(uname -r)"
}

# Replaces the part of docs/performance.md between <!-- NAME:start --> and
# <!-- NAME:end --> with standard input.
write_section() {
  local name=$1 doc=${2:-docs/performance.md}
  python3 -c '
import sys
name, doc = sys.argv[1], sys.argv[2]
body = sys.stdin.read().rstrip("\n")
text = open(doc, encoding="utf-8").read()
start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
if start not in text:
    sys.exit(f"bench: {doc} has no {start} marker")
before, rest = text.split(start, 1)
_, after = rest.split(end, 1)
open(doc, "w", encoding="utf-8").write(f"{before}{start}\n{body}\n{end}{after}")
' "$name" "$doc"
}

# Compiles the main, test and benchmark classes (src/jmh/java, profile jmh) and prints the
# classpath that runs them.
bench_classpath() {
  ./mvnw -q -Pjmh test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test >&2
  echo "target/test-classes:target/classes:$(cat target/bench.classpath)"
}
