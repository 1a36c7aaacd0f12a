"""The language server: one small function per LSP feature, all state on `NocodoServer`.

Listing code actions never calls the model. Running a mode happens on a single worker thread
(one model, one caller at a time) while the event loop keeps answering; the result comes back
as a versioned `workspace/applyEdit`, and is dropped if the document changed meanwhile.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from nocodo.modes import ALL_MODES, ModeError, Request, get_mode
from nocodo.modes.workspace import Workspace

from . import __version__
from .backends import create_backend
from .backends.base import Backend
from .arguments import LONE_SURROGATE, MAX_POSITION, BadArguments, RunModeParams, ShowLastRunParams, check_mode_args, command_object, parse, run_mode_params, shape
from .config import SettingsError, resolve_settings
from .pipeline import run_mode
from .planning import features as planning_features
from .planning.service import PlanningService
from .planning.store import PlanStore, database_path
from .redact import redact, remember_environment
from .runs import RunRecord, save_run

log = logging.getLogger(__name__)

CODE_ACTION_KIND = "refactor.rewrite.nocodo"
RUN_MODE = "nocodo.runMode"
SHOW_LAST_RUN = "nocodo.showLastRun"
LIST_MODES = "nocodo.listModes"


#: Listing code actions parses the document; above this size it would not answer in 50 ms.
MAX_LISTING_CHARS = 32_000
#: Running a mode reads the document in the worker; above this size it would hold the model for seconds.
MAX_RUN_CHARS = 512_000


class DocumentTooLarge(ValueError):
    pass


def _size(chars: int) -> str:
    return f"{chars / 1_000_000:.1f} MB" if chars >= 1_000_000 else f"{chars // 1000} KB"


class NocodoProtocol(LanguageServerProtocol):
    """pygls' protocol with two answers it does not give by itself.

    A request whose params do not fit the LSP types (a position of -1 or 2^53, executeCommand
    arguments that are not a list) gets an InvalidParams error response naming the field,
    instead of no response at all; and `$/cancelRequest` for a running command reaches the
    run's cancel event (pygls runs commands under an inner id the client never sees)."""

    def structure_message(self, data: dict[str, Any]):
        if "jsonrpc" not in data or "method" not in data:
            return super().structure_message(data)
        if data.get("method") == types.WORKSPACE_EXECUTE_COMMAND and "id" in data:
            arguments = (data.get("params") or {}).get("arguments") if isinstance(data.get("params"), dict) else None
            if arguments is not None and not isinstance(arguments, list):
                command = (data.get("params") or {}).get("command", "the command")
                return self._refuse(data, f"{command} takes a list of arguments; got {shape(arguments)}")
        try:
            return super().structure_message(data)
        except Exception as error:
            problem = _position_problem(data.get("params"), "params") or _params_problem(error.__cause__ or error)
            return self._refuse(data, f"invalid params for {data.get('method')}: {problem}")

    def _refuse(self, data: dict[str, Any], message: str):
        log.warning("%s", message)
        if "id" in data:
            self._send_response(data["id"], error=JsonRpcInvalidParams(message).to_response_error())
        # Not a JSON-RPC 2.0 message: handle_message drops it with a warning.
        return SimpleNamespace(jsonrpc="refused", method=data.get("method"))

    def _handle_cancel_notification(self, msg_id):
        event = self._server.request_cancels.get(msg_id)
        if event is not None:
            event.set()
        super()._handle_cancel_notification(msg_id)


def _position_problem(value: Any, where: str) -> str | None:
    """The first `line` or `character` outside LSP's 0 .. 2^31 - 1, the usual cause."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("line", "character") and not (isinstance(item, int) and 0 <= item <= MAX_POSITION):
                return f"{where}.{key} is {json.dumps(item)[:40]}, expected a number from 0 to {MAX_POSITION}"
            found = _position_problem(item, f"{where}.{key}")
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _position_problem(item, f"{where}[{index}]")
            if found:
                return found
    return None


def _params_problem(error: BaseException) -> str:
    """The fields a cattrs structuring error names."""
    try:
        from cattrs import transform_error

        problems = transform_error(error, path="$")
        return "; ".join(problems[:2]).replace(" @ $.params.", " at params.").replace(" @ $.", " at ")
    except Exception:
        return str(error)[:200] or type(error).__name__


class NocodoServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("nocodo-lsp", __version__, protocol_cls=NocodoProtocol)
        self.settings_problem: str | None = None
        try:
            self.settings = resolve_settings()
        except SettingsError as error:  # a bad environment variable must not stop the server
            self.settings = resolve_settings(environ={})
            self.settings_problem = str(error)
        self._backend: Backend | None = None
        # One worker: the model is shared and its calls are serialized.
        self.model_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nocodo-model")
        #: progress token -> the run's cancel event
        self.cancel_events: dict[str, threading.Event] = {}
        #: JSON-RPC request id -> the run's cancel event, for $/cancelRequest
        self.request_cancels: dict[Any, threading.Event] = {}
        #: work submitted to the model worker and not finished
        self.running: set[Future] = set()
        self.shutting_down = False
        self.last_runs: dict[str, RunRecord] = {}
        self.last_run: RunRecord | None = None
        self._planning: PlanningService | None = None
        self._planning_backend: Backend | None = None
        self._planning_key: tuple | None = None

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            self._backend = create_backend(self.settings)
        return self._backend

    def apply_settings(self, options: Any) -> None:
        try:
            settings = resolve_settings(options)
        except SettingsError as error:
            self.settings_problem = str(error)
            self.show(types.MessageType.Error, f"nocodo: {error}; keeping the previous settings")
            return
        self.settings_problem = None
        remember_environment(settings.api_key_env)
        remember_environment(settings.planning.api_key_env)
        if settings.backend_key() != self.settings.backend_key() and self._backend is not None:
            old, self._backend = self._backend, None
            self.model_worker.submit(old.close)
        self.settings = settings

    def planning(self) -> PlanningService:
        if self._planning is None:
            root = Path(self.workspace.root_path or ".")
            service = PlanningService(PlanStore(database_path(root)), root, self.planning_backend)
            if not service.store.read_only:
                # A server killed mid-run left its tasks in_progress: nothing runs them any more.
                released = service.release_abandoned()
                if released:
                    self.show(types.MessageType.Info, f"nocodo: moved task(s) {', '.join(map(str, released))} back to ready: "
                              "the server running them had stopped")
            self._planning = service
        return self._planning

    def planning_backend(self) -> Backend:
        """The modes' backend, unless the `planning` setting names another model."""
        planning = self.settings.for_planning()
        if planning.backend_key() == self.settings.backend_key():
            return self.backend
        if self._planning_backend is None or self._planning_key != planning.backend_key():
            self._planning_backend = create_backend(planning)
            self._planning_key = planning.backend_key()
        return self._planning_backend

    def warm_up(self) -> None:
        start = getattr(self.backend, "start_loading", None)
        if start is not None:
            start()

    def show(self, kind: types.MessageType, message: str) -> None:
        message = redact(message)
        log.info(message)
        self.window_log_message(types.LogMessageParams(type=kind, message=message))
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def workspace_root(self, path: Path) -> Path:
        root = self.workspace.root_path
        return Path(root) if root else path.parent

    def mode_request(
        self, uri: str, line: int, character: int, args: dict[str, str], limit: int = MAX_RUN_CHARS
    ) -> Request:
        """What a mode reads: the document (refused above `limit` characters), the cursor, the workspace.

        A lone surrogate (invalid UTF-16 a client may send) becomes U+FFFD: one UTF-16 unit for
        one, so every position stays where it was."""
        path = Path(to_fs_path(uri) or uri)
        document = self.workspace.get_text_document(uri)
        text = document.source
        if len(text) > limit:
            raise DocumentTooLarge(
                f"{path.name} is too large for nocodo to read quickly ({_size(len(text))}; up to {_size(limit)}): "
                "move the code you want nocodo to work on into a smaller file"
            )
        if LONE_SURROGATE.search(text):
            text = LONE_SURROGATE.sub("\ufffd", text)
        open_documents = {
            Path(to_fs_path(d.uri) or d.uri): d.source for d in self.workspace.text_documents.values()
        }
        return Request(
            path=path,
            text=text,
            line=line,
            character=character,
            workspace=Workspace(self.workspace_root(path), open_documents),
            args=args,
        )


server = NocodoServer()


@server.feature(types.INITIALIZE)
def initialize(ls: NocodoServer, params: types.InitializeParams) -> None:
    ls.apply_settings(params.initialization_options)


@server.feature(types.INITIALIZED)
def initialized(ls: NocodoServer, params: types.InitializedParams) -> None:
    ls.warm_up()


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def did_change_configuration(ls: NocodoServer, params: types.DidChangeConfigurationParams) -> None:
    settings = params.settings
    if settings is None or settings == {}:
        return  # a pull-model client only signals that something changed
    ls.apply_settings(settings)
    if ls.settings_problem is None:
        ls.warm_up()


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[CODE_ACTION_KIND], resolve_provider=False),
)
def code_actions(ls: NocodoServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    position = params.range.start
    try:
        request = ls.mode_request(uri, position.line, position.character, {}, limit=MAX_LISTING_CHARS)
    except DocumentTooLarge as error:
        # Parsing it would take longer than a menu may: say so where the client can show it.
        log.info("%s", error)
        capability = ls.client_capabilities.text_document and ls.client_capabilities.text_document.code_action
        if capability and capability.disabled_support:
            return [types.CodeAction(title="Nocodo: file too large", kind=CODE_ACTION_KIND, disabled=types.CodeActionDisabled(reason=str(error)))]
        return []
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    actions = []
    for mode in ALL_MODES:
        try:
            applies = mode.applies(request)
        except Exception:  # a mode's quick check must never break the menu
            log.exception("mode %s failed its applicability check", mode.id)
            applies = False
        if applies:
            title = f"Nocodo: {mode.title}"
            arguments = [{"mode": mode.id, "uri": uri, "position": {"line": position.line, "character": position.character}}]
            actions.append(
                types.CodeAction(
                    title=title,
                    kind=CODE_ACTION_KIND,
                    command=types.Command(title=title, command=RUN_MODE, arguments=arguments),
                )
            )
    return actions


async def _begin_progress(ls: NocodoServer, title: str) -> str | None:
    capabilities = ls.client_capabilities.window
    if not (capabilities and capabilities.work_done_progress):
        return None
    token = f"nocodo-{uuid.uuid4().hex[:8]}"
    try:
        await ls.work_done_progress.create_async(token)
    except Exception:  # a client that refuses progress still gets the result
        return None
    if ls.shutting_down:
        return None
    ls.work_done_progress.begin(token, types.WorkDoneProgressBegin(title=title, cancellable=True, percentage=0))
    return token


def _lsp_edits(record: RunRecord) -> list[types.TextEdit]:
    return [
        types.TextEdit(
            range=types.Range(
                start=types.Position(line=e.start_line, character=e.start_character),
                end=types.Position(line=e.end_line, character=e.end_character),
            ),
            new_text=e.new_text,
        )
        for e in record.edits
    ]


def _result(status: str, record: RunRecord | None, message: str) -> dict:
    return {
        "status": status,
        "message": redact(message),
        "runId": record.id if record else None,
        "code": record.code if record else None,
        "missing": record.missing if record else None,
    }


async def _apply(ls: NocodoServer, params: RunModeParams, record: RunRecord, version: int | None, text: str) -> dict:
    current = ls.workspace.get_text_document(params.uri)
    if current.version != version or current.source != text:
        message = "the document changed while generating; nothing was applied (see Nocodo: Show last run)"
        ls.show(types.MessageType.Warning, f"nocodo: {message}")
        return _result("stale", record, message)
    edit = types.WorkspaceEdit(
        document_changes=[
            types.TextDocumentEdit(
                text_document=types.OptionalVersionedTextDocumentIdentifier(uri=params.uri, version=version),
                edits=_lsp_edits(record),
            )
        ]
    )
    answer = await ls.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(edit=edit, label=f"nocodo: {record.mode}")
    )
    if not answer.applied:
        message = f"the editor refused the edit: {answer.failure_reason or 'no reason given'}"
        ls.show(types.MessageType.Warning, f"nocodo: {message}")
        return _result("rejected", record, message)
    return _result("applied", record, f"{record.mode}: {record.message}")


def _unexpected(ls: NocodoServer, mode: str, error: Exception) -> dict:
    log.error("%s failed unexpectedly", mode, exc_info=error)
    message = f"{mode} failed unexpectedly ({type(error).__name__}: {error}); nothing was changed. The server log has the details"
    ls.show(types.MessageType.Error, f"nocodo: {message}")
    return _result("failed", None, message)


async def _run_mode(ls: NocodoServer, params: RunModeParams) -> dict:
    if ls.shutting_down:
        return _result("cancelled", None, "the server is shutting down; nothing was changed")
    try:
        mode = get_mode(params.mode)
        check_mode_args(mode, params.args)
        request = ls.mode_request(params.uri, params.position.line, params.position.character, params.args)
        document = ls.workspace.get_text_document(params.uri)
    except (ModeError, BadArguments, OSError, UnicodeDecodeError, ValueError) as error:
        ls.show(types.MessageType.Error, f"nocodo: {error}")
        return _result("failed", None, str(error))
    version, source = document.version, document.source
    cancel = threading.Event()
    # $/cancelRequest names the request; pygls runs the command under another id.
    request_id = ls.protocol.msg_id
    if request_id is not None:
        ls.request_cancels[request_id] = cancel
    token = await _begin_progress(ls, f"Nocodo: {mode.title}")
    if token:
        ls.cancel_events[token] = cancel
    loop = asyncio.get_running_loop()

    def progress(message: str, percent: int) -> None:
        if token and not ls.shutting_down:
            report = types.WorkDoneProgressReport(message=message, percentage=percent, cancellable=True)
            loop.call_soon_threadsafe(ls.work_done_progress.report, token, report)

    try:
        if cancel.is_set():
            raise asyncio.CancelledError
        future = ls.model_worker.submit(run_mode, mode, request, ls.backend, ls.settings, cancel, progress)
        ls.running.add(future)
        future.add_done_callback(ls.running.discard)
        record = await asyncio.wrap_future(future)
    except asyncio.CancelledError:
        cancel.set()
        raise
    except RuntimeError as error:  # the worker was shut down under us
        if not ls.shutting_down:
            return _unexpected(ls, mode.id, error)
        return _result("cancelled", None, f"the server is shutting down; nothing was changed ({error})")
    except Exception as error:  # a bug in a mode: a sentence for the user, the traceback for the log
        return _unexpected(ls, mode.id, error)
    finally:
        ls.request_cancels.pop(request_id, None)
        if token:
            ls.cancel_events.pop(token, None)
            if not ls.shutting_down:
                ls.work_done_progress.end(token, types.WorkDoneProgressEnd(message="done"))
    ls.last_runs[params.uri] = ls.last_run = record
    save_run(record, request.workspace.root)
    if record.status == "ok":
        return await _apply(ls, params, record, version, source)
    if record.status == "needs_input":
        return _result("needs_input", record, record.message)
    status = "cancelled" if record.status == "cancelled" else "failed"
    ls.show(types.MessageType.Warning if status == "cancelled" else types.MessageType.Error, f"nocodo: {record.message}")
    return _result(status, record, record.message)


async def _run_mode_command(ls: NocodoServer, arguments: tuple, command: str, mode: str | None = None) -> dict:
    try:
        params = run_mode_params(list(arguments), command, mode)
    except BadArguments as error:
        ls.show(types.MessageType.Error, f"nocodo: {error}")
        return _result("failed", None, str(error))
    return await _run_mode(ls, params)


@server.command(RUN_MODE)
async def run_mode_command(ls: NocodoServer, *arguments: Any) -> dict:
    return await _run_mode_command(ls, arguments, RUN_MODE)


def _register_mode_alias(mode_id: str) -> None:
    # The variant hands off to its plain twin: every entry point reads arguments the same way.
    @server.command(f"nocodo.{mode_id}")
    async def run_this_mode(ls: NocodoServer, *arguments: Any) -> dict:
        return await _run_mode_command(ls, arguments, f"nocodo.{mode_id}", mode=mode_id)


for _mode in ALL_MODES:
    _register_mode_alias(_mode.id)


@server.command(SHOW_LAST_RUN)
def show_last_run(ls: NocodoServer, *arguments: Any) -> dict | None:
    try:
        params = parse(ShowLastRunParams, command_object(list(arguments), SHOW_LAST_RUN, '{"uri": "file:///..."}'), SHOW_LAST_RUN)
    except BadArguments as error:
        raise JsonRpcInvalidParams(str(error)) from None
    record = ls.last_runs.get(params.uri) if params.uri else ls.last_run
    if record is None:
        return None
    record = record.without_secrets()
    return {"markdown": record.to_markdown(), "record": record.model_dump(mode="json")}


@server.command(LIST_MODES)
def list_modes(ls: NocodoServer, *arguments: Any) -> list[dict]:
    return [mode.summary() for mode in ALL_MODES]


@server.feature(types.WINDOW_WORK_DONE_PROGRESS_CANCEL)
def cancel_progress(ls: NocodoServer, params: types.WorkDoneProgressCancelParams) -> None:
    event = ls.cancel_events.get(str(params.token))
    if event is not None:
        event.set()


@server.feature(types.SHUTDOWN)
def shutdown(ls: NocodoServer, params: None) -> None:
    """Cancel every run and answer at once; the worker stops at its next token."""
    ls.shutting_down = True
    for event in [*ls.cancel_events.values(), *ls.request_cancels.values()]:
        event.set()
    # Cancel the other requests here, over a copy: pygls' own loop over its live dict fails
    # when a cancelled request's callback removes itself from it.
    current = ls.protocol.msg_id
    for msg_id, future in list(ls.protocol._request_futures.items()):
        if msg_id != current and not future.done():
            future.cancel()
    ls.model_worker.shutdown(wait=False, cancel_futures=True)


#: how long `exit` waits for the worker to stop decoding before leaving anyway
EXIT_GRACE_SECONDS = 2.0


@server.feature(types.EXIT)
def exit_promptly(ls: NocodoServer, params: None) -> None:
    """Leave within EXIT_GRACE_SECONDS even when a model call does not stop (interpreter exit
    would join the worker thread)."""
    ls.shutting_down = True
    for event in [*ls.cancel_events.values(), *ls.request_cancels.values()]:
        event.set()
    deadline = time.monotonic() + EXIT_GRACE_SECONDS
    while any(not f.done() for f in list(ls.running)) and time.monotonic() < deadline:
        time.sleep(0.02)
    if any(not f.done() for f in list(ls.running)):
        log.warning("a model call did not stop within %.0f s of exit; leaving without it", EXIT_GRACE_SECONDS)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0 if ls.protocol._shutdown else 1)


async def _run_mode_for_task(ls: NocodoServer, mode: str, uri: str, line: int, args: dict) -> dict:
    payload = {"mode": mode, "uri": uri, "position": {"line": line, "character": 0}, "args": args}
    return await _run_mode_command(ls, (payload,), "nocodo/plan/runTask")


planning_features.register(server, _run_mode_for_task)


def create_server() -> NocodoServer:
    return server
