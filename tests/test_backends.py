"""Model backends against real servers on loopback: llama-cpp-python's own OpenAI-compatible
server with the embedded model, a closed port, and a server that answers garbage."""

import http.server
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from nocodo.modes import Request, get_mode
from nocodo.modes.testing import request_at
from nocodo.server.backends import BackendError, CompletionRequest, create_backend
from nocodo.server.backends.embedded import packaged_model_path
from nocodo.server.config import resolve_settings
from nocodo.server.pipeline import run_mode

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def student_request(root: Path, name: str) -> Request:
    return request_at(root, "src/models/student.rs", "impl Student {", args={"name": name})


def test_closed_port_is_a_clear_error():
    settings = resolve_settings({"backend": "llama_cpp_server", "baseUrl": f"http://127.0.0.1:{free_port()}"}, {})
    backend = create_backend(settings)
    with pytest.raises(BackendError, match="cannot reach the model server.*is it running"):
        backend.complete(CompletionRequest(prompt="fn main() {"))


class GarbageHandler(http.server.BaseHTTPRequestHandler):
    reply = b""

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        self.wfile.write(self.reply)

    def log_message(self, *args):
        pass


@pytest.fixture
def garbage_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), GarbageHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


def events(*texts: str) -> bytes:
    chunks = [f"data: {json.dumps({'choices': [{'text': t}]})}\n\n" for t in texts]
    return ("".join(chunks) + "data: [DONE]\n\n").encode()


def test_non_json_answer_is_a_clear_error(garbage_server):
    GarbageHandler.reply = b"data: <html>oops</html>\n\n"
    backend = create_backend(resolve_settings({"backend": "openai", "baseUrl": f"http://127.0.0.1:{garbage_server.server_port}"}, {}))
    with pytest.raises(BackendError, match="not JSON"):
        backend.complete(CompletionRequest(prompt="x"))


def test_garbage_code_fails_validation_and_changes_nothing(garbage_server, school):
    GarbageHandler.reply = events("lorem ipsum }", " dolor")
    settings = resolve_settings(
        {"backend": "openai", "baseUrl": f"http://127.0.0.1:{garbage_server.server_port}", "maxRetries": 1}, {}
    )
    record = run_mode(get_mode("diesel.model_fn"), student_request(school, "find_by_email"), create_backend(settings), settings)
    assert record.status == "failed"
    assert len(record.attempts) == 2
    assert record.edits == []
    assert "lorem ipsum" in record.attempts[0].raw_response


@pytest.fixture(scope="module")
def llama_cpp_server(tmp_path_factory):
    model = packaged_model_path(resolve_settings({}, {}).cache_dir / "models")
    port = free_port()
    log = open(tmp_path_factory.mktemp("server") / "server.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/v1/models", timeout=2)
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"llama_cpp.server exited: see {log.name}")
            time.sleep(0.5)
    yield url
    process.terminate()
    process.wait(timeout=30)


@pytest.mark.model
def test_llama_cpp_server_backend_generates_a_function(llama_cpp_server, school):
    settings = resolve_settings({"backend": "llama_cpp_server", "baseUrl": llama_cpp_server}, {})
    backend = create_backend(settings)
    record = run_mode(get_mode("diesel.model_fn"), student_request(school, "find_by_email"), backend, settings)
    assert record.status == "ok", record.message
    assert "students::email" in record.code
    assert backend.describe().endswith(llama_cpp_server)


@pytest.mark.model
def test_openai_compatible_backend_streams_a_raw_completion(llama_cpp_server, monkeypatch):
    monkeypatch.setenv("NOCODO_TEST_KEY", "secret-key")
    settings = resolve_settings({"backend": "openai", "baseUrl": llama_cpp_server + "/v1", "apiKeyEnv": "NOCODO_TEST_KEY"}, {})
    backend = create_backend(settings)
    completion = backend.complete(CompletionRequest(prompt="fn add(a: i32, b: i32) -> i32 {", max_tokens=12))
    assert completion.completion_tokens > 0 and completion.text
    assert "secret-key" not in backend.describe()


class RefusingBackend:
    """A backend a derived run must never reach."""

    def describe(self) -> str:
        return "refusing"

    def complete(self, request, stop_when=None, cancel=None):
        raise AssertionError("the model was called for code the context settles")


def test_a_struct_update_is_derived_without_the_model(school):
    schema = school / "src/schema.rs"
    schema.write_text(schema.read_text().replace("        email -> Text,\n", "        email -> Text,\n        nickname -> Nullable<Text>,\n", 1))
    request = request_at(school, "src/models/student.rs", "    pub email: String,")
    settings = resolve_settings({"compileCheck": "off"}, {})
    record = run_mode(get_mode("diesel.model_struct"), request, RefusingBackend(), settings)
    assert record.status == "ok", record.message
    assert record.message.startswith("derived without the model")
    assert [a.derived for a in record.attempts] == [True]
    assert "pub nickname: Option<String>," in record.code
