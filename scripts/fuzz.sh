#!/usr/bin/env bash
# Fuzz every importer for a bounded time (default 60 s each), seeded with the corpus.
#   scripts/fuzz.sh [seconds]
# Crashes land in fuzz-findings/<target>/; turn each into a regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer
bin=$(swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer --show-bin-path)
for t in text html docx akn; do
  seeds=$(mktemp -d)
  case $t in
    text) cp corpus/synthetic/*.txt corpus/excerpts/*.txt "$seeds" ;;
    html) cp corpus/synthetic/*.html "$seeds" ;;
    docx) cp corpus/synthetic/*.docx "$seeds" ;;
    akn) for f in corpus/excerpts/*.txt; do .build/debug/kenes parse "$f" --format akn -o "$seeds/$(basename "$f").xml" 2>/dev/null || true; done ;;
  esac
  mkdir -p "fuzz-findings/$t"
  echo "== fuzz-$t for ${seconds}s"
  "$bin/fuzz-$t" "$seeds" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="fuzz-findings/$t/" -print_final_stats=1 2>&1 | tail -6
  rm -rf "$seeds"
done
