"""How well the Product Owner reads descriptions: `python -m nocodo.server.planning.score CASES`.

CASES is a TOML file of `[[describe]]` cases (tests/planning/cases.toml, or the blind set
tests/planning/blind_cases.toml). The records are offered as read, without the model; a relation
read for sure is offered as one sentence, a many-to-many beside its one-to-many reading. Per
description: records right (the offered set is the expected one), relations right (every
expected relation is among the offered choices and no other pair is offered), asked (a pair was
offered with two readings for the person to pick), wrong (a pair the description does not
relate, or a word that is no record, was offered).
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from .product_owner import propose_entities
from .reading import read_relations


def offered_sentences(relations) -> set[str]:
    offered = set()
    for r in relations:
        if r.kind == "many_to_many":
            offered |= {f"{r.child} >< {r.parent}", f"{r.parent} >< {r.child}", f"{r.child} > {r.parent}"}
        else:
            offered.add(f"{r.child} > {r.parent}")
    return offered


def score(cases: list[dict]) -> tuple[dict[str, int], list[str]]:
    totals = {"descriptions": len(cases), "records right": 0, "relations right": 0, "asked": 0, "wrong": 0}
    misses = []
    for case in cases:
        records = propose_entities(case["description"], None)
        relations = read_relations(case["description"], records)
        offered = offered_sentences(relations)
        wanted = set(case["relations"])
        wanted_pairs = {frozenset(w.replace(" >< ", " > ").split(" > ")) for w in wanted}
        read_pairs = {frozenset((r.child, r.parent)) for r in relations}
        records_right = set(records) == set(case["records"])
        relations_right = wanted <= offered and read_pairs <= wanted_pairs
        totals["records right"] += records_right
        totals["relations right"] += relations_right
        totals["asked"] += any(r.kind == "many_to_many" for r in relations)
        totals["wrong"] += bool(read_pairs - wanted_pairs) or bool(set(records) & set(case.get("not_records", [])))
        if not (records_right and relations_right):
            misses.append(f"{case['id']}: records {records} (expected {case['records']}); "
                          f"relations offered {sorted(offered)} (expected {sorted(wanted)})")
    return totals, misses


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("usage: python -m nocodo.server.planning.score CASES.toml", file=sys.stderr)
        return 2
    with open(argv[0], "rb") as file:
        totals, misses = score(tomllib.load(file)["describe"])
    for miss in misses:
        print("-", miss)
    print(", ".join(f"{name} {count}" for name, count in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
