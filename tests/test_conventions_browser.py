"""Screens the SolidJS modes write into other people's projects work in a real browser (issue 19:
"judged by strict tsc plus a browser check of the screens").

For three convention frontends, each in its own style (yoga: services over a generic request<T>()
and JSX routes; dogwalk: axios service objects and a lazy RouteDefinition[] array; foodtruck: an
`api` object namespace and JSX routes in index.tsx), one `solid.view` list case of the dev sets is
run through the mode as `nocodo bench` runs it (derived, strict tsc on), in a copy of the
frontend whose node_modules stays the shared symlink. The new screen is routed by `solid.route`
where the project routes, the app is built with `vite build` (the project's own env variable
pointing its API at the same origin), and served by a small Python server that answers the
project's API paths with seed rows written here from its README and types. Debian's chromium,
driven by playwright-core (tests/conventions_screen.mjs), opens the screen; the test asserts that
every seed row's name is on it, that the page asked the API for the rows, and that the console
stayed free of errors. NOCODO_SCREENSHOT=<folder> keeps a screenshot per project.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
import tomllib
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple

import pytest

from nocodo.modes import Request, get_mode
from nocodo.modes.base import Edit
from nocodo.modes.edits import apply_edits
from nocodo.modes.frontend import copy_project
from nocodo.modes.workspace import Workspace
from nocodo.server.bench import EXAMPLES, check, place_cursor
from nocodo.server.config import Settings
from nocodo.server.pipeline import run_mode

SCREEN_SCRIPT = Path(__file__).with_name("conventions_screen.mjs")
SCREENSHOTS = os.environ.get("NOCODO_SCREENSHOT")
DEV_SETS = ("conventions_solid_dev.toml", "conventions2_solid_c_dev.toml", "conventions2_solid_d_dev.toml")


class Screen(NamedTuple):
    """A dev-set list case made reachable and served: what to route, build with, answer and see."""

    case: str
    #: where solid.route routes the new screen: its file in the frontend and the line it goes after
    route: tuple[str, str]
    #: the URL path of that route (it shows the component the case wrote, by whatever name)
    path: str
    #: VITE_* variables that point the project's client at the same origin, if its default does not
    env: dict[str, str]
    #: the API's answers by path: the seed rows
    api: dict[str, list[dict]]
    #: what the screen must show: the seed rows' names
    shown: list[str]


SCREENS = [
    Screen(
        case="yoga-bookings-list",
        route=("src/App.tsx", '<Route path="/classes/:id" component={ClassDetail} />'),
        path="/bookings",
        env={"VITE_API_URL": "/api"},  # services/request.ts: VITE_API_URL ?? "http://localhost:8080/api"
        api={"/api/bookings": [
            {"id": 1, "class_id": 1, "student_name": "Maya Torres", "student_email": "maya@example.com", "status": "confirmed", "created_at": "2026-12-01T09:00:00Z"},
            {"id": 2, "class_id": 2, "student_name": "Leo Novak", "student_email": "leo@example.com", "status": "waitlisted", "created_at": "2026-12-02T18:30:00Z"},
            {"id": 3, "class_id": 1, "student_name": "Ines Duarte", "student_email": "ines@example.com", "status": "cancelled", "created_at": "2026-12-03T07:15:00Z"},
        ]},
        shown=["Maya Torres", "Leo Novak", "Ines Duarte"],
    ),
    Screen(
        case="dogwalk-dogs-list",
        route=("src/router/index.ts", "const routes: RouteDefinition[] = ["),
        path="/dogs",
        env={},  # services/http.ts: baseURL VITE_API_URL ?? "/api"
        api={"/api/dogs": [  # examples/dogwalk/README.md
            {"id": 1, "name": "Biscuit", "owner_name": "Ana Lopez", "breed": "beagle"},
            {"id": 2, "name": "Luna", "owner_name": "Mark Chen", "breed": "border collie"},
            {"id": 3, "name": "Pepper", "owner_name": "Ana Lopez", "breed": "pug"},
        ]},
        shown=["Biscuit", "Luna", "Pepper", "Mark Chen", "border collie"],
    ),
    Screen(
        case="foodtruck-orders-board",
        route=("src/index.tsx", '<Route path="/orders/:id" component={OrderStatusPage} />'),
        path="/board",
        env={"VITE_API_BASE": "/api"},  # api/index.ts: VITE_API_BASE ?? "http://localhost:8080"
        api={
            "/api/orders": [
                {"id": 1, "code": "TR-101", "customer_name": "Rosa Diaz", "location_id": 1, "total": 14.5, "status": "cooking", "placed_at": "2026-12-08T12:01:00Z",
                 "lines": [{"menu_item_id": 1, "name": "Al pastor taco", "quantity": 3, "unit_price": 3.5}, {"menu_item_id": 2, "name": "Horchata", "quantity": 1, "unit_price": 4.0}]},
                {"id": 2, "code": "TR-102", "customer_name": "Sam Okoro", "location_id": 1, "total": 9.0, "status": "received", "placed_at": "2026-12-08T12:04:00Z",
                 "lines": [{"menu_item_id": 3, "name": "Veggie burrito", "quantity": 1, "unit_price": 9.0}]},
            ],
            "/api/locations/today": None,
            # the orders' location is shown by its name, from the locations the screen loads
            "/api/locations": [
                {"id": 1, "name": "Harbor Market", "address": "1 Quay St", "weekday": "mon", "opens_at": "11:00", "closes_at": "15:00", "latitude": 0.0, "longitude": 0.0},
            ],
        },
        shown=["TR-101", "TR-102", "Rosa Diaz", "Sam Okoro", "Harbor Market"],
    ),
]


def dev_case(case_id: str) -> dict:
    for name in DEV_SETS:
        for case in tomllib.loads((EXAMPLES / "bench" / name).read_text(encoding="utf-8"))["case"]:
            if case["id"] == case_id:
                return case
    raise LookupError(f"no dev case {case_id}")


class _NoModel:
    """The list cases are derived: a mode that asks the model fails the test."""

    name = "none"

    def describe(self) -> str:
        return "no model"

    def complete(self, request, stop_when=None, cancel=None):
        raise AssertionError("a derived mode asked the model")

    def close(self) -> None:
        pass


def apply(mode_id: str, root: Path, path: Path, text: str, after_line: str | None, insert: str | None, args: dict) -> str:
    """Run a mode at the bench's cursor in `path` (its text as the case starts it), write the
    edited file, and give the generated code."""
    text, line, character = place_cursor(text, after_line, insert)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    request = Request(path, text, line, character, Workspace(root), dict(args))
    record = run_mode(get_mode(mode_id), request, _NoModel(), Settings(compile_check="off", type_check="required"))
    assert record.status == "ok", f"{mode_id} on {path.name}: {record.status}: {record.message}"
    new_text = apply_edits(text, [Edit(**e.model_dump()) for e in record.edits])
    path.write_text(new_text, encoding="utf-8")
    return record.code or ""


def written_and_routed(screen: Screen, folder: Path) -> Path:
    """A copy of the case's frontend with the case applied as the bench applies it, its checks
    passed, and the new screen routed; the copy's frontend folder."""
    case = dev_case(screen.case)
    relative = Path(case["file"])
    root = copy_project(EXAMPLES / relative.parts[0], folder / relative.parts[0])
    path = folder / relative
    start = case["text"] if "text" in case else path.read_text(encoding="utf-8")
    code = apply(case["mode"], root, path, start, case.get("after_line"), case.get("insert"), case.get("args", {}))
    problems = check(case, code, path.read_text(encoding="utf-8"))
    assert not problems, f"{screen.case}: {problems}"
    written = re.search(r"export (?:default )?function (\w+)", path.read_text(encoding="utf-8"))
    assert written, f"{screen.case}: {relative.name} exports no component"
    frontend = root / "frontend"
    routes, after_line = frontend / screen.route[0], screen.route[1]
    args = {"path": screen.path, "component": written.group(1)}
    apply("solid.route", root, routes, routes.read_text(encoding="utf-8"), after_line, None, args)
    return frontend


class MockApi(SimpleHTTPRequestHandler):
    """The built app from its dist folder (index.html for the app's own paths) and the seed rows
    under the project's API paths; every API path asked is recorded."""

    answers: dict[str, object] = {}
    asked: list[str]

    def do_GET(self) -> None:
        path = self.path.split("?")[0].rstrip("/") or "/"
        if path.startswith("/api"):
            self.asked.append(path)
            if path not in self.answers:
                self.send_error(404)
                return
            body = json.dumps(self.answers[path]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if not Path(self.translate_path(path)).is_file():
            self.path = "/index.html"  # a client-side route
        super().do_GET()

    def log_message(self, *args) -> None:
        pass


def serve(dist: Path, answers: dict[str, object]) -> tuple[ThreadingHTTPServer, list[str]]:
    asked: list[str] = []
    handler = type("Answers", (MockApi,), {"answers": answers, "asked": asked})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(dist)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, asked


def open_in_chromium(frontend: Path, url: str, shown: list[str], screenshot: str | None) -> subprocess.CompletedProcess:
    script = frontend / SCREEN_SCRIPT.name  # beside the copy's node_modules, where playwright-core is
    shutil.copy(SCREEN_SCRIPT, script)
    command = ["node", str(script), url, *shown] + (["--screenshot", screenshot] if screenshot else [])
    return subprocess.run(command, cwd=frontend, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def tools() -> None:
    for needed in ("chromium", "node"):
        if shutil.which(needed) is None:
            pytest.skip(f"{needed} is not installed")
    for screen in SCREENS:
        project = EXAMPLES / dev_case(screen.case)["file"].split("/")[0] / "frontend"
        if not (project / "node_modules" / "playwright-core").exists():
            pytest.skip(f"{project.name}'s npm packages are not installed (scripts/frontend.sh)")


@pytest.mark.timeout(300)
@pytest.mark.parametrize("screen", SCREENS, ids=[s.case for s in SCREENS])
def test_a_generated_list_screen_shows_the_seed_rows_in_chromium(screen: Screen, tools, tmp_path: Path):
    frontend = written_and_routed(screen, tmp_path)
    installed = frontend / "node_modules"
    assert installed.is_symlink()
    before = sorted(p.name for p in installed.iterdir())
    vite = str(installed / ".bin" / "vite")
    built = subprocess.run([vite, "build"], cwd=frontend, capture_output=True, text=True, timeout=180, env={**os.environ, **screen.env})
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert sorted(p.name for p in installed.iterdir()) == before, "the build wrote into the shared node_modules"
    server, asked = serve(frontend / "dist", screen.api)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}{screen.path}"
        screenshot = str(Path(SCREENSHOTS) / f"{screen.case}.png") if SCREENSHOTS else None
        browser = open_in_chromium(frontend, url, screen.shown, screenshot)
    finally:
        server.shutdown()
        server.server_close()
    report = browser.stdout + browser.stderr[-3000:]
    assert browser.returncode == 0, report
    assert [line for line in browser.stdout.split("\n") if line.startswith("ok ")] == [f"ok {text}" for text in screen.shown], report
    assert "console errors: 0" in browser.stdout, report
    assert set(asked) <= set(screen.api), f"the screen asked for paths the project's API has no rows for: {asked}"
    assert any(path in asked for path, rows in screen.api.items() if rows), f"the screen never asked the API for its rows: {asked}"
