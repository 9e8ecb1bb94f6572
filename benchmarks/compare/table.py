"""Turns the outputs that compare.sh collected into one Markdown table (stdout).

usage: python3 table.py WORK_DIR --corpus PATH --versions TEXT --conditions TEXT
WORK_DIR holds, per run NAME: NAME.out (the tool's stdout), NAME.time ("wall-seconds peak-rss-KB" from GNU time),
NAME.err, and NAME.exit when the exit code was not 0.
"""
import argparse
import json
import os
import statistics


def read(path, default=None):
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError:
        return default


def time_of(work, name):
    text = read(os.path.join(work, name + ".time"), "")
    # GNU time prints "Command exited with non-zero status N" before the format line on failure.
    fields = text.strip().splitlines()[-1].split() if text.strip() else []
    try:
        return float(fields[0]), int(fields[1]) / 1024.0
    except (IndexError, ValueError):
        return None, None


def failure(work, name):
    code = read(os.path.join(work, name + ".exit"))
    err = (read(os.path.join(work, name + ".err"), "") or "").strip().splitlines()
    reason = err[-1] if err else ""
    if code:
        return f"exit code {code.strip()}" + (f": {reason}" if reason else "")
    return None


def number(value, digits=0):
    if value is None:
        return "n/a"
    if value >= 100 or digits == 0:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:,.{max(digits, 1)}f}"
    return f"{value:.{max(digits, 2)}g}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("work")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--versions", default="")
    parser.add_argument("--conditions", default="")
    args = parser.parse_args()
    work = args.work

    rows = []
    notes = []

    # This library, in-process.
    library = None
    wall, rss = time_of(work, "library")
    try:
        library = json.loads(read(os.path.join(work, "library.out"), ""))
    except ValueError:
        notes.append("library throughput run failed: " + (failure(work, "library") or "no JSON on stdout"))
    if library:
        context = ", with customer messages" if library.get("withCustomerMessages") else ""
        rows.append({
            "tool": "**Deescalation** (library)",
            "how": f"in-process, one thread, median of {library['passes']} passes{context}",
            "replies": library["replies"],
            "rps": library["repliesPerSecond"],
            "mbps": library["megabytesPerSecond"],
            "rss": rss,
            "findings": f"{library['findings']:,}",
        })
        corpus_replies = library["replies"]
        corpus_bytes = library["utf8Bytes"]
    else:
        corpus_replies = corpus_bytes = None

    # The CLI as a whole process: median wall of its runs, start-up included.
    for variant, label in (("jit", "`deesc check` CLI (JIT)"), ("aot", "`deesc check` CLI (Native AOT)")):
        runs = sorted(name[:-5] for name in os.listdir(work) if name.startswith(f"cli-{variant}-") and name.endswith(".time"))
        if not runs:
            continue
        walls, peaks, findings, replies, problem = [], [], None, None, None
        for name in runs:
            wall, rss = time_of(work, name)
            problem = problem or failure(work, name)
            try:
                report = json.loads(read(os.path.join(work, name + ".out"), ""))
                findings = report["summary"]["diagnostics"]
                replies = report["summary"]["replies"]
            except (ValueError, KeyError, TypeError):
                problem = problem or "printed no JSON report with a summary (is the CLI on this branch yet?)"
            if wall is not None:
                walls.append(wall)
                peaks.append(rss)
        if problem or not walls:
            notes.append(f"{label}: not measured: {problem}")
            continue
        wall = statistics.median(walls)
        rows.append({
            "tool": label,
            "how": f"whole process over the JSONL file, `--format json`, median wall of {len(walls)} run(s): {wall:.2f} s",
            "replies": replies,
            "rps": replies / wall,
            "mbps": corpus_bytes / 1e6 / wall if corpus_bytes else None,
            "rss": max(peaks),
            "findings": f"{findings:,}",
        })

    # The other linters, in-process through their APIs.
    for name, label in (("write-good", "write-good"), ("alex", "alex"), ("proselint", "proselint")):
        wall, rss = time_of(work, name)
        try:
            result = json.loads(read(os.path.join(work, name + ".out"), ""))
        except ValueError:
            notes.append(f"{label}: not measured: " + (failure(work, name) or "no JSON on stdout"))
            continue
        runtime = "Python" if name == "proselint" else "Node"
        sampled = result["stride"] > 1
        how = f"in-process API in one {runtime} process"
        findings = f"{result['findings']:,}"
        if sampled:
            scaled = result["findings"] * result["corpusReplies"] / max(result["replies"], 1)
            how += f", **sample**: 1 reply in {result['stride']} ({result['replies']:,} of {result['corpusReplies']:,})"
            findings += f" (≈{scaled:,.0f} scaled to all)"
        rows.append({
            "tool": f"{label}",
            "how": how,
            "replies": result["replies"],
            "rps": result["replies"] / result["seconds"],
            "mbps": result["utf8Bytes"] / 1e6 / result["seconds"],
            "rss": rss,
            "findings": findings,
        })

    base = rows[0]["mbps"] if library else None
    print(f"Corpus: `{args.corpus}`" + (f", {corpus_replies:,} replies, {corpus_bytes / 1e6:.2f} MB of UTF-8 reply text." if library else "."))
    if args.conditions:
        print(f"Machine: {args.conditions}.")
    if args.versions:
        print(f"Versions: {args.versions}.")
    print()
    print("| Tool | How it runs | Replies | Replies/s | MB/s | Peak RSS | Findings | Deescalation library is |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        if base and row["mbps"]:
            factor = base / row["mbps"]
            ratio = "(baseline)" if row is rows[0] else f"{factor:,.0f}× faster" if factor >= 10 else f"{factor:,.1f}× faster"
        else:
            ratio = "n/a"
        rss = f"{row['rss']:,.0f} MB" if row["rss"] is not None else "n/a"
        print(f"| {row['tool']} | {row['how']} | {row['replies']:,} | {number(row['rps'])} | {number(row['mbps'], 3)} | {rss} | {row['findings']} | {ratio} |")
    print()
    print("MB/s counts UTF-8 reply text (10^6 bytes). The library's rate is its steady state; the others are timed over"
          " one pass after a short warm-up; the CLI's rate includes process start-up, reading and writing JSON."
          " Peak RSS is the whole process (GNU time). Findings are each tool's own (different rules: compare speed, not counts).")
    for note in notes:
        print(f"\nNote: {note}")


if __name__ == "__main__":
    main()
