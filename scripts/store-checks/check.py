#!/usr/bin/env python3
"""Issue 14's store checks on an Attaché data folder (Python 3, standard library; reads the store, writes nothing).

    python3 scripts/store-checks/check.py DATA [NAME ...]

1. entities named by a demonym or a descriptor (the gazetteer's demonyms and the resolver's descriptors, with
   their plurals in -s): there should be none;
2. the PERSON entities whose name contains each NAME (default: Reagan, Shultz, Schultz, Gorbachev), with their
   mention counts: one entity per person;
3. countries as of the article's date: entities and event actors coded RUS or SUN (and the other former
   states) on articles published before 1992-01-01 (RUS should not appear);
4. event dates: events with a year before 1900, and events whose date text is a clock time ("1800 GMT").
"""
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEMONYMS = os.path.join(ROOT, "attache-names/src/main/resources/org/attache/nlp/gazetteer/demonyms.txt")
DESCRIPTORS = os.path.join(ROOT, "attache-nlp/src/main/resources/org/attache/nlp/resolve/descriptors.txt")


def descriptor_words():
    words = set()
    for line in open(DEMONYMS, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#") and "|" in line:
            words.update(w.lower() for w in line.split("|")[1:])
    for line in open(DESCRIPTORS, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.lower())
    return words | {w + "s" for w in words}


def base_forms():
    return {w for w in descriptor_words() if not w.endswith("s") or w[:-1] not in descriptor_words()}


def main(argv):
    if len(argv) < 2:
        print("usage: check.py DATA [NAME ...]", file=sys.stderr)
        return 2
    db_path = os.path.join(argv[1], "attache.db")
    if not os.path.isfile(db_path):
        print(f"check.py: no store at {db_path}", file=sys.stderr)
        return 2
    names = argv[2:] or ["Reagan", "Shultz", "Schultz", "Gorbachev"]
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    print("articles:", db.execute("select count(*) from articles").fetchone()[0])
    print("entities:", db.execute("select count(*) from entities").fetchone()[0])

    words = descriptor_words()
    rows = db.execute("select e.name, e.type, count(m.entity_id) from entities e "
                      "left join entity_mentions m on m.entity_id = e.id group by e.id").fetchall()
    # a place named by a demonym's plural is a country's own name ("Philippines"), not a descriptor
    hits = sorted((r for r in rows if r[0].lower() in words
                   and not (r[1] == "LOCATION" and r[0].lower() not in base_forms())), key=lambda r: -r[2])
    print(f"1. entities named by a demonym or descriptor: {len(hits)}", hits[:10])

    print("2. PERSON entities by name (name, country, mentions):")
    for n in names:
        found = db.execute("select e.name, e.country, count(m.entity_id) from entities e "
                           "left join entity_mentions m on m.entity_id = e.id "
                           "where e.type = 'PERSON' and e.name like ? group by e.id order by 3 desc",
                           (f"%{n}%",)).fetchall()
        print(f"   {n}: {len(found)} entities", found)

    former = ("RUS", "SUN", "DDR", "YUG", "CSK")
    q = ",".join("?" * len(former))
    ent = db.execute(f"select e.country, count(distinct e.id) from entities e "
                     f"join entity_mentions m on m.entity_id = e.id join articles a on a.id = m.article_id "
                     f"where e.country in ({q}) and a.published_value < '1992-01-01' group by e.country", former).fetchall()
    act = db.execute(f"select x.country, count(*) from event_actors x join events v on v.id = x.event_id "
                     f"where x.country in ({q}) and v.article_day < '1992-01-01' group by x.country", former).fetchall()
    print("3. before 1992: entities by country", dict(ent), "; event actors by country", dict(act))

    early = db.execute("select count(*) from events where date_start glob '[0-9][0-9][0-9][0-9]*' "
                       "and substr(date_start, 1, 4) < '1900'").fetchone()[0]
    clock = sum(1 for (t,) in db.execute("select date_text from events where date_text is not null")
                if re.search(r"\b\d{4}\s*(GMT|EST|EDT|BST|CET|local time|hrs)\b", t))
    print(f"4. events with a year before 1900: {early}; events dated from a clock time: {clock}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
