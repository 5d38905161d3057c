#!/usr/bin/env bash
# Fuzz every importer, the amending-act reader and the parity reader for a bounded time (default 60 s each), seeded with the corpus;
# an input that takes more than 3 s or 1 GB is a finding, like a crash.
#   scripts/fuzz.sh [seconds]
# Crashes and hangs land in fuzz-findings/<target>/ with the full log in fuzz-findings/<target>.log;
# turn each into a regression test before fixing it. Exits 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
found=0
swift build --product kenes    # writes the AKN seeds
swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer
bin=$(swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer --show-bin-path)
for t in text html docx akn amend parity; do
  seeds=$(mktemp -d)
  case $t in
    text) cp corpus/synthetic/*.txt corpus/excerpts/*.txt "$seeds" ;;
    html) cp corpus/synthetic/*.html "$seeds" ;;
    docx) cp corpus/synthetic/*.docx corpus/broken/*.docx "$seeds" ;;
    amend) cp corpus/amendments/*.txt "$seeds" ;;
    # a Russian text, a NUL, its Kazakh counterpart
    parity) for p in synthetic/public-councils synthetic/closing-words excerpts/law-2015-public-councils excerpts/draft-2013-public-control; do
              { cat "corpus/$p-ru.txt"; printf '\0'; cat "corpus/$p-kk.txt"; } > "$seeds/$(basename "$p").txt"; done ;;
    akn) for f in corpus/excerpts/*.txt; do .build/debug/kenes parse "$f" --format akn -o "$seeds/$(basename "$f").xml" 2>/dev/null || true; done ;;
  esac
  mkdir -p "fuzz-findings/$t"
  echo "== fuzz-$t for ${seconds}s"
  # the Swift runtime's backtracer would end a trapping process before libFuzzer saves the input
  if SWIFT_BACKTRACE=enable=no "$bin/fuzz-$t" "$seeds" -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=3 \
       -artifact_prefix="fuzz-findings/$t/" -print_final_stats=1 >"fuzz-findings/$t.log" 2>&1; then
    tail -6 "fuzz-findings/$t.log"
  else
    echo "fuzz-$t found a fault: see fuzz-findings/$t.log and fuzz-findings/$t/"; found=1
  fi
  rm -rf "$seeds"
done
exit $found
