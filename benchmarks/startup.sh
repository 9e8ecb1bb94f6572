#!/usr/bin/env bash
# Start-up cost of the deesc CLI on a one-reply check, JIT (framework-dependent, `dotnet deesc.dll`) against Native
# AOT, timed with hyperfine (Debian package, installed when missing). The CLI project sets PublishAot itself, so the
# AOT build is a plain `dotnet publish -r linux-x64`; the JIT build switches it off (-p:PublishAot=false).
#
# usage: benchmarks/startup.sh [--runs N] [--out FILE]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
tools="$here/.tools"
runs=30
out="$tools/startup-results.md"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift ;;
    --out) out="${2:?--out needs a path}"; shift ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log() { printf '== %s\n' "$*" >&2; }
if ! command -v hyperfine >/dev/null 2>&1; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  log "apt-get install hyperfine"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq hyperfine >/dev/null
fi

mkdir -p "$tools"
log "dotnet publish src/Deescalation.Cli -c Release -p:PublishAot=false (framework-dependent)"
dotnet publish "$root/src/Deescalation.Cli/Deescalation.Cli.csproj" -c Release -p:PublishAot=false -o "$tools/deesc" -v:q -nologo >&2
log "dotnet publish src/Deescalation.Cli -c Release -r linux-x64 as Native AOT"
aot_started=$(date +%s)
dotnet publish "$root/src/Deescalation.Cli/Deescalation.Cli.csproj" -c Release -r linux-x64 -o "$tools/deesc-aot" -v:q -nologo >&2
aot_seconds=$(( $(date +%s) - aot_started ))

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
reply="$work/reply.txt"
printf '%s\n' "I'm sorry you feel that way, but we'll look into it soon." > "$reply"

# The CLI must really check the reply: a JSON report with one reply and its findings.
for cli in "dotnet $tools/deesc/deesc.dll" "$tools/deesc-aot/deesc"; do
  report="$($cli check --format json --fail-on none "$reply" 2>&1 || true)"
  if ! grep -q '"replies"' <<<"$report" || ! grep -q 'DEESC' <<<"$report"; then
    echo "startup.sh: '$cli check --format json --fail-on none reply.txt' printed no report with findings; is the CLI on this branch yet? It printed: ${report:0:300}" >&2
    exit 1
  fi
done

size_kb=$(( $(stat -c %s "$tools/deesc-aot/deesc") / 1024 ))
log "hyperfine, $runs runs each"
hyperfine --warmup 3 --runs "$runs" -N --export-markdown "$work/hyperfine.md" \
  -n "deesc (JIT, dotnet deesc.dll)" "dotnet $tools/deesc/deesc.dll check --format json --fail-on none $reply" \
  -n "deesc (Native AOT)" "$tools/deesc-aot/deesc check --format json --fail-on none $reply" >&2
{
  echo "One-reply check (\`deesc check --format json --fail-on none reply.txt\`), hyperfine, $runs runs after 3 warm-ups."
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Native AOT binary: ${size_kb} KB, published in ${aot_seconds} s."
  echo
  cat "$work/hyperfine.md"
} | tee "$out"
log "written to $out"
