#!/usr/bin/env python3
"""Draws flagged replies at random over the corpus, with a recorded seed, for a strict re-read of every finding.
usage: python3 eval/sample-flagged.py ../shared/corpora/agent_replies.jsonl DEESC_JSON SEED N OUT.md"""
import json, random, sys
corpus, out_json, seed, n, out_md = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
texts = {}
for line in open(corpus, encoding='utf-8'):
    if line.strip():
        r = json.loads(line); texts[r['id']] = r
res = json.load(open(out_json))
flagged = [r for r in res['replies'] if r['diagnostics']]
print(f"{len(flagged)} flagged of {len(res['replies'])}", file=sys.stderr)
sample = random.Random(seed).sample(flagged, n)
with open(out_md, 'w', encoding='utf-8') as f:
    for i, rep in enumerate(sample, 1):
        r = texts[rep['id']]; t = r['text']; u = t.encode('utf-16-le')
        sl = lambda s, e: u[2*s:2*e].decode('utf-16-le')
        f.write(f"### {i}. `{rep['id']}`\n\n")
        if r.get('customerMessage'):
            f.write("Customer: " + r['customerMessage'][:600].replace('\n', ' ⏎ ') + "\n\n")
        f.write("Reply: " + t[:900].replace('\n', ' ⏎ ') + "\n\n")
        for j, d in enumerate(rep['diagnostics'], 1):
            words = sl(d['start'], d['start'] + d['length']) if d['length'] else '(the reply as a whole)'
            f.write(f"- Finding {i}.{j}: **{d['category']}** ({d['id']}, {d['severity']}) on \"{words}\": {d['message']}\n")
        f.write("\n")
