#!/usr/bin/env python3
"""Draws fixes at random over the corpus (all kinds), with a recorded seed, and writes them for a reviewer.
usage: python3 eval/sample-fixes.py ../shared/corpora/agent_replies.jsonl DEESC_JSON SEED N OUT.md
(DEESC_JSON: `deesc check ../shared/corpora/agent_replies.jsonl --format json`). docs/fix-review.md was drawn this way."""
import json, random, sys
corpus, out_json, seed, n, out_md = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
texts = {}
for line in open(corpus, encoding='utf-8'):
    if line.strip():
        r = json.loads(line); texts[r['id']] = r
res = json.load(open(out_json))
fixes = []
for rep in res['replies']:
    r = texts[rep['id']]
    t = r['text']; u = t.encode('utf-16-le')
    sl = lambda s, e: u[2*s:2*e].decode('utf-16-le')
    n16 = len(u)//2
    for d in rep['diagnostics']:
        for k, fx in enumerate(d['fixes']):
            edits = sorted(fx['edits'], key=lambda e: e['start'])
            out = ''; pos = 0
            for e in edits:
                out += sl(pos, e['start']) + e['newText']; pos = e['start'] + e['length']
            out += sl(pos, n16)
            fixes.append(dict(id=rep['id'], rule=d['id'], category=d['category'], flagged=sl(d['start'], d['start']+d['length']),
                              kind=fx['applicability'], title=fx['title'], before=t, after=out, customer=r.get('customerMessage') or ''))
print(f"{len(fixes)} fixes over {sum(1 for r in res['replies'] if r['diagnostics'])} flagged replies", file=sys.stderr)
rng = random.Random(seed)
sample = rng.sample(fixes, n)
def clip(s, m=700):
    return s if len(s) <= m else s[:m] + ' […]'
with open(out_md, 'w', encoding='utf-8') as f:
    for i, x in enumerate(sample, 1):
        f.write(f"### {i}. `{x['id']}` {x['rule']} ({x['category']}), {x['kind']}: \"{x['title']}\"\n\n")
        if x['customer']:
            f.write("Customer: " + clip(x['customer'], 400).replace('\n', ' ⏎ ') + "\n\n")
        f.write("Flagged: \"" + x['flagged'].replace('\n', ' ⏎ ') + "\"\n\n")
        f.write("Before: " + clip(x['before']).replace('\n', ' ⏎ ') + "\n\n")
        f.write("After: " + clip(x['after']).replace('\n', ' ⏎ ') + "\n\n")
import collections
print(collections.Counter((x['rule'], x['kind']) for x in sample), file=sys.stderr)
