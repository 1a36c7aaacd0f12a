"""`nocodo bench`: pass rate and speed of the modes on the dev set in examples/bench.

Every case runs in a fresh copy of its example workspace, through the same pipeline as the code
action, with one backend kept warm across cases as in an editor session. Speed is reported here,
never asserted in tests.
"""

from __future__ import annotations

import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from nocodo.modes import ALL_MODES, Request, get_mode
from nocodo.modes.base import Edit
from nocodo.modes.compile import prepared_crate_config
from nocodo.modes.edits import apply_edits
from nocodo.modes.frontend import copy_project
from nocodo.modes.syntax import parse, syntax_problems
from nocodo.modes.workspace import Workspace

from .backends import create_backend
from .config import resolve_settings
from .http_check import AppFailed, running_app
from .http_check import check as http_problems
from .pipeline import run_mode

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
#: the tree-sitter grammar an edited file must still parse with, by its suffix
GRAMMARS = {".rs": "rust", ".ts": "typescript", ".tsx": "tsx"}


@dataclass
class CaseResult:
    id: str
    mode: str
    passed: bool
    status: str
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    attempts: int = 0
    completion_tokens: int = 0
    decoding_seconds: float = 0.0
    first_token_seconds: float = 0.0
    code: str = ""
    reading: str = ""
    #: correct (applied, checks pass), wrong (applied, checks fail), asked, failed
    outcome: str = "failed"
    #: for an asked case, what answering its question gives: correct, wrong or none
    answer: str = ""
    #: with compile checking on: whether the applied code compiled (None when checking is off)
    compiles: bool | None = None
    #: the time of every compile check the case ran, one per checked attempt
    compile_seconds: list[float] = field(default_factory=list)
    #: candidates that passed the mode's checks and then failed to compile (each one retried)
    compile_rejected: int = 0


def place_cursor(text: str, after_line: str | None, insert: str | None) -> tuple[str, int, int]:
    """The case's text and cursor: end of the line holding `after_line`, or of the inserted text;
    without `after_line` (a new file), the inserted text opens the file and the cursor ends it, or
    the cursor is at the start."""
    if after_line is None:
        if not insert:
            return text, 0, 0
        inserted = insert.rstrip("\n").split("\n")
        return "\n".join(inserted) + "\n" + text, len(inserted) - 1, len(inserted[-1])
    lines = text.split("\n")
    number = next((n for n, line in enumerate(lines) if after_line in line), None)
    if number is None:
        raise ValueError(f"no line contains {after_line!r}")
    if not insert:
        return text, number, len(lines[number])
    inserted = insert.rstrip("\n").split("\n")
    lines[number + 1 : number + 1] = inserted
    return "\n".join(lines), number + len(inserted), len(inserted[-1])


def check(case: dict, code: str, new_text: str) -> list[str]:
    problems = [f"missing {s!r}" for s in case.get("must_contain", []) if s not in code]
    problems += [f"does not match {r!r}" for r in case.get("must_match", []) if not re.search(r, code)]
    problems += [f"contains {s!r}" for s in case.get("must_not_contain", []) if s in code]
    problems += [p.describe() for p in syntax_problems(parse(new_text, GRAMMARS.get(Path(case["file"]).suffix, "rust")))[:1]]
    return problems


def run_case(case: dict, examples: Path, backend, settings) -> tuple[CaseResult, float]:
    relative = Path(case["file"])
    with tempfile.TemporaryDirectory(prefix="nocodo-bench-") as folder:
        root = copy_project(examples / relative.parts[0], Path(folder) / relative.parts[0])
        path = Path(folder) / relative
        # `text`: the file as the case starts it (a new component file is "")
        start = case["text"] if "text" in case else path.read_text(encoding="utf-8")
        text, line, character = place_cursor(start, case.get("after_line"), case.get("insert"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        request = Request(path, text, line, character, Workspace(root), dict(case.get("args", {})))
        started = time.perf_counter()
        for mode in ALL_MODES:
            mode.applies(request)
        listing_ms = (time.perf_counter() - started) * 1000
        record = run_mode(get_mode(case["mode"]), request, backend, settings)
        result = _result(case, record, text, settings)
        if result.passed and (case.get("also") or case.get("http")):
            path.write_text(apply_edits(text, [Edit(**e.model_dump()) for e in record.edits]), encoding="utf-8")
            result.problems = _in_the_running_app(case, Path(folder), root, record.code or "", backend, settings)
            result.passed = not result.problems
            result.outcome = "correct" if result.passed else "wrong"
        if record.status == "needs_input":
            result.answer = _answer(case, record, request, backend, settings)
    return result, listing_ms


def _result(case: dict, record, text: str, settings) -> CaseResult:
    result = CaseResult(
        id=case["id"],
        mode=case["mode"],
        passed=False,
        status=record.status,
        seconds=record.total_seconds,
        attempts=len(record.attempts),
        completion_tokens=sum(a.completion_tokens for a in record.attempts),
        decoding_seconds=sum(a.seconds - a.first_token_seconds for a in record.attempts),
        first_token_seconds=record.attempts[0].first_token_seconds if record.attempts else 0.0,
        code=record.code or (record.attempts[-1].code if record.attempts else ""),
        reading=record.reading,
    )
    checks = [a.compile for a in record.attempts if a.compile is not None]
    result.compile_seconds = [c.seconds for c in checks if c.status in ("ok", "errors")]
    result.compile_rejected = sum(c.status == "errors" for c in checks)
    if settings.compile_check != "off":
        result.compiles = record.status == "ok" and bool(checks) and checks[-1].status == "ok"
    if record.status == "needs_input":
        result.outcome = "asked"
        choices = (record.missing or {}).get("choices") or []
        result.problems = [f"asked: {record.message} " + " / ".join(c["label"] for c in choices)]
        return result
    if record.status != "ok":
        result.problems = [record.message]
        return result
    new_text = apply_edits(text, [Edit(**e.model_dump()) for e in record.edits])
    result.problems = check(case, record.code or "", new_text)
    if result.compiles is False:
        result.problems.append(f"not compiled: {checks[-1].reason if checks else 'no compile check ran'}")
    result.passed = not result.problems
    result.outcome = "correct" if result.passed else "wrong"
    return result


def _needs_registering(case: dict, code: str, edited: str) -> bool:
    """A handler is registered next unless its own edit registered it: by a `.route(...)` call in
    its file's configure function (no macro), or a `.service(...)` on its file's scope."""
    if case["mode"] != "actix.handler":
        return False
    name = re.search(r"\bfn\s+(\w+)", code)
    registered = name is not None and re.search(rf"\.(service|to)\(\s*{name.group(1)}\s*\)", edited)
    return "#[" in code and not registered


def _in_the_running_app(case: dict, folder: Path, root: Path, code: str, backend, settings) -> list[str]:
    """What the case's `also` runs (modes applied after it, e.g. the router) and its `http`
    checks against the app built and started with them say is wrong; nothing when all is right.
    A handler case with HTTP checks and no `also` is registered by the router where the crate
    registers its services, as a user would next."""
    edited = (folder / case["file"]).read_text(encoding="utf-8")
    steps = case.get("also") or ([_registration(folder, root, case)] if _needs_registering(case, code, edited) else [])
    for step in steps:
        path = folder / step["file"]
        text, line, character = place_cursor(path.read_text(encoding="utf-8"), step["after_line"], None)
        request = Request(path, text, line, character, Workspace(root), dict(step.get("args", {})))
        record = run_mode(get_mode(step["mode"]), request, backend, settings)
        if record.status != "ok":
            return [f"then {step['mode']}: {record.message}"]
        path.write_text(apply_edits(text, [Edit(**e.model_dump()) for e in record.edits]), encoding="utf-8")
    if not case.get("http"):
        return []
    crate = Workspace(root).crate_root(folder / case["file"])
    target = settings.cargo_target_dir or settings.cache_dir / "bench-target"
    try:
        with running_app(crate, settings.cargo_config, target, case.get("seed", "")) as url:
            return http_problems(url, case["http"])
    except AppFailed as failure:
        return [str(failure)]


def _registration(folder: Path, root: Path, case: dict) -> dict:
    """The router run where the crate registers services: the handler's own file when it has a
    configure function (a ServiceConfig), else another file that has one, else the one that
    builds the App."""
    crate = Workspace(root).crate_root(folder / case["file"])
    own = folder / case["file"]
    files = [own] + [p for p in sorted((crate / "src").rglob("*.rs")) if p != own]
    texts = {path: path.read_text(encoding="utf-8") for path in files}
    path = next((p for p, t in texts.items() if "ServiceConfig" in t), None) or next(p for p, t in texts.items() if "App::new()" in t)
    needle = "ServiceConfig" if "ServiceConfig" in texts[path] else "App::new()"
    return {"mode": "actix.router", "file": str(path.relative_to(folder)), "after_line": needle}


def _answer(case: dict, record, request: Request, backend, settings) -> str:
    """What one answered question gives, answered as a user who knows what they meant would: the
    first choice whose result passes the case's checks (`correct`), else `wrong` if some choice
    applied code, else `none` (free-text questions have no choices to try)."""
    outcome = "none"
    for choice in (record.missing or {}).get("choices") or []:
        args = {**request.args, record.missing["name"]: choice["value"]}
        answered = run_mode(get_mode(case["mode"]), replace(request, args=args), backend, settings)
        result = _result(case, answered, request.text, settings)
        if result.outcome == "correct":
            return "correct"
        if result.outcome == "wrong":
            outcome = "wrong"
    return outcome


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))] if ordered else 0.0


def run_benchmark(args) -> int:
    cases_file = Path(args.cases) if args.cases else EXAMPLES / "bench" / "cases.toml"
    data = tomllib.loads(cases_file.read_text(encoding="utf-8"))
    cases = data["case"]
    for case in cases:
        # a case names its database seed; the scripts live once, in the file's [seed] table
        if "seed" in case:
            case["seed"] = data["seed"][case["seed"]]
    if args.only:
        cases = [c for c in cases if args.only in c["id"] or args.only == c["mode"]]
    if args.limit:
        cases = cases[: args.limit]
    # one switch for both checks: Rust cases are compiled, TypeScript cases type-checked
    overrides = {"compileCheck": args.compile_check, "typeCheck": args.compile_check} if getattr(args, "compile_check", None) else None
    settings = compile_settings(resolve_settings(overrides))
    backend = create_backend(settings)
    examples = cases_file.parent.parent
    results, listings = [], []
    for case in cases:
        result, listing_ms = run_case(case, examples, backend, settings)
        results.append(result)
        listings.append(listing_ms)
        mark = {"correct": "PASS", "wrong": "WRONG", "asked": "ASKED", "failed": "FAIL"}[result.outcome]
        answered = f" -> answered: {result.answer}" if result.answer else ""
        compiles = "" if result.compiles is None else f"  compiles {'yes' if result.compiles else 'no '}"
        print(f"{mark:5} {result.id:40} {result.seconds:6.2f} s  attempts {result.attempts}{compiles}  {'; '.join(result.problems)[:150]}{answered}")
        sys.stdout.flush()
    # The first case of a mode pays for evaluating its pattern library; the rest reuse it.
    first = _first_indexes(results)
    cold = [results[index].seconds for index in sorted(first)]
    warm = [r.seconds for index, r in enumerate(results) if index not in first]
    tokens = sum(r.completion_tokens for r in results)
    decoding = sum(r.decoding_seconds for r in results)
    summary = {
        "cases": len(results),
        "passed": sum(r.passed for r in results),
        "pass_rate": round(sum(r.passed for r in results) / max(1, len(results)), 3),
        "correct_applied": sum(r.outcome == "correct" for r in results),
        "wrong_applied": sum(r.outcome == "wrong" for r in results),
        "asked": sum(r.outcome == "asked" for r in results),
        "failed": sum(r.outcome == "failed" for r in results),
        "correct_with_one_answer": sum(r.outcome == "correct" or r.answer == "correct" for r in results),
        "wrong_after_an_answer": sum(r.answer == "wrong" for r in results),
        "by_mode": {
            mode: f"{sum(r.passed for r in results if r.mode == mode)}/{sum(r.mode == mode for r in results)}"
            for mode in dict.fromkeys(r.mode for r in results)
        },
        "cold_seconds": [round(s, 2) for s in cold],
        "warm_median_seconds": round(statistics.median(warm), 2) if warm else None,
        "warm_p95_seconds": round(percentile(warm, 0.95), 2) if warm else None,
        "decode_tokens_per_second": round(tokens / decoding, 1) if decoding else None,
        "warm_first_token_median_seconds": round(
            statistics.median([r.first_token_seconds for i, r in enumerate(results) if i not in first]), 2
        )
        if len(results) > len(first)
        else None,
        "model_load_seconds": round(getattr(backend, "load_seconds", 0.0), 2),
        "code_action_listing_ms_median": round(statistics.median(listings), 2) if listings else None,
        "code_action_listing_ms_p95": round(percentile(listings, 0.95), 2) if listings else None,
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "backend": backend.describe(),
    }
    if settings.compile_check != "off":
        # The run's first check builds the dependencies unless the target dir is warm already.
        checks = [seconds for r in results for seconds in r.compile_seconds]
        summary |= {
            "compile_check": settings.compile_check,
            "compiles": f"{sum(bool(r.compiles) for r in results)}/{len(results)}",
            "compile_rejected_candidates": sum(r.compile_rejected for r in results),
            "compile_first_seconds": round(checks[0], 2) if checks else None,
            "compile_warm_median_seconds": round(statistics.median(checks[1:]), 2) if len(checks) > 1 else None,
            "compile_warm_p95_seconds": round(percentile(checks[1:], 0.95), 2) if len(checks) > 1 else None,
        }
    backend.close()
    summary["cli_process_seconds"] = _cli_process_seconds(cases, examples)
    print(json.dumps(summary, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "cases": [asdict(r) for r in results]}, indent=1))
    return 0


def compile_settings(settings):
    """The examples reach no registry: check them against the prepared offline crate source."""
    if settings.compile_check == "off":
        return settings
    update = {}
    if settings.cargo_config is None:
        update["cargo_config"] = prepared_crate_config(settings.cache_dir)
    if settings.cargo_target_dir is None:
        update["cargo_target_dir"] = settings.cache_dir / "bench-target"
    return settings.model_copy(update=update)


def _cli_process_seconds(cases: list[dict], examples: Path) -> float | None:
    """Wall time of one whole `nocodo generate` process on the first model_fn case, as a user of the
    CLI pays it: start, model load, prompt (its prefix state from disk when saved), generation."""
    case = next((c for c in cases if c["mode"] == "diesel.model_fn"), None)
    if case is None:
        return None
    relative = Path(case["file"])
    with tempfile.TemporaryDirectory(prefix="nocodo-bench-cli-") as folder:
        shutil.copytree(examples / relative.parts[0], Path(folder) / relative.parts[0])
        path = Path(folder) / relative
        text, line, character = place_cursor(path.read_text(encoding="utf-8"), case["after_line"], case.get("insert"))
        path.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "nocodo.server", "generate", case["mode"], str(path), "--position", f"{line}:{character}"]
        command += [f"--arg={key}={value}" for key, value in case.get("args", {}).items()]
        started = time.perf_counter()
        subprocess.run(command + ["--workspace", str(Path(folder) / relative.parts[0])], capture_output=True, timeout=600)
        return round(time.perf_counter() - started, 2)


def _first_indexes(results: list[CaseResult]) -> set[int]:
    seen, first = set(), set()
    for index, result in enumerate(results):
        if result.mode not in seen:
            seen.add(result.mode)
            first.add(index)
    return first
