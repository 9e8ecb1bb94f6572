"""Splits a written set into the half tuned on (even sha256 of the id) and the held-out half (odd).

usage: python3 eval/written/split.py eval/written/w5.jsonl /tmp/w5-tune.jsonl /tmp/w5-hold.jsonl
"""
import hashlib
import json
import sys

source, tune, hold = sys.argv[1:4]
with open(source, encoding="utf-8") as lines, open(tune, "w", encoding="utf-8") as a, open(hold, "w", encoding="utf-8") as b:
    for line in lines:
        reply_id = json.loads(line)["id"]
        (a if int(hashlib.sha256(reply_id.encode()).hexdigest(), 16) % 2 == 0 else b).write(line)
