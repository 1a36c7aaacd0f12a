from nocodo.modes.postprocess import clean_answer, end_of_first_block, first_item, reindent, split_use_lines


def test_think_blocks_fences_and_imports_are_removed():
    raw = "<think>which column?</think>\n```rust\nuse diesel::prelude::*;\nfn a() -> i32 {\n    1\n}\n```\ntrailing talk"
    assert clean_answer(raw).strip() == "fn a() -> i32 {\n    1\n}"


def test_unclosed_think_block_is_dropped():
    assert clean_answer("fn a() {}\n<think>never closed") == "fn a() {}\n"


def test_prefilled_code_before_a_fence_is_kept():
    assert clean_answer("fn a() {\n```\n    1\n}\n```").replace("\n", "") == "fn a() {    1}"


def test_use_lines_are_returned_for_reinjection():
    code, uses = split_use_lines("use a::b;\npub use c::{d, e};\nfn x() {}\n")
    assert uses == ["use a::b;", "pub use c::{d, e};"] and code == "fn x() {}\n"


def test_first_item_ignores_braces_in_strings_comments_and_chars():
    code = 'fn a() {\n    let s = "}"; // }\n    let c = \'{\';\n    format!("{}", s)\n}\nfn b() {}'
    assert first_item(code).endswith('format!("{}", s)\n}')
    assert end_of_first_block("fn a() {") is None


def test_first_item_keeps_the_semicolon_of_a_macro():
    block = "diesel::table! {\n    a (id) {\n        id -> Integer,\n    }\n}"
    assert first_item(block + "\n\nrest") == block
    assert first_item("thing! { x };\nrest") == "thing! { x };"


def test_reindent_keeps_relative_indentation():
    assert reindent("  fn a() {\n      1\n  }", "    ") == "    fn a() {\n        1\n    }"
