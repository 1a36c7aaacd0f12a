"""hunk_edits: edits that touch only the changed lines and always reproduce the new text."""

import random

import pytest

from nocodo.modes.edits import apply_edits, hunk_edits


@pytest.mark.parametrize("seed", range(5))
def test_applying_the_hunks_gives_the_new_text(seed):
    rng = random.Random(seed)
    for _ in range(400):
        old = "\n".join(rng.choice("abc") for _ in range(rng.randint(0, 6))) + rng.choice(["", "\n"])
        new = "\n".join(rng.choice("abcd") for _ in range(rng.randint(0, 6))) + rng.choice(["", "\n"])
        assert apply_edits(old, hunk_edits(old, new)) == new, (old, new)


def test_unchanged_lines_are_not_touched():
    old = "one\ntwo\nthree\nfour\n"
    edits = hunk_edits(old, "one\nTWO\nthree\nfour\nfive\n")
    assert [(e.start_line, e.end_line, e.new_text) for e in edits] == [(1, 2, "TWO\n"), (4, 4, "five\n")]
