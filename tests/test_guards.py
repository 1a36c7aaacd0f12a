"""The three guards without a server: argument parsing, names and paths, secret redaction."""

import logging

import pytest

from nocodo.modes import get_mode
from nocodo.modes.guard import UnsafeName, identifier, inside, words_identifier
from nocodo.server.arguments import BadArguments, check_mode_args, run_mode_params, shape
from nocodo.server.redact import RedactingFilter, redact, remember


@pytest.mark.parametrize(
    "arguments, message",
    [
        ([1, 2, 3], "takes a list holding one object"),
        (["diesel.model_fn"], "got a list of 1 (string)"),
        ([{}], "mode: Field required"),
        ([{"mode": "m", "uri": "file:///a.rs", "position": {"line": -1, "character": 0}}], "position.line"),
        ([{"mode": "m", "uri": "file:///a.rs", "position": {"line": 2**53, "character": 0}}], "less than or equal to 2147483647"),
        ([{"mode": "m", "uri": "file:///a.rs", "position": [1, 2]}], "position"),
        ([{"mode": "m", "uri": "file:///a.rs", "position": {"line": 1, "character": 0}, "args": "x"}], "args"),
    ],
)
def test_run_mode_arguments_of_the_wrong_shape_say_what_was_expected(arguments, message):
    with pytest.raises(BadArguments, match=r"nocodo\.runMode") as error:
        run_mode_params(arguments, "nocodo.runMode")
    assert message in str(error.value)


def test_an_alias_passes_its_mode_and_lua_empty_tables_are_no_args():
    params = run_mode_params([{"uri": "file:///a.rs", "position": {"line": 1, "character": 2}, "args": []}], "nocodo.diesel.schema", "diesel.schema")
    assert (params.mode, params.args, params.position.character) == ("diesel.schema", {}, 2)


def test_shapes_are_named_for_people():
    assert shape([1, 2]) == "a list of 2 (number)"
    assert shape({"a": 1}) == "an object"
    assert shape("x") == "a string"


@pytest.mark.parametrize("name", ["../../../../outside/evil", "evil.rs", "", "a b", "1abc", "x" * 65, "naïve"])
def test_names_that_are_not_identifiers_are_refused(name):
    with pytest.raises(UnsafeName, match="cannot be used as"):
        identifier(name, "a record name")


def test_names_in_words_become_snake_case_identifiers():
    assert words_identifier("Starts  at") == "starts_at"
    with pytest.raises(UnsafeName):
        words_identifier("../x")


def test_mode_arguments_naming_code_are_checked():
    mode = get_mode("diesel.model_fn")
    assert check_mode_args(mode, {"name": "find_by_email", "doc": "any words ../ at all"})["name"] == "find_by_email"
    with pytest.raises(BadArguments, match="the name of diesel.model_fn"):
        check_mode_args(mode, {"name": "../evil"})


def test_paths_are_resolved_inside_the_workspace(tmp_path):
    (tmp_path / "ws" / "src").mkdir(parents=True)
    assert inside(tmp_path / "ws", "src/models/a.rs") == (tmp_path / "ws/src/models/a.rs").resolve()
    for escaping in ("../outside/evil.rs", "/etc/passwd", "src/../../x.rs"):
        with pytest.raises(UnsafeName, match="outside the workspace"):
            inside(tmp_path / "ws", escaping)
    (tmp_path / "ws" / "link").symlink_to(tmp_path)
    with pytest.raises(UnsafeName):
        inside(tmp_path / "ws", "link/evil.rs")


def test_the_key_and_credential_shapes_are_masked():
    remember("sk-live-abcdef123456")
    text = "502 from proxy: Authorization: Bearer sk-live-abcdef123456\nx-api-key: other-secret-value key=sk-live-abcdef123456"
    cleaned = redact(text)
    assert "sk-live-abcdef123456" not in cleaned and "other-secret-value" not in cleaned
    assert "Bearer [redacted]" in cleaned
    assert redact("an ordinary message") == "an ordinary message"


def test_log_records_are_masked():
    remember("sk-log-0123456789")
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed with %s", ("sk-log-0123456789",), None)
    RedactingFilter().filter(record)
    assert "sk-log-0123456789" not in record.getMessage()


def test_a_damaged_run_record_is_skipped(tmp_path):
    from nocodo.server.runs import RunRecord, last_saved_run, runs_folder, save_run

    save_run(RunRecord(mode="diesel.model_fn", file="a.rs", line=0, character=0, status="ok"), tmp_path)
    (runs_folder(tmp_path) / "zzz-broken.json").write_text("{not json")
    assert last_saved_run(tmp_path).mode == "diesel.model_fn"
