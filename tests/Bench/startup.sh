#!/usr/bin/env bash
# Start-up options of the CLI at a small size (issue 7: 100 articles are start-up bound), timed alternately with Hugo.
#
#   tests/Bench/startup.sh [ARTICLES]          (default 100; run tests/Bench/run.sh first, it prepares the sites)
#
# Publishes the CLI twice (JIT only, ReadyToRun), then copies each publish folder once per variant with the variant's runtime
# settings written into trustsite.runtimeconfig.json (the same place the csproj's TieredCompilation and
# ConcurrentGarbageCollection go), so every variant runs the same binaries; and once with Native AOT, the csproj's publish for a
# platform (no runtimeconfig, no variants; run.sh installs clang and zlib1g-dev for it). RUNS/WARMUP as in run.sh.
set -euo pipefail
n=${1:-100}
repo=$(cd "$(dirname "$0")/../.." && pwd)
root=${TRUSTSITE_BENCH_ROOT:-/dev/shm/trustsite-bench}
site=$root/bench-$n; hugo_site=$root/hugo-$n
[ -d "$site" ] && [ -d "$hugo_site" ] || { echo "run tests/Bench/run.sh $n first"; exit 2; }
for r2r in false true; do
  [ -x "$root/startup-base-$r2r/trustsite" ] || dotnet publish "$repo/src/TrustSite.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishAot=false -p:PublishReadyToRun=$r2r -o "$root/startup-base-$r2r" -v quiet -nologo > /dev/null
done
[ -x "$root/startup-aot/trustsite" ] || dotnet publish "$repo/src/TrustSite.Cli" -c Release -r linux-x64 -p:PublishAot=true \
  -o "$root/startup-aot" -v quiet -nologo > /dev/null
variant() { # variant NAME R2R KEY=VALUE... -> a publish folder with those runtimeconfig properties
  local name=$1 r2r=$2; shift 2
  local dir=$root/startup-$name
  rm -rf "$dir" && cp -r "$root/startup-base-$r2r" "$dir"
  python3 - "$dir/trustsite.runtimeconfig.json" "$@" <<'PY'
import json, sys
path = sys.argv[1]
config = json.load(open(path))
for pair in sys.argv[2:]:
    key, value = pair.split("=")
    config["runtimeOptions"]["configProperties"][key] = value == "true"
json.dump(config, open(path, "w"), indent=2)
PY
  echo "$name=$root/out-startup-$name=exec $dir/trustsite build --quiet --source $site --output $root/out-startup-$name"
}
tc=System.Runtime.TieredCompilation
commands=(
  "$(variant jit-tc-off false)"
  "$(variant jit-tc-on false $tc=true)"
  "$(variant r2r-tc-off true)"
  "$(variant r2r-tc-on true $tc=true)"
  "$(variant r2r-tc-on-pgo-off true $tc=true System.Runtime.TieredPGO=false)"
  "$(variant r2r-tc-on-qjfl-off true $tc=true $tc.QuickJitForLoops=false)"
  "$(variant r2r-tc-on-quickjit-off true $tc=true $tc.QuickJit=false)"
  "$(variant r2r-tc-off-gcserver true System.GC.Server=true)"
  "$(variant r2r-tc-off-gcconcurrent true System.GC.Concurrent=true)"
  "aot=$root/out-startup-aot=exec $root/startup-aot/trustsite build --quiet --source $site --output $root/out-startup-aot"
  "hugo=$root/out-startup-hugo=cd $hugo_site && rm -rf resources && exec hugo --quiet -d $root/out-startup-hugo"
)
echo "== $n articles, start-up variants ($(uptime | sed 's/.*load/load/'))"
python3 "$repo/tests/Bench/alternate.py" --runs "${RUNS:-5}" --warmup "${WARMUP:-1}" --label "$n" --json "$root/startup.jsonl" "${commands[@]}"
