"""`nocodo`: serve the language server, list modes, generate from the shell, benchmark."""

from __future__ import annotations

import argparse
import difflib
import json
import shlex
import sys
from pathlib import Path

from nocodo.modes import ALL_MODES, ModeError, Request, get_mode
from nocodo.modes.edits import apply_edits
from nocodo.modes.base import Edit
from nocodo.modes.workspace import Workspace

from .arguments import BadArguments, check_mode_args
from .backends import create_backend
from .config import SettingsError, resolve_settings
from .pipeline import run_mode
from .planning.cli import add_plan_commands
from .runs import last_saved_run, save_run


def workspace_root_for(path: Path) -> Path:
    """The folder holding .git above `path`, else the current folder when it contains `path`."""
    path = path.resolve()
    for folder in path.parents:
        if (folder / ".git").exists():
            return folder
    cwd = Path.cwd().resolve()
    return cwd if cwd in path.parents else path.parent


def _position(text: str) -> tuple[int, int]:
    try:
        line, character = text.split(":")
        return int(line), int(character)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected LINE:CHARACTER (0-based), got {text!r}") from None


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key, value


def _settings_from(args):
    options = {}
    if getattr(args, "backend", None):
        options["backend"] = args.backend
    if getattr(args, "model_path", None):
        options["modelPath"] = args.model_path
    if getattr(args, "base_url", None):
        options["baseUrl"] = args.base_url
    return resolve_settings(options)


def command_modes(args) -> int:
    if args.json:
        print(json.dumps([m.summary() for m in ALL_MODES], indent=2))
    else:
        for mode in ALL_MODES:
            print(f"{mode.id:22} {mode.description}")
    return 0


def _print_question(missing: dict) -> None:
    """The answers as the `--arg` to add to the same command."""
    name = missing["name"]
    choices = missing.get("choices") or []
    for choice in choices:
        print(f"  --arg {shlex.quote(name + '=' + choice['value'])}    {choice['label']}", file=sys.stderr)
    if missing.get("other_value"):
        said = missing["other_value"].replace("{answer}", "<your words>")
        print(f"  --arg {shlex.quote(name + '=' + said)}    {missing['other']}", file=sys.stderr)
    if not choices:
        print(f"  answer with --arg {name}='...'", file=sys.stderr)


def command_generate(args) -> int:
    path = Path(args.file).resolve()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        print(f"nocodo: cannot read {args.file}: {error}", file=sys.stderr)
        return 2
    try:
        mode = get_mode(args.mode)
        check_mode_args(mode, dict(args.arg))
        settings = _settings_from(args)
    except (ModeError, SettingsError, BadArguments) as error:
        print(f"nocodo: {error}", file=sys.stderr)
        return 2
    line, character = args.position
    root = Path(args.workspace).resolve() if args.workspace else workspace_root_for(path)
    request = Request(path=path, text=text, line=line, character=character, workspace=Workspace(root), args=dict(args.arg))
    backend = create_backend(settings)
    try:
        record = run_mode(mode, request, backend, settings)
    finally:
        backend.close()
    save_run(record, root)
    edits = [Edit(**e.model_dump()) for e in record.edits]
    new_text = apply_edits(text, edits) if record.status == "ok" else text
    if args.write and record.status == "ok":
        path.write_text(new_text, encoding="utf-8")
    if args.json:
        print(record.model_dump_json(indent=1))
    elif record.status == "ok" and not args.write:
        sys.stdout.writelines(
            difflib.unified_diff(
                text.splitlines(keepends=True), new_text.splitlines(keepends=True), f"a/{args.file}", f"b/{args.file}"
            )
        )
    if record.status != "ok":
        print(f"nocodo: {args.mode}: {record.message}", file=sys.stderr)
        if record.status == "needs_input" and record.missing:
            _print_question(record.missing)
        return 1
    if args.write:
        print(f"nocodo: wrote {record.code.count(chr(10)) + 1} lines to {args.file}", file=sys.stderr)
    return 0


def command_last_run(args) -> int:
    record = last_saved_run(Path(args.workspace).resolve())
    if record is None:
        print("nocodo: no runs recorded in this workspace yet", file=sys.stderr)
        return 1
    print(record.model_dump_json(indent=1) if args.json else record.to_markdown())
    return 0


def command_serve(args) -> int:
    from .lsp import create_server
    from .redact import install_log_filter

    install_log_filter()
    server = create_server()
    if args.tcp:
        host, _, port = args.tcp.rpartition(":")
        server.start_tcp(host or "127.0.0.1", int(port))
    else:
        server.start_io()
    return 0


def command_bench(args) -> int:
    from .bench import run_benchmark

    return run_benchmark(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nocodo", description="Tiny-model coding modes for Diesel, Actix and SolidJS.")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the language server (stdio by default)")
    serve.add_argument("--tcp", metavar="HOST:PORT", help="listen on TCP instead of stdio")
    serve.set_defaults(handler=command_serve)

    modes = commands.add_parser("modes", help="list the modes")
    modes.add_argument("--json", action="store_true")
    modes.set_defaults(handler=command_modes)

    generate = commands.add_parser("generate", help="run a mode at a position, as the code action does")
    generate.add_argument("mode")
    generate.add_argument("file")
    generate.add_argument("--position", type=_position, required=True, metavar="LINE:CHARACTER")
    generate.add_argument("--arg", type=_key_value, action="append", default=[], metavar="KEY=VALUE")
    generate.add_argument("--write", action="store_true", help="apply the edit to the file")
    generate.add_argument("--json", action="store_true", help="print the transparency record")
    generate.add_argument("--workspace", help="workspace root (default: the enclosing git repository)")
    generate.add_argument("--backend", choices=["embedded", "llama_cpp_server", "openai"])
    generate.add_argument("--model-path")
    generate.add_argument("--base-url")
    generate.set_defaults(handler=command_generate)

    last = commands.add_parser("last-run", help="show the last run's prompt, answer, code and findings")
    last.add_argument("--workspace", default=".")
    last.add_argument("--json", action="store_true")
    last.set_defaults(handler=command_last_run)

    bench = commands.add_parser("bench", help="benchmark the modes on the dev set in examples/bench")
    bench.add_argument("--cases", default=None, help="cases file (default: examples/bench/cases.toml)")
    bench.add_argument("--limit", type=int, default=None)
    bench.add_argument("--only", default=None, help="run only cases whose id contains this")
    bench.add_argument("--json", default=None, help="write the results to this JSON file")
    bench.add_argument(
        "--compile-check", choices=["auto", "off", "required"], default=None,
        help="override the compileCheck setting (default: auto, against the prepared crate source)",
    )
    bench.set_defaults(handler=command_bench)

    add_plan_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
