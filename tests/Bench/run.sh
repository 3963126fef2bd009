#!/usr/bin/env bash
# TrustSite against Hugo on the bench corpus (issue 7; method and figures in tests/Bench/README.md). Not part of the test run.
#
#   tests/Bench/run.sh [SIZES...]          (default: 100 1000 10000)
#
# Publishes the CLI (Release; Native AOT, as `dotnet publish -r linux-x64` does, unless PUBLISH says otherwise), generates each
# corpus with ../shared/bench/gen-corpus.py on the tmpfs, and builds it alternately with TrustSite and the bench theme
# (tests/Bench/site), TrustSite and the full trust theme (the repository's site.yml, themes/ and content/ plus the corpus),
# and Hugo (../shared/bench/hugo). Every run is a clean
# build into the tmpfs. Prints medians, ratios to Hugo, peak memory and the growth from 1,000 to 10,000 articles.
#
#   RUNS=5 WARMUP=1     counted and warm-up rounds (each round runs every command once, in turn)
#   PUBLISH=aot|r2r|jit  Native AOT (the csproj's publish for a platform; installs clang and zlib1g-dev if missing, as root),
#                        ReadyToRun (framework-dependent, precompiled IL) or JIT only (framework-dependent); R2R=true|false,
#                        the older switch, still means r2r|jit
#   THEMES="bench trust" which TrustSite sites to time
#   TRUSTSITE_BENCH_ROOT the tmpfs folder (default /dev/shm/trustsite-bench)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench=$(cd "$repo/../shared/bench" && pwd)
root=${TRUSTSITE_BENCH_ROOT:-/dev/shm/trustsite-bench}
runs=${RUNS:-5}; warmup=${WARMUP:-1}; themes=${THEMES:-bench trust}
case ${R2R:-} in true) mode=${PUBLISH:-r2r} ;; false) mode=${PUBLISH:-jit} ;; *) mode=${PUBLISH:-aot} ;; esac
[ $# -gt 0 ] || set -- 100 1000 10000
command -v hugo > /dev/null || { echo "hugo is not installed (apt-get install -y hugo)"; exit 2; }
mkdir -p "$root"
publish=$root/publish-$mode
case $mode in
  # Native AOT links with clang; zlib1g-dev is on Microsoft's list too (tests/Bench/README.md, Native AOT). Installed only if missing.
  aot) if ! command -v clang > /dev/null || [ ! -e /usr/include/zlib.h ]; then
         [ "$(id -u)" = 0 ] || { echo "Native AOT needs clang and zlib1g-dev: apt-get install -y clang zlib1g-dev (or PUBLISH=r2r)"; exit 2; }
         apt-get install -y clang zlib1g-dev > /dev/null || { apt-get update > /dev/null && apt-get install -y clang zlib1g-dev > /dev/null; }
       fi
       switches=(-p:PublishAot=true) ;;
  r2r) switches=(--self-contained false -p:PublishAot=false -p:PublishReadyToRun=true) ;;
  jit) switches=(--self-contained false -p:PublishAot=false -p:PublishReadyToRun=false) ;;
  *) echo "PUBLISH is aot, r2r or jit, not '$mode'"; exit 2 ;;
esac
echo "== machine: $(nproc) CPUs, $(free -m | awk '/^Mem:/ {print $2}') MiB; $(uptime)"
echo "== publishing the CLI into $publish ($mode)"
dotnet publish "$repo/src/TrustSite.Cli" -c Release -r linux-x64 "${switches[@]}" -o "$publish" -v quiet -nologo > /dev/null
trustsite=$publish/trustsite
json=$root/results.jsonl
: > "$json"

site() { # site N THEME -> folder with the corpus and the theme's site
  local n=$1 theme=$2 dir=$root/$2-$1
  if [ ! -d "$dir/content/posts" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    [ -d "$root/corpus-$n" ] || python3 "$bench/gen-corpus.py" "$n" "$root/corpus-$n" --layout hugo > /dev/null
    case $theme in
      bench) cp -r "$repo/tests/Bench/site/." "$dir/" ;;
      trust) cp -r "$repo/site.yml" "$repo/themes" "$repo/content" "$dir/" ;;
      hugo) (cd "$bench/hugo" && tar --exclude=public -cf - .) | tar -xf - -C "$dir" ;;
    esac
    mkdir -p "$dir/content" && cp -r "$root/corpus-$n/content/posts" "$dir/content/posts"
  fi
  echo "$dir"
}

for n in "$@"; do
  commands=()
  for theme in $themes; do
    dir=$(site "$n" "$theme")
    commands+=("trustsite-$theme=$root/out-$theme-$n=exec $trustsite build --quiet --source $dir --output $root/out-$theme-$n")
  done
  dir=$(site "$n" hugo)
  commands+=("hugo=$root/out-hugo-$n=cd $dir && rm -rf resources && exec hugo --quiet -d $root/out-hugo-$n")
  echo "== $n articles ($(uptime | sed 's/.*load/load/'))"
  python3 "$repo/tests/Bench/alternate.py" --runs "$runs" --warmup "$warmup" --label "$n" --json "$json" "${commands[@]}"
  for theme in $themes hugo; do
    printf '%6s %-24s %s\n' "$n" "pages $theme" "$(sh "$bench/count.sh" "$root/out-$theme-$n")"
  done
done

python3 - "$json" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
wall = {(r["name"], r["label"]): r["median_wall"] for r in rows}
for name in dict.fromkeys(r["name"] for r in rows):
    if (name, "1000") in wall and (name, "10000") in wall:
        print(f"growth {name:<24} 10,000 / 1,000 = {wall[(name, '10000')] / wall[(name, '1000')]:.2f}")
PY
