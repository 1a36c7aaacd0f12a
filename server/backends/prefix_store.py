"""The KV state of each mode's pattern-library prefix, kept on disk across processes.

Every prompt of a mode starts with the same ~2,500 tokens of examples. Evaluating them costs a
fresh process (the CLI, a new editor session) several seconds before the first token; restoring
their saved state from disk costs a fraction of that. A file is keyed by the model file, the
llama.cpp build and the prefix's tokens, and checked by a digest before use: a stale, truncated or
foreign file is deleted and the prefix evaluated as if there were none.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import struct
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"nocodo-kv-1\n"
#: files kept; the oldest by use go first
KEEP = 8
_HEADER = struct.Struct("<32sII")  # digest of the rest, token count, state byte count


class PrefixStore:
    def __init__(self, folder: Path, model_path: Path, build: str):
        self.folder = folder
        stat = model_path.stat()
        self._identity = f"{model_path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{build}".encode()

    def path_for(self, tokens: list[int]) -> Path:
        digest = hashlib.sha256(self._identity + _token_bytes(tokens)).hexdigest()[:32]
        return self.folder / f"{digest}.kv"

    def restore(self, llama, tokens: list[int]) -> bool:
        """Put the saved state of `tokens` into `llama`; False when there is none usable."""
        path = self.path_for(tokens)
        try:
            data = path.read_bytes()
        except OSError:
            return False
        state = _unpack(data, tokens)
        if state is None:
            log.warning("discarding the unusable prefix state %s", path)
            path.unlink(missing_ok=True)
            return False
        import llama_cpp

        buffer = (ctypes.c_uint8 * len(state)).from_buffer_copy(state)
        if llama_cpp.llama_state_set_data(llama._ctx.ctx, buffer, len(state)) != len(state):
            log.warning("llama.cpp refused the prefix state %s; discarding it", path)
            path.unlink(missing_ok=True)
            llama.n_tokens = 0
            return False
        llama.input_ids[: len(tokens)] = tokens
        llama.n_tokens = len(tokens)
        os.utime(path)
        return True

    def has(self, tokens: list[int]) -> bool:
        return self.path_for(tokens).is_file()

    def save(self, llama, tokens: list[int]) -> None:
        """Save `llama`'s state, which must hold exactly `tokens`, written whole or not at all."""
        import llama_cpp

        size = llama_cpp.llama_state_get_size(llama._ctx.ctx)
        buffer = (ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_get_data(llama._ctx.ctx, buffer, size)
        body = _token_bytes(tokens) + bytes(buffer)[:written]
        header = _HEADER.pack(hashlib.sha256(body).digest(), len(tokens), written)
        path = self.path_for(tokens)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.partial")
            partial.write_bytes(MAGIC + header + body)
            os.replace(partial, path)
            self._prune()
        except OSError as error:  # a full or read-only disk only costs speed
            log.warning("could not save the prefix state to %s: %s", path, error)

    def _prune(self) -> None:
        files = sorted(self.folder.glob("*.kv"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP:]:
            old.unlink(missing_ok=True)
        for partial in self.folder.glob("*.partial"):
            partial.unlink(missing_ok=True)


def _token_bytes(tokens: list[int]) -> bytes:
    return struct.pack(f"<{len(tokens)}i", *tokens)


def _unpack(data: bytes, tokens: list[int]) -> bytes | None:
    """The state bytes of a well-formed file for exactly these tokens, else None."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _HEADER.size:
        return None
    digest, count, size = _HEADER.unpack_from(data, len(MAGIC))
    body = data[len(MAGIC) + _HEADER.size :]
    if count != len(tokens) or len(body) != 4 * count + size or hashlib.sha256(body).digest() != digest:
        return None
    if body[: 4 * count] != _token_bytes(tokens):
        return None
    return body[4 * count :]
