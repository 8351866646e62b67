#!/usr/bin/env python3
"""Builds the facts development set's gold file from its annotation source, and shows stories to annotate.

    python3 scripts/facts-devset/build.py show ../shared/bench/corpus ID...   # numbered sentences, to annotate
    python3 scripts/facts-devset/build.py build ../shared/bench/corpus        # eval/facts/facts-dev.ann → .jsonl

The annotation source (eval/facts/facts-dev.ann) names sentences by their index in this script's
segmentation (paragraphs, then sentence ends not after an abbreviation), with `split`/`join` fixes where the
segmentation is wrong. The gold file records every sentence as character offsets into the story's `text`
field, so nothing downstream depends on this segmenter; each event's sentence also carries a short hash so
that a changed corpus is detected. No story text is written. Format and conventions: docs/FACTS-DEVSET.md.
"""
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ANN = ROOT / "eval" / "facts" / "facts-dev.ann"
OUT = ROOT / "eval" / "facts" / "facts-dev.jsonl"

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "ongoing", "planned", "possible", "promised", "denied"}
ENTITY_TYPES = {"PER", "ORG", "LOC"}

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep",
                 "gov", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "no", "nos", "vs", "jan",
                 "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig",
                 "approx", "dept", "est", "pct", "cts", "mln", "bln", "dlrs"}
PARAGRAPH = re.compile(r"\n[ \t]*\n|\n[ \t]{3,}")
END = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")


def corpus_records(corpus):
    records = {}
    for name in ("reuters21578.jsonl", "bbc.jsonl"):
        with open(Path(corpus) / name, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                records[r["id"]] = r
    return records


def _abbreviation_before(text, end):
    """The period at text[end] ends an abbreviation, an initial or a dotted acronym (U.S.)."""
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"'":
        start -= 1
    word = text[start:end]
    if re.fullmatch(r"([A-Za-z]\.)*[A-Za-z]", word):  # "U.S", "J", "E.C"
        return True
    return word.lower() in ABBREVIATIONS


def segment(text):
    """Sentence spans (start, end) of text: paragraphs first, then sentence ends."""
    spans = []
    para_start = 0
    bounds = [m for m in PARAGRAPH.finditer(text)] + [None]
    for m in bounds:
        para_end = m.start() if m else len(text)
        start = para_start
        for e in END.finditer(text, para_start, para_end):
            if e.group().startswith(".") and len(e.group().rstrip("\"')]")) == 1 and _abbreviation_before(text, e.start()):
                continue
            spans.append((start, e.end()))
            start = e.end()
        spans.append((start, para_end))
        para_start = m.end() if m else len(text)
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def fixed_segmentation(text, fixes, story):
    spans = segment(text)
    for kind, index, arg in fixes:
        if kind == "join":
            if index + 1 >= len(spans):
                raise SystemExit(f"{story}: join {index}: no next sentence")
            spans[index:index + 2] = [(spans[index][0], spans[index + 1][1])]
        elif kind == "split":
            s, e = spans[index]
            found = re.compile(r"\s+".join(map(re.escape, arg.split()))).search(text, s, e)
            at = found.start() if found else -1
            if at <= s:
                raise SystemExit(f"{story}: split {index}: {arg!r} not found inside the sentence")
            first_end = at
            while text[first_end - 1].isspace():
                first_end -= 1
            spans[index:index + 1] = [(s, first_end), (at, e)]
    return spans


def short_hash(sentence):
    return hashlib.sha256(sentence.encode("utf-8")).hexdigest()[:12]


def show(corpus, ids):
    records = corpus_records(corpus)
    fixes = parse(ANN.read_text(encoding="utf-8"))[1] if ANN.exists() else {}
    for story in ids:
        r = records[story]
        text = r["text"]
        print(f"=== {story}  published={r.get('published')}  section={r.get('section', '')}  title={r['title']}")
        for i, (s, e) in enumerate(fixed_segmentation(text, fixes.get(story, []), story)):
            print(f"[{i}] " + " ".join(text[s:e].split()))
        print()


ACTOR = re.compile(r"^\s*(.+?)\s*=\s*([A-Z][A-Z0-9]{1,3}|-)\s*$")


def actors(side, where):
    side = side.strip()
    if side == "-":
        return []
    out = []
    for part in side.split("+"):
        m = ACTOR.match(part)
        if not m:
            raise SystemExit(f"{where}: actor {part!r} is not NAME=CODE")
        out.append({"name": m.group(1), "country": None if m.group(2) == "-" else m.group(2)})
    return out


def date_of(token, where):
    text = None
    if "@" in token:
        token, text = token.split("@", 1)
        text = text.strip('"')
    if token == "?":
        return {"value": None, "precision": "unknown", "text": text}
    for pattern, precision in ((r"\d{4}-\d{2}-\d{2}", "day"), (r"--\d{2}-\d{2}", "day"), (r"\d{4}-\d{2}", "month"),
                               (r"\d{4}", "year")):
        if re.fullmatch(pattern, token):
            return {"value": token, "precision": precision, "text": text}
    raise SystemExit(f"{where}: bad date {token!r}")


def parse(source):
    """The annotation source: {story: {events, entities, pool}} and {story: [segmentation fixes]}."""
    stories, fixes = {}, {}
    story = None
    for n, raw in enumerate(source.splitlines(), 1):
        line = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        where = f"{ANN.name}:{n}"
        if not line.strip():
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            story = parts[0]
            stories[story] = {"pool": parts[1] if len(parts) > 1 else None, "events": [], "entities": [],
                              "note": None}
            fixes[story] = []
        elif line.startswith("split "):
            _, index, arg = line.split(" ", 2)
            fixes[story].append(("split", int(index), arg.strip().strip('"')))
        elif line.startswith("join "):
            fixes[story].append(("join", int(line.split()[1]), None))
        elif line.startswith("note "):
            stories[story]["note"] = line[5:].strip()
        elif line.startswith("E "):
            # E SENT TYPE STATUS DATE | SOURCE > TARGET [| flag ...]
            head, *rest = [p.strip() for p in line[2:].split("|")]
            fields = head.split(None, 3)
            if len(fields) != 4:
                raise SystemExit(f"{where}: event head needs SENT TYPE STATUS DATE")
            sentence, type_, status, date = fields
            if type_ not in TYPES or status not in STATUSES:
                raise SystemExit(f"{where}: bad type or status {type_} {status}")
            if not rest or ">" not in rest[0]:
                raise SystemExit(f"{where}: event needs '| SOURCE > TARGET'")
            src, tgt = rest[0].split(">", 1)
            event = {"sentence": int(sentence), "type": type_, "status": status, "date": date_of(date, where),
                     "source": actors(src, where), "target": actors(tgt, where)}
            for flag in rest[1:]:
                if flag == "either":
                    event["either_direction"] = True
                elif flag.startswith("also="):
                    also = flag[5:].split(",")
                    if not set(also) <= TYPES:
                        raise SystemExit(f"{where}: bad also= {also}")
                    event["also_types"] = also
                elif flag.startswith("mode="):
                    event["mode"] = flag[5:]
                elif flag.startswith("note="):
                    event["note"] = flag[5:]
                else:
                    raise SystemExit(f"{where}: unknown flag {flag!r}")
            if not event["source"]:
                raise SystemExit(f"{where}: an event needs a source actor")
            stories[story]["events"].append(event)
        elif line.startswith("N "):
            for item in line[2:].split(";"):
                item = item.strip()
                if not item:
                    continue
                m = re.fullmatch(r"(.+?)\s*(?:\((.+?)\))?\s*=\s*([A-Z][A-Z0-9]{1,3}|-)\s*/\s*(PER|ORG|LOC)", item)
                if not m:
                    raise SystemExit(f"{where}: entity {item!r} is not NAME[(aka, ...)]=CODE/TYPE")
                entity = {"name": m.group(1).strip(), "type": m.group(4),
                          "country": None if m.group(3) == "-" else m.group(3)}
                if m.group(2):
                    entity["aka"] = [a.strip() for a in m.group(2).split(",")]
                stories[story]["entities"].append(entity)
        else:
            raise SystemExit(f"{where}: cannot read {line!r}")
    return stories, fixes


def build(corpus):
    records = corpus_records(corpus)
    stories, fixes = parse(ANN.read_text(encoding="utf-8"))
    lines = []
    for story, ann in stories.items():
        if story not in records:
            raise SystemExit(f"{story}: not in the corpus")
        r = records[story]
        text = r["text"]
        if any(ord(c) > 0xFFFF for c in text):
            raise SystemExit(f"{story}: characters outside the BMP; offsets would differ between Python and Java")
        spans = fixed_segmentation(text, fixes[story], story)
        events = []
        for e in ann["events"]:
            if e["sentence"] >= len(spans):
                raise SystemExit(f"{story}: sentence {e['sentence']} does not exist ({len(spans)} sentences)")
            s, end = spans[e["sentence"]]
            for a in e["source"] + e["target"]:
                if a["name"].lower() not in " ".join(text[s:end].split()).lower() and a["name"] not in ("-",):
                    print(f"warning: {story} sentence {e['sentence']}: actor {a['name']!r} not printed there",
                          file=sys.stderr)
            events.append({**e, "start": s, "end": end, "sentence_hash": short_hash(text[s:end])})
        for ent in ann["entities"]:
            names = [ent["name"]] + ent.get("aka", [])
            flat = " ".join(text.split()).lower()
            if not any(n.lower() in flat for n in names):
                print(f"warning: {story}: entity {ent['name']!r} not printed in the text", file=sys.stderr)
        out = {"id": story, "corpus": "bbc" if story.startswith("bbc-") else "reuters21578",
               "pool": ann["pool"], "published": r.get("published"),
               "split": "heldout" if int(hashlib.sha256(story.encode()).hexdigest(), 16) % 2 else "tune",
               "text_hash": short_hash(text), "sentences": [[s, e] for s, e in spans],
               "events": events, "entities": ann["entities"]}
        if ann["note"]:
            out["note"] = ann["note"]
        lines.append(json.dumps(out, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} stories, {sum(len(s['events']) for s in stories.values())} events, "
          f"{sum(len(s['entities']) for s in stories.values())} entities to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    if sys.argv[1] == "show":
        show(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == "build":
        build(sys.argv[2])
    else:
        raise SystemExit(__doc__)
