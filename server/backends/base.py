"""The one interface every model backend implements.

A backend turns a raw prompt into a streamed continuation. Modes never talk to a backend
directly: the pipeline does, so that stopping at the end of an item, cancellation and timing
are handled once for every mode and every backend.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Protocol


class BackendError(RuntimeError):
    """The model could not be reached or could not answer; the message is shown to the user."""


class Cancelled(Exception):
    """The user cancelled while the model was generating."""


#: Called with the text generated so far; returning True stops generation early.
StopWhen = Callable[[str], bool]


@dataclass
class CompletionRequest:
    prompt: str
    max_tokens: int = 256
    temperature: float = 0.1
    stop: list[str] = field(default_factory=list)
    #: A llama.cpp GBNF grammar constraining the output, where the backend supports it.
    grammar: str | None = None
    seed: int = 42
    #: the start of `prompt` that many requests share (a mode's pattern library): a backend may
    #: keep its evaluated state, in memory or on disk, to skip it next time
    shared_prefix: str = ""


@dataclass
class Completion:
    text: str
    prompt_tokens: int = 0
    #: prompt tokens whose KV state was reused instead of evaluated, where the backend knows
    cached_prompt_tokens: int = 0
    #: where the shared prefix's state came from: memory, disk or evaluated ("" when not kept)
    shared_prefix_source: str = ""
    completion_tokens: int = 0
    seconds: float = 0.0
    #: until the first generated piece: mostly evaluating the uncached part of the prompt
    first_token_seconds: float = 0.0
    stopped_early: bool = False

    @property
    def tokens_per_second(self) -> float:
        """Decoding speed, prompt evaluation excluded."""
        decoding = self.seconds - self.first_token_seconds
        return (self.completion_tokens - 1) / decoding if decoding > 0 and self.completion_tokens > 1 else 0.0


class Backend(Protocol):
    name: str

    def describe(self) -> str:
        """A short human description: kind and model, never secrets."""

    def complete(
        self,
        request: CompletionRequest,
        stop_when: StopWhen | None = None,
        cancel: threading.Event | None = None,
    ) -> Completion:
        """Generate, streaming; raise Cancelled when `cancel` is set, BackendError on failure."""

    def close(self) -> None: ...


def stream_into_completion(
    pieces,
    request: CompletionRequest,
    stop_when: StopWhen | None,
    cancel: threading.Event | None,
    started: float,
) -> Completion:
    """Drain a stream of (text, prompt_tokens) pieces into one Completion.

    Shared by all backends so early stopping and cancellation behave the same everywhere.
    """
    text = ""
    tokens = 0
    prompt_tokens = 0
    stopped_early = False
    first_token = 0.0
    for piece, piece_prompt_tokens in pieces:
        if not first_token:
            first_token = time.perf_counter() - started
        if cancel is not None and cancel.is_set():
            raise Cancelled("generation cancelled")
        text += piece
        tokens += 1
        prompt_tokens = piece_prompt_tokens or prompt_tokens
        if stop_when is not None and stop_when(text):
            stopped_early = True
            break
    # A cancel that closed the stream ends it like a normal end: it is still a cancel.
    if cancel is not None and cancel.is_set() and not stopped_early:
        raise Cancelled("generation cancelled")
    return Completion(
        text=text,
        prompt_tokens=prompt_tokens,
        completion_tokens=tokens,
        seconds=time.perf_counter() - started,
        first_token_seconds=first_token,
        stopped_early=stopped_early,
    )
