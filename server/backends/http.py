"""HTTP backends: a llama.cpp server or any OpenAI-compatible endpoint.

Both are spoken to through the raw `/v1/completions` endpoint, not chat: a base model continues
the prompt exactly as the pattern library sets it up.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import threading
import time
from urllib.parse import urlsplit

from ..redact import redact, remember
from .base import BackendError, Cancelled, Completion, CompletionRequest, StopWhen, stream_into_completion

#: to open the connection: a server that does not accept within this is not there
CONNECT_TIMEOUT_SECONDS = 5
#: between two pieces of the answer (the first one includes evaluating the prompt)
READ_TIMEOUT_SECONDS = 120


#: a line longer than this is not a completion event
MAX_LINE_BYTES = 1 << 20


def _server_sent_events(response):
    while True:
        raw_line = response.readline(MAX_LINE_BYTES + 1)
        if not raw_line:
            return
        if len(raw_line) > MAX_LINE_BYTES:
            raise BackendError("the model server sent a line of more than 1 MB; it is not a completion stream")
        line = raw_line.decode("utf-8", errors="replace").strip()
        if not line.startswith("data:"):
            continue
        data = line[len("data:") :].strip()
        if data == "[DONE]":
            return
        try:
            yield json.loads(data)
        except json.JSONDecodeError as error:
            raise BackendError(redact(f"the model server sent something that is not JSON: {data[:120]!r}")) from error


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
            remember(key)  # whatever the server echoes back is masked before anyone sees it
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def _connection(self) -> tuple[http.client.HTTPConnection, str]:
        parts = urlsplit(self._endpoint())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BackendError(f"baseUrl {self.base_url!r} is not an http(s) URL such as http://localhost:8080")
        kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        try:
            connection = kind(parts.hostname, parts.port, timeout=CONNECT_TIMEOUT_SECONDS)
        except ValueError as error:
            raise BackendError(f"baseUrl {self.base_url!r} cannot be used: {error}") from None
        return connection, (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

    def complete(
        self,
        request: CompletionRequest,
        stop_when: StopWhen | None = None,
        cancel: threading.Event | None = None,
    ) -> Completion:
        started = time.perf_counter()
        connection, path = self._connection()
        body = json.dumps(self._body(request)).encode("utf-8")
        done = threading.Event()
        if cancel is not None:
            # Cancelling closes the connection, which wakes a read blocked on a silent server.
            threading.Thread(target=self._close_on_cancel, args=(connection, cancel, done), daemon=True).start()
        try:
            try:
                connection.connect()
                connection.sock.settimeout(READ_TIMEOUT_SECONDS)
                connection.request("POST", path, body=body, headers=self._headers())
                response = connection.getresponse()
            except (OSError, http.client.HTTPException) as error:
                self._raise_if_cancelled(cancel)
                if isinstance(error, (TimeoutError, socket.timeout)) and connection.sock is not None:
                    raise BackendError(
                        f"the model server at {self.base_url} accepted the connection but did not answer within "
                        f"{READ_TIMEOUT_SECONDS} s"
                    ) from None
                raise BackendError(
                    f"cannot reach the model server at {self.base_url} ({redact(str(error)) or type(error).__name__}); "
                    "is it running? Set baseUrl (or LLAMA_CPP_BASE_URL) to where it listens."
                ) from None
            if response.status >= 400:
                try:
                    detail = response.read(2000).decode("utf-8", errors="replace")[:300]
                except (OSError, http.client.HTTPException):
                    detail = ""
                raise BackendError(redact(f"the model server at {self.base_url} answered {response.status}: {detail}"))
            pieces = self._pieces(response)
            try:
                return stream_into_completion(pieces, request, stop_when, cancel, started)
            except (OSError, http.client.HTTPException, ValueError) as error:
                self._raise_if_cancelled(cancel)
                raise BackendError(
                    redact(f"the model server at {self.base_url} stopped answering: {error or type(error).__name__}")
                ) from None
        finally:
            done.set()
            connection.close()

    @staticmethod
    def _raise_if_cancelled(cancel: threading.Event | None) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled("generation cancelled")

    @staticmethod
    def _close_on_cancel(connection: http.client.HTTPConnection, cancel: threading.Event, done: threading.Event) -> None:
        while not done.is_set():
            if cancel.wait(0.1):
                sock = connection.sock
                if sock is not None:
                    try:
                        sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
                return

    @staticmethod
    def _pieces(response):
        prompt_tokens = 0
        for event in _server_sent_events(response):
            if not isinstance(event, dict):
                raise BackendError(redact(f"the model server sent an event that is not an object: {json.dumps(event)[:120]}"))
            usage = event.get("usage") if isinstance(event.get("usage"), dict) else {}
            prompt_tokens = usage.get("prompt_tokens", prompt_tokens)
            choices = event.get("choices") or []
            if not choices:
                continue
            text = choices[0].get("text") if isinstance(choices, list) and isinstance(choices[0], dict) else None
            if not isinstance(text, str):
                raise BackendError(redact(f"the model server's answer has no completion text: {json.dumps(event)[:200]}"))
            if text:
                yield text, prompt_tokens

    def close(self) -> None:
        pass
