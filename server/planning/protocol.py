"""Payloads of the planning requests (`nocodo/plan/*`): the one definition of the contract.

The TypeScript types of the VS Code panel are generated from these models (typescript.py).
"""

from __future__ import annotations

from typing import Literal, Union

from pydantic import BaseModel, Field

QuestionKind = Literal["single", "multiple", "text"]


class Question(BaseModel):
    kind: QuestionKind
    question: str
    options: list[str] = []


class EntityField(BaseModel):
    name: str
    type: Literal["text", "integer", "decimal", "money", "boolean", "date", "datetime"] = "text"
    optional: bool = False


class Entity(BaseModel):
    name: str
    fields: list[EntityField] = []


class Summary(BaseModel):
    app: str
    users: list[str] = []
    entities: list[Entity] = []
    constraints: str = ""


class Task(BaseModel):
    id: int
    title: str
    role: str
    mode: str | None = None
    args: dict[str, str] = {}
    file: str | None = None
    state: str


class Epic(BaseModel):
    id: int
    title: str
    tasks: list[Task] = []


class StartParams(BaseModel):
    description: str = Field(min_length=1)


class AnswerParams(BaseModel):
    sessionId: int
    answer: Union[str, list[str]]


class SessionParams(BaseModel):
    sessionId: int


class EpicParams(BaseModel):
    epicId: int


class TransitionParams(BaseModel):
    taskId: int
    to: str


class CommentParams(BaseModel):
    taskId: int
    author: str = "user"
    text: str = Field(min_length=1)


class TaskParams(BaseModel):
    taskId: int


class PlanReply(BaseModel):
    """What the panel shows next: an agent message, and a question, a summary or an epic."""

    sessionId: int | None = None
    message: str = ""
    question: Question | None = None
    summary: Summary | None = None
    epic: Epic | None = None


class RunTaskReply(BaseModel):
    task: Task
    status: str
    message: str
