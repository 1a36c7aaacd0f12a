"""Table and model names from an English dictionary, not from suffix rules."""

import pytest

from nocodo.modes.diesel.naming import is_plural, model_name, plural, singular
from nocodo.server.planning import product_owner, project_manager
from nocodo.server.planning.protocol import Entity


@pytest.mark.parametrize("many, one", [
    ("statuses", "status"), ("analyses", "analysis"), ("series", "series"), ("children", "child"),
    ("people", "person"), ("sheep", "sheep"), ("categories", "category"), ("classes", "class"),
    ("addresses", "address"), ("wolves", "wolf"), ("kegs", "keg"), ("staff_members", "staff_member"),
    # a business's own word the dictionary does not know keeps the regular rules
    ("glampods", "glampod"),
])
def test_a_plural_and_its_singular_go_both_ways(many, one):
    assert singular(many) == one
    assert plural(one) == many
    assert singular(one) == one  # a singular stays as it is


def test_a_compound_changes_only_its_last_word_and_models_are_pascal_case():
    assert plural("tasting_note") == "tasting_notes"
    assert model_name("children") == "Child"
    assert model_name("people") == "Person"
    assert model_name("leaf_samples") == "LeafSample"
    assert singular("Categories") == "Category"


@pytest.mark.parametrize("word, many", [
    ("children", True), ("people", True), ("mice", True), ("kegs", True), ("glampods", True),
    ("series", False), ("sheep", False), ("address", False), ("status", False), ("news", False),
])
def test_plural_nouns_are_told_by_the_dictionary(word, many):
    assert is_plural(word) is many


def test_a_description_naming_children_plans_a_children_table_and_a_child_model():
    records = product_owner.heuristic_entities("A nursery where parents enrol children in rooms")
    assert "child" in records
    tasks = project_manager.entity_tasks(Entity(name="child", fields=[]))
    assert tasks[0]["args"]["table"] == "children"
    assert {t["title"] for t in tasks} >= {"Child read model", "NewChild insert model"}
