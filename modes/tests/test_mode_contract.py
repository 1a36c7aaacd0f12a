"""The contract every registered mode keeps, and the declaration checks `Mode` makes at import."""

import dataclasses
import importlib
import json
import tomllib
from pathlib import Path

import pytest

from nocodo.modes import ALL_MODES, ModeError, get_mode
from nocodo.modes.base import ModeArg, ModeDeclarationError, load_patterns
from nocodo.modes.diesel.model_fn import MODE as MODEL_FN
from nocodo.modes.syntax import parse, syntax_problems

MODES_ROOT = Path(importlib.import_module("nocodo.modes").__file__).parent
TREE_SITTER_LANGUAGE = {".rs": "rust", ".ts": "typescript", ".tsx": "tsx"}

each_mode = pytest.mark.parametrize("mode", ALL_MODES, ids=[mode.id for mode in ALL_MODES])


def test_ids_are_unique_and_found():
    ids = [mode.id for mode in ALL_MODES]
    assert len(ids) == len(set(ids))
    assert all(get_mode(mode_id).id == mode_id for mode_id in ids)
    with pytest.raises(ModeError, match="unknown mode `diesel.nope`"):
        get_mode("diesel.nope")


@each_mode
def test_id_maps_to_its_folder_and_module(mode):
    assert mode.folder == MODES_ROOT.joinpath(*mode.id.split("."))
    assert importlib.import_module(f"nocodo.modes.{mode.id}").MODE is mode


@each_mode
def test_pattern_files_exist_and_parse(mode):
    patterns = mode.patterns()
    assert patterns, f"{mode.id} has no pattern files"
    for path in sorted(mode.patterns_dir.iterdir()):
        tree = parse(path.read_text(encoding="utf-8"), TREE_SITTER_LANGUAGE[path.suffix])
        assert syntax_problems(tree) == [], path.name


@each_mode
def test_descriptions_are_not_empty(mode):
    assert mode.title.strip() and mode.description.strip()
    assert all(arg.name and arg.description.strip() for arg in mode.args)


@each_mode
def test_summary_survives_json(mode):
    summary = mode.summary()
    assert json.loads(json.dumps(summary)) == summary
    assert set(summary) == {"id", "title", "language", "description", "args"}
    assert summary["id"] == mode.id and [a["name"] for a in summary["args"]] == [a.name for a in mode.args]


@each_mode
def test_it_has_tests(mode):
    assert sorted((mode.folder / "tests").glob("test_*.py")), f"{mode.id} has no tests/test_*.py"


@each_mode
def test_its_validator_has_cases_that_pass_and_cases_that_fail(mode):
    """A new mode starts from cases as data: tests/cases.toml with [[validate]] both ways."""
    cases = tomllib.loads((mode.folder / "tests" / "cases.toml").read_text(encoding="utf-8")).get("validate", [])
    assert any(c.get("passes") or c.get("no_errors") for c in cases), f"{mode.id}: no [[validate]] case that passes"
    assert any("error_contains" in c or "finding_contains" in c for c in cases), f"{mode.id}: no [[validate]] case that fails"


def _pattern_folder(tmp_path: Path, mode_id: str, files: dict[str, str]) -> Path:
    folder = tmp_path.joinpath(*mode_id.split("."), "patterns")
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def test_a_pattern_file_with_an_unknown_suffix_is_refused_not_skipped(tmp_path):
    folder = _pattern_folder(tmp_path, MODEL_FN.id, {"01_books.rs": "fn a() {}\n", "02_orders.rs.txt": "fn b() {}\n"})
    with pytest.raises(ModeDeclarationError, match="02_orders.rs.txt is not one of .rs"):
        dataclasses.replace(MODEL_FN, patterns_dir=folder)
    with pytest.raises(ModeDeclarationError, match="02_orders.rs.txt"):
        load_patterns(folder, (".rs",))


def test_a_missing_or_empty_pattern_folder_is_refused(tmp_path):
    with pytest.raises(ModeDeclarationError, match="pattern folder .* does not exist"):
        dataclasses.replace(MODEL_FN, patterns_dir=tmp_path / "diesel" / "model_fn" / "patterns")
    folder = _pattern_folder(tmp_path, MODEL_FN.id, {})
    with pytest.raises(ModeDeclarationError, match="is empty"):
        dataclasses.replace(MODEL_FN, patterns_dir=folder)


def test_an_id_that_does_not_match_its_folder_is_refused():
    with pytest.raises(ModeDeclarationError, match="does not match its id"):
        dataclasses.replace(MODEL_FN, id="diesel.model_func")
    with pytest.raises(ModeDeclarationError, match="dotted lowercase"):
        dataclasses.replace(MODEL_FN, id="Diesel Model Fn")


def test_empty_texts_and_bad_arguments_are_refused():
    with pytest.raises(ModeDeclarationError, match="its description is empty"):
        dataclasses.replace(MODEL_FN, description="  ")
    with pytest.raises(ModeDeclarationError, match="its title is empty"):
        dataclasses.replace(MODEL_FN, title="")
    with pytest.raises(ModeDeclarationError, match="`name` is declared twice"):
        dataclasses.replace(MODEL_FN, args=(ModeArg("name", "a"), ModeArg("name", "b")))
    with pytest.raises(ModeDeclarationError, match="`doc` has no description"):
        dataclasses.replace(MODEL_FN, args=(ModeArg("doc", ""),))
    with pytest.raises(ModeDeclarationError, match="unknown language `cobol`"):
        dataclasses.replace(MODEL_FN, language="cobol")
    with pytest.raises(ModeDeclarationError, match="validate is not callable"):
        dataclasses.replace(MODEL_FN, validate=None)


def test_every_problem_is_named_at_once():
    with pytest.raises(ModeDeclarationError) as refused:
        dataclasses.replace(MODEL_FN, title="", description="", max_tokens=0)
    message = str(refused.value)
    assert message.startswith("mode `diesel.model_fn` is badly declared: ")
    assert "title is empty" in message and "description is empty" in message and "max_tokens" in message
