#!/usr/bin/env bash
# The preview's answer to one edit on a 10,000-article site (issue 6 and 7): the time from saving an article to its
# new HTML on disk, under `trustsite serve`. Not part of the test run.
#
#   tests/Bench/incremental.sh [ARTICLES] [EDITS]      (defaults: 10000 articles, 10 edits)
#
# Builds a site on the tmpfs from ../shared/bench/gen-corpus.py with the full trust theme and the sample site's
# content, starts the preview with --timings, then times EDITS isolated saves (6 s apart, so that the incremental
# rebuild of the previous save has finished) and EDITS quick saves (0.5 s apart, each waiting for the rebuild of
# the one before). The server's own log, with the time of each stage, is printed at the end.
set -euo pipefail
articles=${1:-10000}
edits=${2:-10}
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench=$(cd "$repo/../shared/bench" && pwd)
root=${TRUSTSITE_BENCH_ROOT:-/dev/shm/trustsite-bench}/incremental-$articles
rm -rf "$root" && mkdir -p "$root"
cp -r "$repo/site.yml" "$repo/themes" "$repo/content" "$root/"
python3 "$bench/gen-corpus.py" "$articles" "$root/corpus" --layout hugo > /dev/null
mv "$root/corpus/content/posts" "$root/content/posts" && rm -rf "$root/corpus"
dotnet build "$repo/src/TrustSite.Cli" -c Release -v quiet -nologo > /dev/null
log=$root/serve.log
dotnet "$repo/src/TrustSite.Cli/bin/Release/net10.0/trustsite.dll" serve --source "$root" --port 0 --timings > "$log" 2>&1 &
server=$!
trap 'kill -INT $server 2>/dev/null || true' EXIT
until grep -q '^Preview folder: ' "$log"; do
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
folder=$(sed -n 's/^Preview folder: //p' "$log")
article=$(ls "$root/content/posts" | sed -n "$((articles / 2))p")
slug=${article%.md}
echo "== $articles articles; first build: $(grep 'first build' "$log")"
echo "== isolated saves of content/posts/$article"
python3 "$repo/tests/Bench/edit-latency.py" "$folder" "$root/content/posts/$article" "/posts/$slug/" "$edits" 6
echo "== quick saves"
python3 "$repo/tests/Bench/edit-latency.py" "$folder" "$root/content/posts/$article" "/posts/$slug/" "$edits" 0.5
sleep 5
echo "== server log"
cat "$log"
