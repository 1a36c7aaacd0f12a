"""The reading's promise, over generated names: a word the reading does not place is asked about.

Names are made from a kind verb, a word no rule lists, and often a key (`list_haunted_by_number`)
on the schemas of reading_cases.toml. Unless the mode asks, the word must be in the reading: a
column of its, a value it compares with. The one reading that accounts for a word by another's
place is a participle before a preposition and a link or a time (`loans_taken_by_member`, as in
"orders placed by a customer"); those are left out of the words tried here by the check below.
"""

import random
import tomllib
from pathlib import Path

from nocodo.modes.diesel.model_fn.intent import read_intent, stem, variant_name
from nocodo.modes.diesel.model_fn.questions import question
from nocodo.modes.diesel.models import read_rust_file
from nocodo.modes.diesel.tables import parse_schema
from nocodo.modes.word_classes import is_participle

DATA = tomllib.loads((Path(__file__).parent / "reading_cases.toml").read_text(encoding="utf-8"))
SCHEMA = parse_schema(DATA["schema"])
MODELS = read_rust_file(DATA["models"])
#: words a shop owner might put in a name that no table of these schemas holds
UNLISTED = (
    "purple wobbly overdue local vip fragile weekend seasonal premium quiet haunted spare frozen northern "
    "loyal regular trusted risky bulky cheap shiny noisy dusty elderly junior brand lucky rainy sunny "
    "flagged starred pinned hidden archived featured pending outstanding overnight"
).split()
VERBS = ["list", "find", "count", "get", "all", "latest", "any"]


def placed(word: str, intent) -> bool:
    columns = {c.column for c in intent.conditions} | {c for c, _ in intent.assignments}
    columns |= {intent.order[0]} if intent.order else set()
    columns |= {intent.total} if intent.total else set()
    values = {variant_name(c.value or "").lower() for c in intent.conditions}
    return word in values or any(stem(word) == stem(part) for column in columns for part in column.split("_"))


def test_no_word_is_dropped_without_a_question():
    rng = random.Random(20)
    dropped = []
    for table in SCHEMA.tables.values():
        struct = next(s for s in MODELS.model_structs() if s.table == table.name)
        keys = [c.name for c in table.columns if c.name not in table.primary_key]
        for _ in range(300):
            word = rng.choice(UNLISTED)
            parts = [rng.choice(VERBS), word]
            link = rng.random() < 0.6
            if link:
                parts += ["by", rng.choice(keys)]
            name = "_".join(parts)
            if link and is_participle(word) and (parts[-1].endswith("_id") or parts[-1].endswith(("_at", "_on"))):
                continue  # the participle-and-link reading described above
            related = {key: SCHEMA.tables[parent] for child, parent, key in SCHEMA.joins if child == table.name}
            intent = read_intent(name, None, table, struct, MODELS.enums, related=related)
            if question(intent, name, None, table, struct, MODELS.enums) is None and not placed(word, intent):
                dropped.append(name)
    assert dropped == [], f"{len(dropped)} names read without their word and without a question: {sorted(set(dropped))[:10]}"
