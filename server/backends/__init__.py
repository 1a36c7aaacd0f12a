"""Model backends behind one interface, chosen by the settings."""

from __future__ import annotations

from ..config import Settings
from .base import Backend, BackendError, Cancelled, Completion, CompletionRequest
from .embedded import EmbeddedBackend
from .http import HttpBackend

__all__ = ["Backend", "BackendError", "Cancelled", "Completion", "CompletionRequest", "create_backend"]


def create_backend(settings: Settings) -> Backend:
    if settings.backend == "embedded":
        return EmbeddedBackend(settings.model_path, settings.cache_dir / "models")
    return HttpBackend(settings.backend, settings.base_url, settings.model, settings.api_key_env)
