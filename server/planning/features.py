"""The planning requests of the language server (`nocodo/plan/*`), one small function each."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel, ValidationError
from pygls.exceptions import JsonRpcInvalidParams
from pygls.uris import to_fs_path

from .protocol import AnswerParams, CommentParams, EpicParams, RunTaskReply, SessionParams, StartParams, TaskParams, TransitionParams
from .service import PlanningError
from .states import IllegalTransition
from .store import NotFound

UPDATED = "nocodo/plan/updated"


def plain(value: Any) -> Any:
    """pygls hands custom params over as namedtuples; the models want dicts."""
    if hasattr(value, "_asdict"):
        return {k: plain(v) for k, v in value._asdict().items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def _parse(model: type[BaseModel], params: Any) -> Any:
    try:
        return model.model_validate(plain(params) or {})
    except ValidationError as error:
        first = error.errors()[0]
        raise JsonRpcInvalidParams(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None


def _guarded(handler: Callable) -> Callable:
    """Flow errors become JSON-RPC errors with the message the user needs."""

    async def call(ls, params):
        try:
            result = handler(ls, params)
            if hasattr(result, "__await__"):
                result = await result
            return result.model_dump(mode="json") if isinstance(result, BaseModel) else result
        except (PlanningError, IllegalTransition, NotFound) as error:
            raise JsonRpcInvalidParams(str(error)) from None

    call.__name__ = handler.__name__
    return call


def register(server, run_mode: Callable) -> None:
    """Add the planning requests to `server`; `run_mode(ls, mode, uri, line, args)` runs a mode."""

    @server.feature("nocodo/plan/start")
    @_guarded
    async def start(ls, params):
        description = _parse(StartParams, params).description
        # Proposing entities asks the model: off the event loop, in turn with the modes.
        return await asyncio.get_running_loop().run_in_executor(ls.model_worker, ls.planning().start, description)

    @server.feature("nocodo/plan/answer")
    @_guarded
    def answer(ls, params):
        request = _parse(AnswerParams, params)
        return ls.planning().answer(request.sessionId, request.answer)

    @server.feature("nocodo/plan/confirm")
    @_guarded
    def confirm(ls, params):
        return ls.planning().confirm(_parse(SessionParams, params).sessionId)

    @server.feature("nocodo/plan/epic")
    @_guarded
    def epic(ls, params):
        return ls.planning().epic(_parse(EpicParams, params).epicId)

    @server.feature("nocodo/plan/transition")
    @_guarded
    def transition(ls, params):
        request = _parse(TransitionParams, params)
        return ls.planning().transition(request.taskId, request.to)

    @server.feature("nocodo/plan/comment")
    @_guarded
    def comment(ls, params):
        request = _parse(CommentParams, params)
        return ls.planning().comment(request.taskId, request.author, request.text)

    @server.feature("nocodo/plan/runTask")
    @_guarded
    async def run_task(ls, params):
        service = ls.planning()
        task_id = _parse(TaskParams, params).taskId
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
