"""Token-by-token decoding for the in-process model, with the grammar checked candidate-first.

llama-cpp-python's own sampler chain runs the grammar over the whole vocabulary before top-k:
for Gemma's 262k tokens that is most of the time spent on every token, and under a grammar that
fixes most of the text it made decoding about four times slower than the model itself. Here the
model's likeliest tokens are tried against the grammar one at a time (as llama.cpp's own
`common_sampler` does) and the whole vocabulary is filtered only when none of them fits.
The sampling is the same distribution: top-k, temperature, restricted to what the grammar allows.
"""

from __future__ import annotations

import codecs
import ctypes
import math
from typing import Iterator

import numpy as np

#: candidates tried against the grammar before falling back to the whole vocabulary
TOP_K = 40


class GrammarGate:
    """A llama.cpp grammar sampler used only to ask "may this token come next?"."""

    def __init__(self, llama_cpp, vocab, grammar: str):
        self._lib = llama_cpp
        self._sampler = llama_cpp.llama_sampler_init_grammar(vocab, grammar.encode("utf-8"), b"root")
        if not self._sampler:
            raise ValueError("the grammar does not parse")
        self._one = (llama_cpp.llama_token_data * 1)()
        self._all: ctypes.Array | None = None

    def allows(self, token: int) -> bool:
        self._one[0].id, self._one[0].logit, self._one[0].p = token, 0.0, 0.0
        array = self._lib.llama_token_data_array(self._one, 1, -1, False)
        self._lib.llama_sampler_apply(self._sampler, ctypes.byref(array))
        return not math.isinf(self._one[0].logit)

    def allowed_among(self, logits: np.ndarray) -> np.ndarray:
        """Indices of every token the grammar allows next (the slow path)."""
        size = len(logits)
        if self._all is None:
            self._all = (self._lib.llama_token_data * size)()
        view = np.ctypeslib.as_array(self._all).view(np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)]))
        view["id"] = np.arange(size, dtype=np.int32)
        view["logit"] = logits
        array = self._lib.llama_token_data_array(self._all, size, -1, False)
        self._lib.llama_sampler_apply(self._sampler, ctypes.byref(array))
        return np.flatnonzero(np.isfinite(view["logit"]))

    def accept(self, token: int) -> None:
        self._lib.llama_sampler_accept(self._sampler, token)

    def close(self) -> None:
        if self._sampler:
            self._lib.llama_sampler_free(self._sampler)
            self._sampler = None


def _choose(candidates: np.ndarray, logits: np.ndarray, temperature: float, rng: np.random.Generator, allows) -> int | None:
    """Sample among `candidates` by temperature; the first in sampled order the grammar allows.

    Gumbel noise turns "sample, reject, sample again" into one ordering of the candidates."""
    scores = logits[candidates].astype(np.float64)
    if temperature > 0:
        scores = scores / temperature + rng.gumbel(size=len(candidates))
    for index in np.argsort(-scores):
        token = int(candidates[index])
        if allows(token):
            return token
    return None


def decode(llama, *, max_tokens: int, temperature: float, seed: int, grammar: str | None, stop: list[str]) -> Iterator[str]:
    """Yield the text of each new token after an evaluated prompt (see `evaluate_prompt`)."""
    import llama_cpp

    vocab = llama._model.vocab
    n_vocab = llama_cpp.llama_vocab_n_tokens(vocab)
    gate = GrammarGate(llama_cpp, vocab, grammar) if grammar else None
    rng = np.random.default_rng(seed)
    utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
    buffer = ctypes.create_string_buffer(64)
    allows = gate.allows if gate else (lambda token: True)
    text = ""
    emitted = 0
    try:
        for _ in range(max_tokens):
            pointer = llama_cpp.llama_get_logits_ith(llama._ctx.ctx, -1)
            logits = np.ctypeslib.as_array(pointer, shape=(n_vocab,))
            top = np.argpartition(logits, -TOP_K)[-TOP_K:]
            token = _choose(top, logits, temperature, rng, allows)
            if token is None and gate is not None:
                allowed = gate.allowed_among(logits)
                token = _choose(allowed, logits, temperature, rng, lambda t: True) if len(allowed) else None
            if token is None or llama_cpp.llama_vocab_is_eog(vocab, token):
                break
            if gate is not None:
                gate.accept(token)
            text += utf8.decode(_piece(llama_cpp, vocab, token, buffer))
            cut = min((i for i in (text.find(s) for s in stop) if i >= 0), default=-1)
            if cut >= 0:
                if cut > emitted:
                    yield text[emitted:cut]
                return
            # One piece per token (maybe empty), holding back what could start a stop sequence.
            safe = max(emitted, len(text) - max((len(s) - 1 for s in stop), default=0))
            yield text[emitted:safe]
            emitted = safe
            llama.eval([token])
        if len(text) > emitted:
            yield text[emitted:]
    finally:
        if gate is not None:
            gate.close()


def _piece(llama_cpp, vocab, token: int, buffer) -> bytes:
    length = llama_cpp.llama_token_to_piece(vocab, token, buffer, len(buffer), 0, False)
    return buffer.raw[: max(0, length)]


#: prompt tokens evaluated between two looks at the cancel event (about 0.3 s on 2 cores)
EVAL_CHUNK = 64


def evaluate_prompt(llama, prompt_tokens: list[int], cancelled=lambda: False) -> int:
    """Start from the longest evaluated prefix, live or saved, and evaluate the rest.

    At least the last token is evaluated again so its logits are fresh. Returns how many prompt
    tokens were reused rather than evaluated. A cold prompt takes seconds, so it is evaluated in
    chunks and `cancelled()` is asked between them; it returns None when cancelled."""
    evaluated = llama._input_ids[: llama.n_tokens].tolist()
    reusable = type(llama).longest_token_prefix(evaluated, prompt_tokens)
    if llama.cache is not None:
        try:
            saved = llama.cache[prompt_tokens]
        except KeyError:
            saved = None
        if saved is not None and type(llama).longest_token_prefix(saved.input_ids.tolist(), prompt_tokens) > reusable:
            llama.load_state(saved)
            reusable = type(llama).longest_token_prefix(llama._input_ids[: llama.n_tokens].tolist(), prompt_tokens)
    reusable = min(reusable, len(prompt_tokens) - 1)
    llama.n_tokens = reusable
    return reusable if evaluate_from(llama, prompt_tokens, reusable, cancelled) else None


def evaluate_from(llama, tokens: list[int], start: int, cancelled=lambda: False) -> bool:
    """Evaluate tokens[start:] after the first `start` (already live), in chunks, asking
    `cancelled()` between them; False when cancelled (the state then holds a valid prefix)."""
    llama.n_tokens = start
    for chunk in range(start, len(tokens), EVAL_CHUNK):
        if cancelled():
            return False
        llama.eval(tokens[chunk : chunk + EVAL_CHUNK])
    return True
