"""HTTP backends: a llama.cpp server or any OpenAI-compatible endpoint.

Both are spoken to through the raw `/v1/completions` endpoint, not chat: a base model continues
the prompt exactly as the pattern library sets it up.
"""

from __future__ import annotations

import json
import os
import threading
import time
import urllib.error
import urllib.request

from .base import BackendError, Completion, CompletionRequest, StopWhen, stream_into_completion

TIMEOUT_SECONDS = 120


def _server_sent_events(response):
    for raw_line in response:
        line = raw_line.decode("utf-8", errors="replace").strip()
        if not line.startswith("data:"):
            continue
        data = line[len("data:") :].strip()
        if data == "[DONE]":
            return
        try:
            yield json.loads(data)
        except json.JSONDecodeError as error:
            raise BackendError(f"the model server sent something that is not JSON: {data[:120]!r}") from error


class HttpBackend:
    def __init__(self, kind: str, base_url: str, model: str | None, api_key_env: str | None):
        self.name = kind
        self.base_url = base_url.rstrip("/")
        self.model = model
        self._api_key_env = api_key_env

    def describe(self) -> str:
        what = "llama.cpp server" if self.name == "llama_cpp_server" else "OpenAI-compatible server"
        return f"{what} at {self.base_url}" + (f" ({self.model})" if self.model else "")

    def _endpoint(self) -> str:
        return self.base_url + ("/completions" if self.base_url.endswith("/v1") else "/v1/completions")

    def _body(self, request: CompletionRequest) -> dict:
        body = {
            "prompt": request.prompt,
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
            "stream": True,
            "seed": request.seed,
        }
        if request.stop:
            body["stop"] = request.stop[:4]  # the OpenAI API accepts at most four
        if self.model:
            body["model"] = self.model
        if self.name == "llama_cpp_server":
            body["cache_prompt"] = True
            if request.grammar:
                body["grammar"] = request.grammar
        return body

    def _headers(self) -> dict:
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        key = os.environ.get(self._api_key_env) if self._api_key_env else None
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def complete(
        self,
        request: CompletionRequest,
        stop_when: StopWhen | None = None,
        cancel: threading.Event | None = None,
    ) -> Completion:
        started = time.perf_counter()
        http_request = urllib.request.Request(
            self._endpoint(), data=json.dumps(self._body(request)).encode("utf-8"), headers=self._headers()
        )
        try:
            response = urllib.request.urlopen(http_request, timeout=TIMEOUT_SECONDS)
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", errors="replace")[:300]
            raise BackendError(f"the model server at {self.base_url} answered {error.code}: {detail}") from error
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise BackendError(
                f"cannot reach the model server at {self.base_url} ({reason}); is it running? "
                "Set baseUrl (or LLAMA_CPP_BASE_URL) to where it listens."
            ) from error
        with response:
            pieces = self._pieces(response)
            try:
                return stream_into_completion(pieces, request, stop_when, cancel, started)
            except (OSError, TimeoutError) as error:
                raise BackendError(f"the model server at {self.base_url} stopped answering: {error}") from error

    @staticmethod
    def _pieces(response):
        prompt_tokens = 0
        for event in _server_sent_events(response):
            usage = event.get("usage") or {}
            prompt_tokens = usage.get("prompt_tokens", prompt_tokens)
            choices = event.get("choices") or []
            if not choices:
                continue
            text = choices[0].get("text")
            if text is None:
                raise BackendError(f"the model server's answer has no completion text: {json.dumps(event)[:200]}")
            if text:
                yield text, prompt_tokens

    def close(self) -> None:
        pass
