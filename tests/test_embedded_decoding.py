"""The in-process decoding loop with the real embedded model: grammar, stops, limits, KV reuse."""

import pytest

from nocodo.server.backends import CompletionRequest, create_backend
from nocodo.server.backends.embedded import EmbeddedBackend, packaged_model_path
from nocodo.server.config import resolve_settings

pytestmark = pytest.mark.model

PROMPT = "// Rust\nfn main() {\n    println!(\"hello\");\n}\n\nfn add(a: i32, b: i32) -> i32 {\n"


@pytest.fixture(scope="module")
def backend():
    backend = create_backend(resolve_settings({}, {}))
    yield backend
    backend.close()


def test_a_grammar_the_model_would_never_choose_is_still_followed(backend):
    # Nothing in the model's top candidates fits, so every token takes the whole-vocabulary path.
    grammar = 'root ::= "    zq" [0-9] "xv" [0-9] "\\n}"'
    completion = backend.complete(CompletionRequest(prompt=PROMPT, max_tokens=30, grammar=grammar))
    assert completion.text.startswith("    zq") and completion.text.endswith("\n}")
    assert completion.text[6].isdigit() and completion.text[7:9] == "xv"


def test_grammar_alternatives_are_chosen_by_the_model(backend):
    grammar = 'root ::= "    " ( "a + b" | "a - b" | "a * b" ) "\\n}"'
    completion = backend.complete(CompletionRequest(prompt=PROMPT, max_tokens=20, grammar=grammar, temperature=0.0))
    assert completion.text == "    a + b\n}"


def test_stop_sequences_end_the_text_before_them(backend):
    completion = backend.complete(CompletionRequest(prompt=PROMPT, max_tokens=40, stop=["}"], temperature=0.0))
    assert "}" not in completion.text and completion.text.strip()


def test_max_tokens_bounds_the_answer_and_pieces_count_tokens(backend):
    completion = backend.complete(CompletionRequest(prompt=PROMPT + "    // ", max_tokens=5, temperature=0.0))
    assert completion.completion_tokens == 5


def test_a_prompt_sharing_a_prefix_reuses_its_evaluated_tokens(backend):
    shared = PROMPT * 10
    backend.complete(CompletionRequest(prompt=shared + "    a", max_tokens=3, temperature=0.0))
    again = backend.complete(CompletionRequest(prompt=shared + "    b", max_tokens=3, temperature=0.0))
    assert again.cached_prompt_tokens >= again.prompt_tokens - 4


def test_a_new_process_starts_from_the_shared_prefix_saved_on_disk(tmp_path):
    model = packaged_model_path(resolve_settings({}, {}).cache_dir / "models")
    shared = PROMPT * 40
    request = CompletionRequest(prompt=shared + "    a", max_tokens=8, temperature=0.0, shared_prefix=shared)

    def run() -> tuple:
        backend = EmbeddedBackend(model, tmp_path)
        try:
            return backend.complete(request)
        finally:
            backend.close()

    first = run()
    assert first.shared_prefix_source == "evaluated"
    [stored] = (tmp_path / "kv").glob("*.kv")
    whole = stored.stat().st_size
    second = run()  # a fresh model instance, as in a new process
    assert second.shared_prefix_source == "disk"
    assert second.text == first.text
    stored.write_bytes(stored.read_bytes()[: whole // 2])  # a file cut short by a crash
    third = run()
    assert third.shared_prefix_source == "evaluated" and third.text == first.text
    assert stored.stat().st_size == whole
