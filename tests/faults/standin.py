"""A stand-in model server on loopback that misbehaves on purpose: it answers garbage, echoes
the request headers in an error page, accepts and then says nothing, or streams forever."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time


def event(text: str) -> bytes:
    return f"data: {json.dumps({'choices': [{'text': text}]})}\n\n".encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        stand_in: StandIn = self.server.stand_in
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        stand_in.requests += 1
        behaviour = stand_in.behaviour
        try:
            getattr(self, f"_{behaviour}")()
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass
        finally:
            stand_in.closed_at.append(time.monotonic())

    def _stream_headers(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()

    def _garbage(self):
        self._stream_headers()
        self.wfile.write(b"data: <html>oops</html>\n\n")

    def _not_object(self):
        self._stream_headers()
        self.wfile.write(b"data: 5\n\ndata: [DONE]\n\n")

    def _echo(self):
        body = ("<h1>502 Bad Gateway</h1><pre>" + str(self.headers) + "</pre>").encode()
        self.send_response(502)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _hang(self):
        # Accept, read the request, then say nothing until the client goes away.
        self.connection.settimeout(0.05)
        while not self.server.stand_in.stopping.is_set():
            try:
                if self.connection.recv(1) == b"":
                    return
            except socket.timeout:
                continue

    def _slow(self):
        self._stream_headers()
        while not self.server.stand_in.stopping.is_set():
            self.wfile.write(event("x"))
            self.wfile.flush()
            time.sleep(0.1)


class StandIn:
    def __init__(self, behaviour: str = "garbage"):
        self.behaviour = behaviour
        self.requests = 0
        self.closed_at: list[float] = []
        self.stopping = threading.Event()
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.stand_in = self
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def wait_for_request(self, count: int = 1, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while self.requests < count and time.monotonic() < deadline:
            time.sleep(0.01)
        assert self.requests >= count, f"the stand-in got {self.requests} request(s), expected {count}"

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
