"""Records and relations read from descriptions: the cases in cases.toml, one test each."""

from pathlib import Path

import pytest

from nocodo.modes.testing import load_cases
from nocodo.server.planning import product_owner
from nocodo.server.planning.fields import field_choices
from nocodo.server.planning.reading import read_relations

CASES = Path(__file__).with_name("cases.toml")


def shown(relation) -> str:
    return f"{relation.child} {'><' if relation.kind == 'many_to_many' else '>'} {relation.parent}"


@pytest.mark.parametrize("case", load_cases(CASES, "describe", ("description", "records", "not_records", "relations")))
def test_description(case):
    records = product_owner.heuristic_entities(case["description"])
    assert records == case["records"]
    assert not set(case.get("not_records", [])) & set(records)
    assert sorted(shown(r) for r in read_relations(case["description"], records)) == sorted(case["relations"])


@pytest.mark.parametrize("case", load_cases(CASES, "holds", ("description", "record", "offered", "absent")))
def test_fields_offered(case):
    offered = list(field_choices(case["record"], case["description"]))
    assert offered[: len(case["offered"])] == case["offered"]
    assert not set(case["absent"]) & set(offered)


def test_a_verb_or_half_a_compound_from_the_model_is_dropped():
    class Proposes:
        def complete(self, request, cancel=None):
            from types import SimpleNamespace

            return SimpleNamespace(text='{"entities": ["book", "appointment", "repair", "job", "stylist", "dragon"]}')

    offered = product_owner.propose_entities("clients book appointments with stylists and we log repair jobs", Proposes())
    assert offered == ["client", "appointment", "stylist", "repair job"]


def test_the_score_counts_a_missed_relation_and_a_wrong_record():
    from nocodo.server.planning.score import score

    cases = [{"id": "x", "description": "customers bring their bikes in", "records": ["customer", "bike"],
              "relations": ["bike > customer"]},
             {"id": "y", "description": "A salon where clients book appointments", "records": ["client"],
              "not_records": ["appointment"], "relations": []}]
    totals, misses = score(cases)
    assert totals == {"descriptions": 2, "records right": 1, "relations right": 1, "asked": 1, "wrong": 1}
    assert len(misses) == 1 and misses[0].startswith("y:")
