#!/usr/bin/env bash
# Checks that a change leaves the results over the real corpus byte-identical: builds the CLI at REF (default HEAD)
# from `git archive` and the working tree as it is, runs `deesc check --format json --fail-on none` over the corpus
# with each, and compares the two reports (every id, span, message, fix and score).
#
# usage: benchmarks/same-output.sh [REF] [--corpus PATH]    (default corpus: ../shared/corpora/agent_replies.jsonl)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
ref=HEAD
corpus="${DEESC_CORPUS:-$root/../shared/corpora/agent_replies.jsonl}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --corpus) corpus="${2:?--corpus needs a path}"; shift ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) ref="$1" ;;
  esac
  shift
done
if [[ ! -f "$corpus" ]]; then
  echo "same-output.sh: no corpus at $corpus (set DEESC_CORPUS or pass --corpus)" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir "$work/before"
git -C "$root" archive "$ref" | tar -x -C "$work/before"

report() { # source-root output
  dotnet build "$1/src/Deescalation.Cli/Deescalation.Cli.csproj" -c Release -o "$work/bin-$(basename "$2")" -v:q -nologo >&2
  dotnet "$work/bin-$(basename "$2")/deesc.dll" check --format json --fail-on none "$corpus" > "$2"
}
echo "== building and running $ref" >&2
report "$work/before" "$work/before.json"
echo "== building and running the working tree" >&2
report "$root" "$work/after.json"

if cmp -s "$work/before.json" "$work/after.json"; then
  echo "identical: $(wc -c < "$work/after.json") bytes of JSON over $(wc -l < "$corpus") replies"
else
  echo "DIFFERENT: the first differences, one JSON value a line:"
  diff <(tr ',' '\n' < "$work/before.json") <(tr ',' '\n' < "$work/after.json") | head -40
  exit 1
fi
