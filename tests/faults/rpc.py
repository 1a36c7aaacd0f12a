"""A raw JSON-RPC client over stdio for the fault suite: it sends exactly what a hostile or clumsy
client would (shapes lsprotocol would refuse to build), and answers the server's own requests."""

from __future__ import annotations

import itertools
import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

SERVER = [sys.executable, "-m", "nocodo.server", "serve"]


class NoAnswer(AssertionError):
    pass


class Server:
    """`nocodo serve` in a subprocess, initialized on `root` with `options`."""

    def __init__(self, root: Path, options: Any = None, env: dict | None = None, prefix: list[str] | None = None,
                 initialize: bool = True, capabilities: dict | None = None):
        self.root = root
        environment = {**os.environ, **(env or {})}
        environment.pop("LLAMA_CPP_BASE_URL", None)
        self.stderr_path = root.parent / f"server-{id(self)}.stderr"
        self._stderr = open(self.stderr_path, "wb")
        self.process = subprocess.Popen(
            (prefix or []) + SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
            env=environment, cwd=root,
        )
        self._ids = itertools.count(1)
        self._answers: dict[Any, queue.Queue] = {}
        self._lock = threading.Lock()
        self.notifications: list[dict] = []
        self.applied_edits: list[dict] = []
        self.progress_tokens: list[Any] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        if initialize:
            self.request("initialize", {
                "processId": os.getpid(), "rootUri": root.as_uri(), "initializationOptions": options,
                "capabilities": capabilities if capabilities is not None else {
                    "window": {"workDoneProgress": True},
                    "textDocument": {"codeAction": {"disabledSupport": True}},
                    "workspace": {"applyEdit": True},
                },
            }, timeout=30)
            self.notify("initialized", {})

    # transport
    def _send(self, message: dict) -> None:
        body = json.dumps(message).encode("utf-8")
        try:
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            pass

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                if line in (b"\r\n", b"\n"):
                    break
            message = json.loads(stream.read(length))
            if "method" in message and "id" in message:
                self._answer_server_request(message)
            elif "method" in message:
                self.notifications.append(message)
            else:
                with self._lock:
                    box = self._answers.setdefault(message.get("id"), queue.Queue())
                box.put(message)

    def _answer_server_request(self, message: dict) -> None:
        method, result = message["method"], None
        if method == "window/workDoneProgress/create":
            self.progress_tokens.append(message["params"]["token"])
        elif method == "workspace/applyEdit":
            self.applied_edits.append(message["params"])
            result = {"applied": True}
        elif method == "workspace/configuration":
            result = [None for _ in message["params"].get("items", [])]
        self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})

    # requests
    def send_request(self, method: str, params: Any) -> int:
        msg_id = next(self._ids)
        with self._lock:
            self._answers.setdefault(msg_id, queue.Queue())
        self._send({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
        return msg_id

    def wait(self, msg_id: int, timeout: float) -> dict:
        with self._lock:
            box = self._answers.setdefault(msg_id, queue.Queue())
        try:
            return box.get(timeout=timeout)
        except queue.Empty:
            raise NoAnswer(f"no answer to request {msg_id} within {timeout} s") from None

    def request(self, method: str, params: Any, timeout: float = 10) -> dict:
        """The whole answer: {"result": ...} or {"error": {...}}, plus "seconds"."""
        started = time.perf_counter()
        answer = self.wait(self.send_request(method, params), timeout)
        answer["seconds"] = time.perf_counter() - started
        return answer

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def command(self, command: str, arguments: Any = None, timeout: float = 10) -> dict:
        params = {"command": command}
        if arguments is not None:
            params["arguments"] = arguments
        return self.request("workspace/executeCommand", params, timeout)

    def open(self, relative: str, text: str | None = None, version: int = 1) -> str:
        path = self.root / relative
        text = path.read_text() if text is None else text
        self.notify("textDocument/didOpen", {"textDocument": {"uri": path.as_uri(), "languageId": "rust", "version": version, "text": text}})
        return path.as_uri()

    def messages(self) -> list[str]:
        return [n["params"]["message"] for n in self.notifications if n["method"] in ("window/showMessage", "window/logMessage")]

    def wait_for_message(self, needle: str, timeout: float = 10) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [m for m in self.messages() if needle in m]
            if found:
                return found[0]
            time.sleep(0.02)
        raise NoAnswer(f"no message containing {needle!r} within {timeout} s; got {self.messages()}")

    def alive(self, timeout: float = 10) -> bool:
        answer = self.command("nocodo.listModes", timeout=timeout)
        return "result" in answer

    def stderr(self) -> str:
        if not self._stderr.closed:
            self._stderr.flush()
        return self.stderr_path.read_text(errors="replace")

    def stop(self, timeout: float = 10) -> float:
        """shutdown then exit; returns the seconds until the process ended."""
        started = time.perf_counter()
        if self.process.poll() is None:
            try:
                self.request("shutdown", None, timeout=timeout)
            except NoAnswer:
                pass
            self.notify("exit", None)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._stderr.close()
        return time.perf_counter() - started

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._stderr.close()
