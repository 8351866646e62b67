#!/usr/bin/env python3
"""A reader's judgement of a uniform random sample of the events Attaché codes (issue 14, the "independent reader").

Python 3, standard library only. Three steps (see eval/judged/README.md for the protocol):

    ./attache export --format jsonl /tmp/events.jsonl --data DATA
    python3 eval/judged/judged.py sample /tmp/events.jsonl --seed 9001 --n 100 > /tmp/sheet.jsonl
        # the sheet (with each event's evidence sentence, for the reader; never committed)
    python3 eval/judged/judged.py score eval/judged/reuters-9001-12000.jsonl [--events /tmp/events.jsonl]
        # the figures of a judgement file; with --events, also what the current store still codes of it

A judgement line holds the event's key (article id, evidence offsets, type, status, actors' codes, date) and the
reader's verdicts, never the story's text:
    relevant      the sentence reports a political, diplomatic, security or international-economic event
    type_right, actors_right, date_right, status_right   each part right (actors: both sides, their direction and
                  their country or IGO)
    fully_right   all of the above
    error         the main error class when not fully right (see README.md)
"""
import argparse
import json
import math
import random
import sys
from collections import Counter


def load_events(path):
    events = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                events.append(json.loads(line))
    return events


def actor_codes(side):
    return sorted((a.get("country") or "-") + "/" + (a.get("sector") or "-") for a in side or [])


def key(e):
    """What identifies an event across re-ingests: its article, sentence, type and actors' codes."""
    return (e["article_id"], e["evidence"]["start"], e["type"], tuple(actor_codes(e.get("source"))),
            tuple(actor_codes(e.get("target"))))


def date_text(e):
    d = e.get("date")
    return None if not d else d.get("start")


def sample(args):
    events = sorted(load_events(args.events), key=lambda e: (e["article_id"], e["evidence"]["start"], e["id"]))
    rng = random.Random(args.seed)
    drawn = rng.sample(range(len(events)), min(args.n, len(events)))
    print(f"# {len(events)} events coded; {len(drawn)} drawn with seed {args.seed}", file=sys.stderr)
    for i in sorted(drawn):
        e = events[i]
        row = {
            "event_id": e["id"], "article_id": e["article_id"],
            "evidence_start": e["evidence"]["start"], "evidence_end": e["evidence"]["end"],
            "type": e["type"], "cameo": e.get("cameo"), "status": e.get("status"), "trigger": e.get("trigger"),
            "source": [f"{a.get('name')}|{a.get('country')}|{a.get('sector')}" for a in e.get("source") or []],
            "target": [f"{a.get('name')}|{a.get('country')}|{a.get('sector')}" for a in e.get("target") or []],
            "date": date_text(e),
            "evidence": e["evidence"].get("text"),
        }
        print(json.dumps(row, ensure_ascii=False))


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    r = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((c - r) / d, (c + r) / d)


def share(label, k, n):
    lo, hi = wilson(k, n)
    pct = 100 * k / n if n else 0
    return f"{label}: {k} of {n} ({pct:.0f} %, 95 % interval {100 * lo:.0f}-{100 * hi:.0f} %)"


def score(args):
    judged = load_events(args.judgements)
    n = len(judged)
    relevant = sum(1 for j in judged if j["relevant"])
    out = {"file": args.judgements, "events": n, "relevant": relevant, "relevant_interval": wilson(relevant, n)}
    if any("fully_right" not in j for j in judged):
        # a sample judged for relevance alone
        print(share("relevant (a political or international event)", relevant, n))
        return write(out, args)
    right = sum(1 for j in judged if j["fully_right"])
    out.update(fully_right=right, fully_right_interval=wilson(right, n))
    print(share("fully right", right, n))
    print(share("relevant (a political or international event)", relevant, n))
    rel = [j for j in judged if j["relevant"]]
    for part in ("type", "actors", "date", "status"):
        if any(part + "_right" not in j for j in rel):
            continue  # judged whole, not part by part
        k = sum(1 for j in rel if j[part + "_right"])
        print(share(f"  of the relevant, {part} right", k, len(rel)))
    errors = Counter(j["error"] for j in judged if not j["fully_right"] and j.get("error"))
    if errors:
        print("error classes: " + ", ".join(f"{c} {k}" for c, k in errors.most_common()))
    out["errors"] = dict(errors)
    if args.events:
        current = {key(e): e for e in load_events(args.events)}
        same = [j for j in judged if judged_key(j) in current]
        articles = {e["article_id"] for e in current.values()}
        gone = [j for j in judged if judged_key(j) not in current]
        gone_irrelevant = sum(1 for j in gone if not j["relevant"])
        gone_right = sum(1 for j in gone if j["fully_right"])
        print(f"against the current store: {len(same)} of {n} still coded unchanged, {len(gone)} no longer "
              f"(of these {gone_irrelevant} judged not relevant, {gone_right} judged fully right; "
              f"{sum(1 for j in gone if j['article_id'] not in articles)} from articles with no event now)")
        kept_right = sum(1 for j in same if j["fully_right"])
        print(share("  fully right among those still coded unchanged", kept_right, len(same)))
        out.update(still_coded=len(same), dropped=len(gone), dropped_not_relevant=gone_irrelevant,
                   dropped_fully_right=gone_right, still_coded_fully_right=kept_right)
    write(out, args)


def write(out, args):
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2)


def judged_key(j):
    def codes(side):
        return tuple(sorted(f"{s.split('|')[1] if s.split('|')[1] != 'None' else '-'}/"
                            f"{s.split('|')[2] if s.split('|')[2] != 'None' else '-'}" for s in side))
    return (j["article_id"], j["evidence_start"], j["type"], codes(j["source"]), codes(j["target"]))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="draw a uniform random sample of coded events, for judging")
    s.add_argument("events", help="events as `attache export --format jsonl` writes them")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--n", type=int, default=100)
    s.set_defaults(fn=sample)
    c = sub.add_parser("score", help="the figures of a judgement file")
    c.add_argument("judgements")
    c.add_argument("--events", help="the current store's events (export --format jsonl): which judged events remain")
    c.add_argument("--json", help="also write the figures as JSON here")
    c.set_defaults(fn=score)
    args = p.parse_args()
    try:
        args.fn(args)
    except (OSError, ValueError, KeyError) as e:
        sys.exit(f"judged.py: {e}")


if __name__ == "__main__":
    main()
