#!/usr/bin/env python3
"""Draws the stories of the facts development set (issue 14, item 9) from the shared corpora.

Reproducible: a fixed keyword prefilter, then a seeded random draw from each pool. The draw never looks at
what Attaché produces. Usage:

    python3 scripts/facts-devset/select.py ../shared/bench/corpus > /tmp/facts-selection.tsv

prints one line per drawn story: pool, story id, characters, countries named, cue words.
See docs/FACTS-DEVSET.md for the procedure in words.
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 14
MIN_CHARS, MAX_CHARS = 400, 3000

# Pool sizes: international-relations stories from each corpus, and near misses (company deals, markets).
DRAWS = {"reuters-ir": 58, "bbc-ir": 16, "reuters-near": 6, "bbc-near": 4}

# Countries and their usual demonyms or metonyms, as a 1987/2005 news desk writes them. Lower case; the
# text is matched on word boundaries, case-insensitively.
COUNTRIES = {
    "USA": ["united states", "u.s.", "american", "americans", "washington"],
    "SUN": ["soviet union", "soviet", "soviets", "ussr", "moscow", "kremlin"],
    "RUS": ["russia", "russian"],
    "JPN": ["japan", "japanese", "tokyo"],
    "CHN": ["china", "chinese", "peking", "beijing"],
    "TWN": ["taiwan", "taiwanese", "taipei"],
    "KOR": ["south korea", "south korean", "seoul"],
    "PRK": ["north korea", "north korean", "pyongyang"],
    "GBR": ["britain", "british", "united kingdom", "u.k.", "london"],
    "FRA": ["france", "french", "paris"],
    "DEU": ["west germany", "west german", "bonn", "germany", "german", "berlin"],
    "DDR": ["east germany", "east german"],
    "ITA": ["italy", "italian", "rome"],
    "ESP": ["spain", "spanish", "madrid"],
    "PRT": ["portugal", "portuguese"],
    "NLD": ["netherlands", "dutch", "holland"],
    "BEL": ["belgium", "belgian", "brussels"],
    "CHE": ["switzerland", "swiss"],
    "AUT": ["austria", "austrian"],
    "SWE": ["sweden", "swedish"],
    "NOR": ["norway", "norwegian"],
    "DNK": ["denmark", "danish"],
    "FIN": ["finland", "finnish"],
    "GRC": ["greece", "greek", "athens"],
    "TUR": ["turkey", "turkish", "ankara"],
    "POL": ["poland", "polish", "warsaw"],
    "HUN": ["hungary", "hungarian"],
    "CSK": ["czechoslovakia", "czechoslovak"],
    "ROU": ["romania", "romanian"],
    "BGR": ["bulgaria", "bulgarian"],
    "YUG": ["yugoslavia", "yugoslav"],
    "UKR": ["ukraine", "ukrainian"],
    "CAN": ["canada", "canadian", "ottawa"],
    "MEX": ["mexico", "mexican"],
    "BRA": ["brazil", "brazilian", "brasilia"],
    "ARG": ["argentina", "argentine"],
    "CHL": ["chile", "chilean"],
    "PER": ["peru", "peruvian"],
    "VEN": ["venezuela", "venezuelan"],
    "COL": ["colombia", "colombian"],
    "ECU": ["ecuador", "ecuadorean", "ecuadorian"],
    "BOL": ["bolivia", "bolivian"],
    "CUB": ["cuba", "cuban", "havana"],
    "NIC": ["nicaragua", "nicaraguan", "managua"],
    "PAN": ["panama", "panamanian"],
    "SLV": ["el salvador", "salvadorean"],
    "IRN": ["iran", "iranian", "tehran"],
    "IRQ": ["iraq", "iraqi", "baghdad"],
    "KWT": ["kuwait", "kuwaiti"],
    "SAU": ["saudi arabia", "saudi"],
    "ISR": ["israel", "israeli"],
    "EGY": ["egypt", "egyptian", "cairo"],
    "SYR": ["syria", "syrian", "damascus"],
    "LBN": ["lebanon", "lebanese", "beirut"],
    "JOR": ["jordan", "jordanian"],
    "LBY": ["libya", "libyan", "tripoli"],
    "PSE": ["palestinian", "palestinians"],
    "ARE": ["united arab emirates", "uae", "abu dhabi"],
    "QAT": ["qatar"],
    "OMN": ["oman"],
    "AFG": ["afghanistan", "afghan"],
    "PAK": ["pakistan", "pakistani", "islamabad"],
    "IND": ["india", "indian", "new delhi"],
    "BGD": ["bangladesh"],
    "LKA": ["sri lanka", "sri lankan"],
    "IDN": ["indonesia", "indonesian", "jakarta"],
    "MYS": ["malaysia", "malaysian", "kuala lumpur"],
    "SGP": ["singapore"],
    "THA": ["thailand", "thai", "bangkok"],
    "PHL": ["philippines", "philippine", "manila"],
    "VNM": ["vietnam", "vietnamese", "hanoi"],
    "KHM": ["cambodia", "kampuchea", "cambodian"],
    "AUS": ["australia", "australian", "canberra"],
    "NZL": ["new zealand"],
    "ZAF": ["south africa", "south african", "pretoria"],
    "NGA": ["nigeria", "nigerian", "lagos"],
    "KEN": ["kenya", "kenyan", "nairobi"],
    "ZWE": ["zimbabwe"],
    "ZMB": ["zambia", "zambian"],
    "AGO": ["angola", "angolan"],
    "MOZ": ["mozambique"],
    "ETH": ["ethiopia", "ethiopian"],
    "SDN": ["sudan", "sudanese"],
    "DZA": ["algeria", "algerian"],
    "MAR": ["morocco", "moroccan"],
    "TUN": ["tunisia", "tunisian"],
    "ZAR": ["zaire"],
    "GHA": ["ghana"],
    "CIV": ["ivory coast"],
}

# Cues of international-relations events, matched at a word start, case-insensitively; a cue ending in "$"
# must also end a word ("war$" is not "warrant", "aid$" not "aide").
IR_CUES = ["minister", "president", "prime minister", "government", "embass", "ambassador", "diplomat",
           "talks", "summit", "visit", "sanction", "embargo", "treaty", "troops", "militar", "army", "attack",
           "war$", "wars$", "accus", "protest", "aid$", "negotiat", "retaliat", "tariff", "envoy", "secretary of state",
           "state department", "foreign ministry", "warn", "threat", "condemn", "bomb", "guerrilla", "rebel",
           "ceasefire", "cease-fire", "nuclear", "arms$", "security council", "united nations", "nato"]

# Cues that make a company or market story look like an event (trigger words read wrongly).
NEAR_CUES = ["agree", "talks", "offer", "accus", "visit", "meet", "aid$", "warn", "reject", "support",
             "demand", "return", "order", "attack", "threat"]

COMPANY_TOPICS = {"acq", "earn"}


def words(pattern_list):
    return [(p.rstrip("$"), re.compile(r"(?<![a-z])" + re.escape(p.rstrip("$")) + (r"(?![a-z])" if p.endswith("$") else ""),
                                       re.IGNORECASE)) for p in pattern_list]


COUNTRY_RES = {code: [re.compile(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])", re.IGNORECASE) for n in names]
               for code, names in COUNTRIES.items()}
IR_RES = words(IR_CUES)
NEAR_RES = words(NEAR_CUES)


def countries_named(text):
    return sorted(code for code, res in COUNTRY_RES.items() if any(r.search(text) for r in res))


def cues(text, res):
    return sorted(p for p, r in res if r.search(text))


def is_ir(text):
    """At least two countries named and at least three distinct international-relations cues."""
    return len(countries_named(text)) >= 2 and len(cues(text, IR_RES)) >= 3


def read(path):
    seen = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            text = record.get("text") or ""
            key = " ".join(text.lower().split())
            if key in seen:  # an exact repeat of an earlier story's body
                continue
            seen.add(key)
            yield record


def main():
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/bench/corpus")
    pools = {name: [] for name in DRAWS}
    for record in read(corpus / "reuters21578.jsonl"):
        text = record["text"]
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        topics = set(record.get("tags", {}).get("topics", []))
        if is_ir(text) and not topics & COMPANY_TOPICS:
            pools["reuters-ir"].append(record)
        elif topics & COMPANY_TOPICS and len(cues(text, NEAR_RES)) >= 2:
            pools["reuters-near"].append(record)
    for record in read(corpus / "bbc.jsonl"):
        text = record["text"]
        section = record.get("section")
        if not MIN_CHARS <= len(text) <= MAX_CHARS or section not in ("politics", "business"):
            continue
        if is_ir(text):
            pools["bbc-ir"].append(record)
        elif section == "business" and len(cues(text, NEAR_RES)) >= 2:
            pools["bbc-near"].append(record)
    rng = random.Random(SEED)
    for name, size in DRAWS.items():
        pool = pools[name]
        drawn = rng.sample(pool, size)
        print(f"# {name}: {size} of {len(pool)}", file=sys.stderr)
        for record in drawn:
            text = record["text"]
            print("\t".join([name, record["id"], str(len(text)), ",".join(countries_named(text)),
                             ",".join(cues(text, IR_RES if name.endswith("-ir") else NEAR_RES))]))


if __name__ == "__main__":
    main()
