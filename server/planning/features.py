"""The planning requests of the language server (`nocodo/plan/*`), one small function each."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel
from pygls.exceptions import JsonRpcInvalidParams
from pygls.uris import to_fs_path

from ..arguments import BadArguments, parse
from .protocol import AnswerParams, CommentParams, EpicParams, RunTaskReply, SessionParams, StartParams, TaskParams, TransitionParams
from .service import PlanningError
from .states import IllegalTransition
from .store import NotFound, StoreError

UPDATED = "nocodo/plan/updated"


def _guarded(method: str) -> Callable:
    """Bad params and flow errors become JSON-RPC errors with the message the user needs."""

    def wrap(handler: Callable) -> Callable:
        async def call(ls, params):
            try:
                result = handler(ls, params)
                if hasattr(result, "__await__"):
                    result = await result
                return result.model_dump(mode="json") if isinstance(result, BaseModel) else result
            except (BadArguments, PlanningError, IllegalTransition, NotFound, StoreError) as error:
                raise JsonRpcInvalidParams(str(error)) from None
            except sqlite3.DatabaseError as error:
                store = getattr(ls, "_planning", None)
                where = store.store.path if store is not None else "the planning database"
                raise JsonRpcInvalidParams(f"{method}: {where} could not be used ({error}); it was left as it was") from None

        call.__name__ = handler.__name__
        return call

    return wrap


def _parse(model: type[BaseModel], params: Any, method: str) -> Any:
    return parse(model, params, method)


def register(server, run_mode: Callable) -> None:
    """Add the planning requests to `server`; `run_mode(ls, mode, uri, line, args)` runs a mode."""

    @server.feature("nocodo/plan/start")
    @_guarded("nocodo/plan/start")
    async def start(ls, params):
        description = _parse(StartParams, params, "nocodo/plan/start").description
        service = ls.planning()
        # Proposing entities asks the model: off the event loop, in turn with the modes, and
        # cancellable like a mode's run ($/cancelRequest, shutdown).
        cancel = threading.Event()
        request_id = ls.protocol.msg_id
        ls.request_cancels[request_id] = cancel
        try:
            return await asyncio.get_running_loop().run_in_executor(ls.model_worker, service.start, description, cancel)
        except asyncio.CancelledError:
            cancel.set()
            raise
        finally:
            ls.request_cancels.pop(request_id, None)

    @server.feature("nocodo/plan/answer")
    @_guarded("nocodo/plan/answer")
    def answer(ls, params):
        request = _parse(AnswerParams, params, "nocodo/plan/answer")
        return ls.planning().answer(request.sessionId, request.answer)

    @server.feature("nocodo/plan/confirm")
    @_guarded("nocodo/plan/confirm")
    def confirm(ls, params):
        return ls.planning().confirm(_parse(SessionParams, params, "nocodo/plan/confirm").sessionId)

    @server.feature("nocodo/plan/epic")
    @_guarded("nocodo/plan/epic")
    def epic(ls, params):
        return ls.planning().epic(_parse(EpicParams, params, "nocodo/plan/epic").epicId)

    @server.feature("nocodo/plan/transition")
    @_guarded("nocodo/plan/transition")
    def transition(ls, params):
        request = _parse(TransitionParams, params, "nocodo/plan/transition")
        return ls.planning().transition(request.taskId, request.to)

    @server.feature("nocodo/plan/comment")
    @_guarded("nocodo/plan/comment")
    def comment(ls, params):
        request = _parse(CommentParams, params, "nocodo/plan/comment")
        return ls.planning().comment(request.taskId, request.author, request.text)

    @server.feature("nocodo/plan/runTask")
    @_guarded("nocodo/plan/runTask")
    async def run_task(ls, params):
        task_id = _parse(TaskParams, params, "nocodo/plan/runTask").taskId
        service = ls.planning()
        open_files = {Path(to_fs_path(d.uri) or d.uri) for d in ls.workspace.text_documents.values()}
        task, file, line = service.begin_run(task_id, open_files)
        try:
            result = await run_mode(ls, task["mode"], file.as_uri(), line, task["args"])
        except BaseException:
            service.finish_run(task_id, "failed", "the run did not finish")
            raise
        updated = service.finish_run(task_id, result["status"], result["message"], result.get("runId"))
        ls.protocol.notify(UPDATED, {"task": updated.model_dump()})
        return RunTaskReply(task=updated, status=result["status"], message=result["message"])
