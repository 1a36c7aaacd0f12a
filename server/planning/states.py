"""The task state machine: draft -> needs_technical_shaping -> ready -> in_progress -> done."""

from __future__ import annotations

from enum import Enum


class TaskState(str, Enum):
    DRAFT = "draft"
    NEEDS_TECHNICAL_SHAPING = "needs_technical_shaping"
    READY = "ready"
    IN_PROGRESS = "in_progress"
    DONE = "done"


TRANSITIONS: dict[TaskState, set[TaskState]] = {
    TaskState.DRAFT: {TaskState.NEEDS_TECHNICAL_SHAPING},
    TaskState.NEEDS_TECHNICAL_SHAPING: {TaskState.READY, TaskState.DRAFT},
    TaskState.READY: {TaskState.IN_PROGRESS, TaskState.NEEDS_TECHNICAL_SHAPING},
    # A failed run goes back to ready, with a comment saying why.
    TaskState.IN_PROGRESS: {TaskState.DONE, TaskState.READY},
    # Reopening a finished task.
    TaskState.DONE: {TaskState.READY},
}


class IllegalTransition(ValueError):
    pass


def check_transition(current: str, target: str) -> TaskState:
    try:
        source, destination = TaskState(current), TaskState(target)
    except ValueError:
        raise IllegalTransition(f"unknown task state: {target!r} (states: {', '.join(s.value for s in TaskState)})") from None
    if destination not in TRANSITIONS[source]:
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[source]))
        raise IllegalTransition(f"a task cannot go from {source.value} to {destination.value} (allowed: {allowed})")
    return destination
