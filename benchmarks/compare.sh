#!/usr/bin/env bash
# Side by side, in one run, on one machine, over the same corpus (../shared/corpora/agent_replies.jsonl):
#   - this library in-process (the benchmark program's `throughput` mode, one thread),
#   - the deesc CLI as a whole process (JIT; and Native AOT with --aot),
#   - alex and write-good (npm, installed here into benchmarks/.tools/npm) through their JavaScript APIs in one
#     Node process, and proselint (Debian's python3-proselint) through its Python API in one Python process.
# Prints a Markdown table: replies/s, MB/s (UTF-8 reply text, 10^6 bytes), peak RSS, findings, and how many times
# faster this library is. proselint is far too slow for the whole corpus in a short run: by default it lints an
# evenly spaced sample (every Kth reply) and the table says so; its findings are scaled up to the whole corpus.
#
# usage: benchmarks/compare.sh [--aot] [--corpus PATH] [--proselint-sample N] [--alex-sample N] [--quick] [--out FILE]
#   --aot                 also publish the CLI as Native AOT and time it (adds ~1 minute of publishing)
#   --proselint-sample N  replies proselint lints (default 400; 0 = all, about 35 minutes)
#   --alex-sample N       replies alex lints (default 0 = all, about a minute)
#   --quick               a quick check: 1 s of library passes, one CLI run, smaller samples
#   --out FILE            also write the table (Markdown) to FILE (default benchmarks/.tools/compare-results.md)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
tools="$here/.tools"
corpus="${DEESC_CORPUS:-$root/../shared/corpora/agent_replies.jsonl}"
aot=0
quick=0
proselint_sample=400
alex_sample=0
out="$tools/compare-results.md"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --aot) aot=1 ;;
    --quick) quick=1 ;;
    --corpus) corpus="${2:?--corpus needs a path}"; shift ;;
    --proselint-sample) proselint_sample="${2:?--proselint-sample needs a number}"; shift ;;
    --alex-sample) alex_sample="${2:?--alex-sample needs a number}"; shift ;;
    --out) out="${2:?--out needs a path}"; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [[ $quick -eq 1 ]]; then
  [[ $proselint_sample -eq 400 ]] && proselint_sample=100
  [[ $alex_sample -eq 0 ]] && alex_sample=2000
fi

if [[ ! -f "$corpus" ]]; then
  echo "compare.sh: the reply corpus is absent: expected $corpus (../shared/corpora/agent_replies.jsonl beside the clone, or DEESC_CORPUS). It is read in place, never copied into the project." >&2
  exit 2
fi
corpus="$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
mkdir -p "$tools"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log() { printf '== %s\n' "$*" >&2; }

# --- prerequisites: GNU time, Node and npm, proselint (Debian packages), installed only when missing ----------------
apt_updated=0
apt_install() {
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "compare.sh: need root (or sudo) to apt-get install $*" >&2; exit 2; }
    sudo="sudo"
  fi
  if [[ $apt_updated -eq 0 ]]; then $sudo apt-get update -qq; apt_updated=1; fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
[[ -x /usr/bin/time ]] || apt_install time
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || apt_install nodejs npm
/usr/bin/python3 -c 'import proselint' 2>/dev/null || apt_install python3-proselint

# --- alex and write-good from npm into benchmarks/.tools/npm (git-ignored), pinned ----------------------------------
npm_prefix="$tools/npm"
if [[ ! -f "$npm_prefix/node_modules/alex/package.json" || ! -f "$npm_prefix/node_modules/write-good/package.json" ]]; then
  log "npm install alex@11.0.1 write-good@1.0.8 into $npm_prefix"
  mkdir -p "$npm_prefix"
  [[ -f "$npm_prefix/package.json" ]] || echo '{"name":"deescalation-compare-tools","private":true}' > "$npm_prefix/package.json"
  npm install --prefix "$npm_prefix" --no-audit --no-fund --loglevel=error alex@11.0.1 write-good@1.0.8 >&2
fi
alex_version="$(node -p "require('$npm_prefix/node_modules/alex/package.json').version")"
write_good_version="$(node -p "require('$npm_prefix/node_modules/write-good/package.json').version")"
proselint_version="$(dpkg-query -W -f '${Version}' python3-proselint 2>/dev/null || echo '?')"

# --- build this project: the benchmark program (Release) and the CLI ------------------------------------------------
log "dotnet build benchmarks/Deescalation.Benchmarks -c Release"
dotnet build "$here/Deescalation.Benchmarks/Deescalation.Benchmarks.csproj" -c Release -v:q -nologo >&2
bench_dll="$here/Deescalation.Benchmarks/bin/Release/net10.0/Deescalation.Benchmarks.dll"
log "dotnet publish src/Deescalation.Cli -c Release -p:PublishAot=false (framework-dependent)"
dotnet publish "$root/src/Deescalation.Cli/Deescalation.Cli.csproj" -c Release -p:PublishAot=false -o "$tools/deesc" -v:q -nologo >&2
if [[ $aot -eq 1 ]]; then
  log "dotnet publish src/Deescalation.Cli -c Release -r linux-x64 as Native AOT"
  dotnet publish "$root/src/Deescalation.Cli/Deescalation.Cli.csproj" -c Release -r linux-x64 -o "$tools/deesc-aot" -v:q -nologo >&2
fi

# Runs a command under GNU time; its stdout goes to $work/NAME.out, wall seconds and peak RSS (KB) to $work/NAME.time.
timed() {
  local name="$1"; shift
  /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || {
    local code=$?
    # deesc exits 1 when it finds something at --fail-on; with --fail-on none anything but 0 is a failure.
    echo "$code" > "$work/$name.exit"
  }
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s)

log "library in-process (throughput mode, one thread)"
library_seconds=3; [[ $quick -eq 1 ]] && library_seconds=1
timed library dotnet "$bench_dll" throughput --corpus "$corpus" --min-seconds "$library_seconds" --json

cli_runs=3; [[ $quick -eq 1 ]] && cli_runs=1
for variant in jit aot; do
  if [[ $variant == jit ]]; then cli=(dotnet "$tools/deesc/deesc.dll"); else
    [[ -x "$tools/deesc-aot/deesc" && $aot -eq 1 ]] || continue
    cli=("$tools/deesc-aot/deesc")
  fi
  log "deesc CLI ($variant) over the corpus, $cli_runs run(s)"
  for run in $(seq 1 "$cli_runs"); do
    timed "cli-$variant-$run" "${cli[@]}" check --format json --fail-on none "$corpus"
  done
done

log "write-good (Node, in-process API)"
timed write-good node "$here/compare/js-linters.mjs" write-good "$corpus" "$npm_prefix"

replies_total="$(grep -c . "$corpus")"
stride_for() { if [[ "$1" -le 0 || "$1" -ge "$replies_total" ]]; then echo 1; else echo $(( (replies_total + $1 - 1) / $1 )); fi; }
log "alex (Node, in-process API), 1 reply in $(stride_for "$alex_sample")"
timed alex node "$here/compare/js-linters.mjs" alex "$corpus" "$npm_prefix" --stride "$(stride_for "$alex_sample")"

log "proselint (Python, in-process API), 1 reply in $(stride_for "$proselint_sample")"
mkdir -p "$work/xdg-cache" "$work/xdg-config"
XDG_CACHE_HOME="$work/xdg-cache" XDG_CONFIG_HOME="$work/xdg-config" \
  timed proselint /usr/bin/python3 "$here/compare/proselint-run.py" "$corpus" --stride "$(stride_for "$proselint_sample")"

elapsed=$(( $(date +%s) - started ))
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- the table -----------------------------------------------------------------------------------------------------
python3 "$here/compare/table.py" "$work" \
  --corpus "$corpus" \
  --versions "alex $alex_version, write-good $write_good_version, proselint $proselint_version" \
  --conditions "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load average $load_before before and $load_after after, $elapsed s of measuring" \
  | tee "$out"
log "table written to $out"
