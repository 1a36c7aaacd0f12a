"""Settings: editor (initializationOptions / didChangeConfiguration), then environment, then defaults."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal, Mapping

from urllib.parse import urlsplit

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic.alias_generators import to_camel

BackendKind = Literal["embedded", "llama_cpp_server", "openai"]
#: auto: check when cargo is found and the crate's dependencies are available offline
CompileCheck = Literal["auto", "off", "required"]

#: environment variable -> setting it provides
ENVIRONMENT = {
    "NOCODO_BACKEND": "backend",
    "NOCODO_MODEL_PATH": "model_path",
    "LLAMA_CPP_BASE_URL": "base_url",
    "RUST_ENGINEER_MODEL": "model",
    "NOCODO_TEMPERATURE": "temperature",
    "NOCODO_MAX_RETRIES": "max_retries",
    "NOCODO_COMPILE_CHECK": "compile_check",
    "NOCODO_TYPE_CHECK": "type_check",
    "NOCODO_CARGO_CONFIG": "cargo_config",
    "NOCODO_CARGO_TARGET_DIR": "cargo_target_dir",
}


class SettingsError(ValueError):
    """Settings that cannot be used; the message names each bad key."""


def _drop_unset(options: Any) -> Any:
    """Editors send empty strings and nulls for settings the user left unset."""
    if isinstance(options, Mapping):
        return {key: value for key, value in options.items() if value not in (None, "")}
    return options


def _http_url(value: str) -> str:
    """`value` when it is an http(s) URL with a host (and a numeric port, if any)."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL such as http://localhost:8080")
    try:
        parts.port
    except ValueError:
        raise ValueError(f"{value!r} has a port that is not a number from 0 to 65535") from None
    return value.strip()


class PlanningSettings(BaseModel):
    """The `planning` section: the same keys as the modes' settings, each optional.

    A key left out follows the modes' value. Values are checked when the settings arrive, and
    an unknown key is refused (it is most likely a misspelt one), so a bad value never waits
    for the middle of a planning task to fail.
    """

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="forbid", frozen=True)

    backend: BackendKind | None = None
    model_path: Path | None = None
    base_url: str | None = None
    model: str | None = None
    api_key_env: str | None = None
    temperature: float | None = Field(None, ge=0.0, le=1.0)
    max_retries: int | None = Field(None, ge=0, le=5)

    @field_validator("base_url")
    @classmethod
    def base_url_is_a_url(cls, value: str | None) -> str | None:
        return None if value is None else _http_url(value)

    def overrides(self) -> dict[str, Any]:
        """The keys this section sets, by field name."""
        return self.model_dump(exclude_none=True)


class Settings(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore", frozen=True)

    backend: BackendKind = "embedded"
    model_path: Path | None = None
    base_url: str = "http://localhost:8080"
    model: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    temperature: float = Field(0.1, ge=0.0, le=1.0)
    max_retries: int = Field(2, ge=0, le=5)
    #: type-check each candidate with `cargo check` in a shadow copy of its crate
    compile_check: CompileCheck = "auto"
    #: type-check each TypeScript candidate with the frontend's own TypeScript (a long-lived checker)
    #: (auto: when the frontend's node_modules holds typescript; required: only what type-checks)
    type_check: CompileCheck = "auto"
    #: a Cargo config file the compile check passes with `--config` (e.g. an offline crate source)
    cargo_config: Path | None = None
    #: where the compile check builds; default `.nocodo/target` in the workspace
    cargo_target_dir: Path | None = None
    #: Planning may use another model (a larger one, or an endpoint); unset keys follow the modes'.
    planning: PlanningSettings = PlanningSettings()
    cache_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_cache_dir("nocodo-lsp")))

    @field_validator("base_url")
    @classmethod
    def base_url_is_a_url(cls, value: str) -> str:
        return _http_url(value)

    def backend_key(self) -> tuple:
        """What identifies the backend instance: changing anything else needs no reload."""
        return (self.backend, self.model_path, self.base_url, self.model, self.api_key_env)

    @field_validator("planning", mode="before")
    @classmethod
    def _planning_unset_keys(cls, value: Any) -> Any:
        return {} if value is None or value == "" else _drop_unset(value)

    def for_planning(self) -> "Settings":
        """The settings planning uses: these, overridden by the keys the `planning` section sets.

        Both were checked when they arrived, so this cannot fail.
        """
        overrides = self.planning.overrides()
        return self.model_copy(update={**overrides, "planning": PlanningSettings()}) if overrides else self


def _from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    values = {setting: environ[variable] for variable, setting in ENVIRONMENT.items() if environ.get(variable)}
    # The seed project selects its llama.cpp server with LLAMA_CPP_BASE_URL alone.
    if "base_url" in values and "backend" not in values:
        values["backend"] = "llama_cpp_server"
    return values


def _editor_values(options: Any) -> dict[str, Any]:
    if not options:
        return {}
    if not isinstance(options, Mapping):
        raise SettingsError(f"invalid nocodo settings: expected an object of settings, got {_shape(options)}")
    if "nocodo" in options:
        options = options["nocodo"] or {}
        if not isinstance(options, Mapping):
            raise SettingsError(f"invalid nocodo settings: `nocodo` must be an object of settings, got {_shape(options)}")
    return _drop_unset(options)


def _shape(value: Any) -> str:
    return {str: "a string", list: "a list", bool: "a boolean", int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def _field_name(key: str) -> str:
    if key in Settings.model_fields:
        return key
    return next((name for name, info in Settings.model_fields.items() if info.alias == key), key)


def resolve_settings(options: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    values = _from_environment(os.environ if environ is None else environ)
    merged: dict[str, Any] = {**values}
    for key, value in _editor_values(options).items():
        merged[_field_name(key)] = value
    try:
        return Settings.model_validate(merged)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in issue['loc']) or 'settings'}: {issue['msg']}" for issue in error.errors()
        )
        raise SettingsError(f"invalid nocodo settings: {problems}") from error
