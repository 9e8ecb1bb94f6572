#!/usr/bin/env python3
"""Splits ../shared/eval/real-dev.jsonl into a tuning half and a held-out half by a hash of each reply's id.

The split is fixed (sha1 of the id, even = tune, odd = held out), so every session tunes on the same replies and
reports the untouched half apart. Usage:

    python3 eval/split-real-dev.py [REAL_DEV] [OUT_DIR]    # writes OUT_DIR/real-tune.jsonl and real-holdout.jsonl
"""
import hashlib
import json
import os
import sys

source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "real-dev.jsonl")
out_dir = sys.argv[2] if len(sys.argv) > 2 else "/tmp"
halves = {0: [], 1: []}
with open(source, encoding="utf-8") as lines:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        reply = json.loads(line)
        halves[int(hashlib.sha1(reply["id"].encode("utf-8")).hexdigest(), 16) % 2].append(line.rstrip("\n"))

for half, name in ((0, "real-tune.jsonl"), (1, "real-holdout.jsonl")):
    path = os.path.join(out_dir, name)
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(halves[half]) + "\n")
    print(f"{path}: {len(halves[half])} replies")
