"""Reading a table's columns and SQL types from a plain description: the [[description]] cases."""

from pathlib import Path

import pytest

from nocodo.modes.diesel.schema.description import plan_columns
from nocodo.modes.testing import load_cases

CASES = Path(__file__).parent / "cases.toml"
TABLES = {"customers", "authors", "warehouses", "books", "repair_jobs"}


@pytest.mark.parametrize("case", load_cases(CASES, "description", keys={"description", "columns", "names"}))
def test_columns_and_types_follow_the_words(case):
    planned = plan_columns(case["description"], TABLES)
    assert ("columns" in case) != ("names" in case), "a case expects either columns or names"
    if "columns" in case:
        assert [c.declaration() for c in planned] == case["columns"]
    else:
        assert [c.name for c in planned] == case["names"]
