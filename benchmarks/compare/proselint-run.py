"""Runs proselint in one Python process over the reply texts of a JSONL corpus, through its Python API
(proselint.tools.lint, what its CLI calls), and prints one JSON object: replies, UTF-8 bytes, seconds, findings.

Only the lint calls are timed; a warm-up on the first replies is not counted. proselint caches results on disk by
text, so run it with a fresh XDG_CACHE_HOME (compare.sh does) or a second run measures the cache.
usage: /usr/bin/python3 proselint-run.py CORPUS.jsonl [--stride K]
"""
import json
import sys
import time

from proselint.tools import lint


def main(argv):
    if len(argv) < 1:
        print("usage: proselint-run.py CORPUS.jsonl [--stride K]", file=sys.stderr)
        return 2
    corpus_path = argv[0]
    stride = int(argv[argv.index("--stride") + 1]) if "--stride" in argv else 1
    texts = []
    with open(corpus_path, encoding="utf-8") as corpus:
        for number, line in enumerate(corpus, 1):
            if not line.strip():
                continue
            try:
                reply = json.loads(line)
            except ValueError as error:
                print(f"{corpus_path}:{number}: invalid JSON ({error})", file=sys.stderr)
                return 2
            if not isinstance(reply.get("text"), str):
                print(f"{corpus_path}:{number}: no string \"text\" field", file=sys.stderr)
                return 2
            texts.append(reply["text"])
    sample = texts[::stride]

    # Warm-up on replies outside the sample, so the cache does not answer for the timed ones.
    for text in texts[1:stride * 5:stride] if stride > 1 else ["Thanks for waiting."]:
        lint(text)

    findings = 0
    flagged = 0
    start = time.perf_counter()
    for text in sample:
        count = len(lint(text))
        findings += count
        flagged += count > 0
    seconds = time.perf_counter() - start

    print(json.dumps({
        "tool": "proselint",
        "replies": len(sample),
        "corpusReplies": len(texts),
        "stride": stride,
        "utf8Bytes": sum(len(text.encode("utf-8")) for text in sample),
        "seconds": seconds,
        "findings": findings,
        "flaggedReplies": flagged,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
