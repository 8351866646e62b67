#!/usr/bin/env bash
# Prints what a store holds as sorted id lists, one section per table, so that two stores can be compared with
# diff (issue 16's "same counts and ids" checks: SQLite against PostgreSQL, one writer against two, an order
# against its reverse). Reads only.
#
#   scripts/store-ids.sh DATA_FOLDER              # SQLite: DATA_FOLDER/attache.db
#   scripts/store-ids.sh jdbc:postgresql://HOST:PORT/DB?user=U    # or postgresql://…, as given to --db
#   diff <(scripts/store-ids.sh a) <(scripts/store-ids.sh b) && echo identical
#   scripts/store-ids.sh --counts DATA_OR_URL     # only the row count of each section
#
# Sections: articles (id, copy of, story), entities (id, type, name, country), mentions (article, offsets,
# entity), events (id, CAMEO code, story), event actors (event, role, position, entity, country), stories (id,
# type, dyad, days, counts, headline), story members (story, event). Needs sqlite3 or psql.
set -euo pipefail
counts=0
if [ "${1:-}" = "--counts" ]; then counts=1; shift; fi
[ $# -eq 1 ] || { echo "usage: $0 [--counts] DATA_FOLDER|jdbc:postgresql://…" >&2; exit 2; }
target="$1"

queries=(
  "articles|SELECT id, COALESCE(duplicate_of, ''), COALESCE(story_id, '') FROM articles ORDER BY id"
  "entities|SELECT id, type, name, COALESCE(country, '') FROM entities ORDER BY id"
  "mentions|SELECT article_id, start_offset, end_offset, entity_id FROM entity_mentions ORDER BY article_id, start_offset, end_offset"
  "events|SELECT id, cameo, COALESCE(story_id, '') FROM events ORDER BY id"
  "actors|SELECT event_id, role, position, COALESCE(entity_id, ''), COALESCE(country, '') FROM event_actors ORDER BY event_id, role, position"
  "stories|SELECT id, type, dyad, COALESCE(first_day, ''), COALESCE(last_day, ''), events, articles, sources, COALESCE(headline, '') FROM stories ORDER BY id"
  "members|SELECT story_id, id FROM events WHERE story_id IS NOT NULL ORDER BY story_id, id"
)

run() {
  case "$target" in
    jdbc:postgresql://*|postgresql://*|postgres://*)
      url="${target#jdbc:}"
      psql "$url" -X -q -At -F '|' -v ON_ERROR_STOP=1 -c "$1" ;;
    *)
      db="$target/attache.db"
      [ -f "$db" ] || { echo "$0: no store at $db" >&2; exit 1; }
      sqlite3 -readonly -separator '|' "$db" "$1" ;;
  esac
}

for q in "${queries[@]}"; do
  name="${q%%|*}"
  sql="${q#*|}"
  if [ "$counts" -eq 1 ]; then
    echo "$name $(run "$sql" | wc -l)"
  else
    echo "## $name"
    run "$sql" | LC_ALL=C sort   # the same order whatever the server's collation
  fi
done
