#!/usr/bin/env python3
"""Joins blind labels kept without text (eval/blind-labels/*.jsonl: id, pick, expect, debatable) with the real corpus,
into the form score.py reads. The corpus text is not kept in the project (its licences are mixed); the labels are.

usage: join-blind-labels.py CORPUS LABELS OUT.jsonl
Triggers are not kept, so span hits are not scored; categories, precision, recall and clean replies are.
"""
import json
import sys


def main() -> None:
    corpus, labels, out = sys.argv[1], sys.argv[2], sys.argv[3]
    rows = {}
    for line in open(corpus, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            rows[r["id"]] = r
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for line in open(labels, encoding="utf-8"):
            label = json.loads(line)
            r = rows[label["id"]]
            item = {"id": label["id"], "source": r["source"], "pick": label["pick"], "channel": "chat", "text": r["text"],
                    "customerMessage": r.get("customerMessage") or "", "expect": label["expect"], "triggers": {},
                    "debatable": label["debatable"], "note": ""}
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
            n += 1
    print(f"{out}: {n} replies")


if __name__ == "__main__":
    main()
