#!/usr/bin/env python3
"""Draw replies from the real corpus for a blind labeller, the way real-dev.jsonl was drawn.

A quarter are drawn at random from all sources; the rest from the Twitter sources where the
customer's message or the reply carries a cue word (at most PER_BRAND per brand). Replies already
in real-dev.jsonl are left out. The cue words are deliberately broad and are not the rules' lists.

usage: sample-for-labels.py CORPUS EXCLUDE[,EXCLUDE...] SEED N OUT.jsonl
(EXCLUDE: labelled sets whose replies are left out, real-dev.jsonl and earlier samples)
"""
import json
import random
import re
import sys

PER_BRAND = 12
CUES = re.compile(
    r"\b(sorry|apolog\w*|unfortunately|policy|soon|asap|guarantee\w*|can't|cannot|unable|"
    r"worst|terrible|awful|ridiculous|unacceptable|disappoint\w*|angry|annoy\w*|frustrat\w*|"
    r"joke|useless|never|again|still|waiting|wtf|hell|damn|shit|fuck\w*|crap|fail\w*|"
    r"contact|department|team|refund|complain\w*|why)\b|!{2,}|\?{2,}",
    re.IGNORECASE)


def main() -> None:
    corpus, real_dev, seed, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    taken = {json.loads(line)["id"] for path in real_dev.split(",") for line in open(path, encoding="utf-8")}
    rows = [json.loads(line) for line in open(corpus, encoding="utf-8")]
    rows = [r for r in rows if r["id"] not in taken]
    rng = random.Random(seed)
    random_part = rng.sample(rows, n // 4)
    chosen = {r["id"] for r in random_part}
    twitter = [r for r in rows if r["source"] in ("tweetsumm", "twcs-kaggle-head5000")
               and r["id"] not in chosen
               and CUES.search((r.get("customerMessage") or "") + " " + r["text"])]
    rng.shuffle(twitter)
    per_brand: dict[str, int] = {}
    cue_part = []
    for r in twitter:
        if len(cue_part) >= n - len(random_part):
            break
        brand = r.get("brand") or "?"
        if per_brand.get(brand, 0) >= PER_BRAND:
            continue
        per_brand[brand] = per_brand.get(brand, 0) + 1
        cue_part.append(r)
    picked = [dict(r, pick="random") for r in random_part] + [dict(r, pick="cue") for r in cue_part]
    rng.shuffle(picked)
    with open(out, "w", encoding="utf-8") as f:
        for r in picked:
            item = {"id": r["id"], "source": r["source"], "pick": r["pick"],
                    "channel": "chat",
                    "customerMessage": r.get("customerMessage") or "", "text": r["text"]}
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{out}: {len(picked)} replies ({len(random_part)} random, {len(cue_part)} cue), seed {seed}")


if __name__ == "__main__":
    main()
