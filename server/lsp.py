"""The language server: one small function per LSP feature, all state on `NocodoServer`.

Listing code actions never calls the model. Running a mode happens on a single worker thread
(one model, one caller at a time) while the event loop keeps answering; the result comes back
as a versioned `workspace/applyEdit`, and is dropped if the document changed meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pydantic import BaseModel, ValidationError, field_validator
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from nocodo.modes import ALL_MODES, ModeError, Request, get_mode
from nocodo.modes.workspace import Workspace

from . import __version__
from .backends import create_backend
from .backends.base import Backend
from .config import SettingsError, resolve_settings
from .pipeline import run_mode
from .planning import features as planning_features
from .planning.service import PlanningService
from .planning.store import PlanStore, database_path
from .runs import RunRecord, save_run

log = logging.getLogger(__name__)

CODE_ACTION_KIND = "refactor.rewrite.nocodo"
RUN_MODE = "nocodo.runMode"
SHOW_LAST_RUN = "nocodo.showLastRun"
LIST_MODES = "nocodo.listModes"


class Position(BaseModel):
    line: int
    character: int


class RunModeParams(BaseModel):
    mode: str
    uri: str
    position: Position
    args: dict[str, str] = {}

    @field_validator("args", mode="before")
    @classmethod
    def empty_list_is_no_args(cls, value):
        # Lua clients encode an empty table as [] rather than {}.
        return {} if value == [] or value is None else value


class NocodoServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("nocodo-lsp", __version__)
        self.settings = resolve_settings()
        self.settings_problem: str | None = None
        self._backend: Backend | None = None
        # One worker: the model is shared and its calls are serialized.
        self.model_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nocodo-model")
        self.cancel_events: dict[str, threading.Event] = {}
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
        if settings.backend_key() != self.settings.backend_key() and self._backend is not None:
            old, self._backend = self._backend, None
            self.model_worker.submit(old.close)
        self.settings = settings

    def planning(self) -> PlanningService:
        if self._planning is None:
            root = Path(self.workspace.root_path or ".")
            self._planning = PlanningService(PlanStore(database_path(root)), root, self.planning_backend)
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
        log.info(message)
        self.window_log_message(types.LogMessageParams(type=kind, message=message))
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def workspace_root(self, path: Path) -> Path:
        root = self.workspace.root_path
        return Path(root) if root else path.parent

    def mode_request(self, uri: str, line: int, character: int, args: dict[str, str]) -> Request:
        path = Path(to_fs_path(uri) or uri)
        document = self.workspace.get_text_document(uri)
        open_documents = {
            Path(to_fs_path(d.uri) or d.uri): d.source for d in self.workspace.text_documents.values()
        }
        return Request(
            path=path,
            text=document.source,
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
    if isinstance(settings, dict) and settings:
        ls.apply_settings(settings)
        ls.warm_up()


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[CODE_ACTION_KIND], resolve_provider=False),
)
def code_actions(ls: NocodoServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    position = params.range.start
    try:
        request = ls.mode_request(uri, position.line, position.character, {})
    except (OSError, UnicodeDecodeError):
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
        "message": message,
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


async def _run_mode(ls: NocodoServer, params: RunModeParams) -> dict:
    try:
        mode = get_mode(params.mode)
        request = ls.mode_request(params.uri, params.position.line, params.position.character, params.args)
    except (ModeError, OSError, UnicodeDecodeError) as error:
        ls.show(types.MessageType.Error, f"nocodo: {error}")
        return _result("failed", None, str(error))
    version = ls.workspace.get_text_document(params.uri).version
    token = await _begin_progress(ls, f"Nocodo: {mode.title}")
    cancel = threading.Event()
    if token:
        ls.cancel_events[token] = cancel
    loop = asyncio.get_running_loop()

    def progress(message: str, percent: int) -> None:
        if token:
            report = types.WorkDoneProgressReport(message=message, percentage=percent, cancellable=True)
            loop.call_soon_threadsafe(ls.work_done_progress.report, token, report)

    try:
        record = await loop.run_in_executor(
            ls.model_worker, run_mode, mode, request, ls.backend, ls.settings, cancel, progress
        )
    except asyncio.CancelledError:
        cancel.set()
        raise
    finally:
        if token:
            ls.cancel_events.pop(token, None)
            ls.work_done_progress.end(token, types.WorkDoneProgressEnd(message="done"))
    ls.last_runs[params.uri] = ls.last_run = record
    save_run(record, request.workspace.root)
    if record.status == "ok":
        return await _apply(ls, params, record, version, request.text)
    if record.status == "needs_input":
        return _result("needs_input", record, record.message)
    status = "cancelled" if record.status == "cancelled" else "failed"
    ls.show(types.MessageType.Warning if status == "cancelled" else types.MessageType.Error, f"nocodo: {record.message}")
    return _result(status, record, record.message)


def _parse_run_params(arguments: Any, mode: str | None = None) -> RunModeParams:
    payload = arguments[0] if isinstance(arguments, (list, tuple)) and arguments else arguments
    payload = dict(payload or {})
    if mode is not None:
        payload["mode"] = mode
    return RunModeParams.model_validate(payload)


@server.command(RUN_MODE)
async def run_mode_command(ls: NocodoServer, *arguments: Any) -> dict:
    try:
        params = _parse_run_params(arguments)
    except ValidationError as error:
        message = f"bad arguments for {RUN_MODE}: {error.errors()[0]['loc']} {error.errors()[0]['msg']}"
        ls.show(types.MessageType.Error, f"nocodo: {message}")
        return _result("failed", None, message)
    return await _run_mode(ls, params)


def _register_mode_alias(mode_id: str) -> None:
    @server.command(f"nocodo.{mode_id}")
    async def run_this_mode(ls: NocodoServer, *arguments: Any) -> dict:
        try:
            params = _parse_run_params(arguments, mode=mode_id)
        except ValidationError as error:
            return _result("failed", None, f"bad arguments: {error.errors()[0]['msg']}")
        return await _run_mode(ls, params)


for _mode in ALL_MODES:
    _register_mode_alias(_mode.id)


@server.command(SHOW_LAST_RUN)
def show_last_run(ls: NocodoServer, *arguments: Any) -> dict | None:
    payload = arguments[0] if arguments and isinstance(arguments[0], dict) else {}
    record = ls.last_runs.get(payload.get("uri")) if payload.get("uri") else ls.last_run
    if record is None:
        return None
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
    for event in ls.cancel_events.values():
        event.set()
    ls.model_worker.shutdown(wait=False, cancel_futures=True)


async def _run_mode_for_task(ls: NocodoServer, mode: str, uri: str, line: int, args: dict) -> dict:
    return await _run_mode(ls, RunModeParams(mode=mode, uri=uri, position=Position(line=line, character=0), args=args))


planning_features.register(server, _run_mode_for_task)


def create_server() -> NocodoServer:
    return server
