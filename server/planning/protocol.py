"""Payloads of the planning requests (`nocodo/plan/*`): the one definition of the contract.

The TypeScript types of the VS Code panel are generated from these models (typescript.py).
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, Field, field_validator

from nocodo.modes.guard import identifier

#: ids are SQLite integers: a larger number is refused when the request is read
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]

QuestionKind = Literal["single", "multiple", "text"]


class Question(BaseModel):
    kind: QuestionKind
    question: str
    options: list[str] = []


class EntityField(BaseModel):
    name: str
    type: Literal["text", "integer", "decimal", "money", "boolean", "date", "datetime"] = "text"
    optional: bool = False

    @field_validator("name")
    @classmethod
    def name_is_an_identifier(cls, value: str) -> str:
        return identifier(value, "a field name")


class Entity(BaseModel):
    name: str
    fields: list[EntityField] = []

    # The name becomes a file (src/models/<name>.rs), a table and a struct.
    @field_validator("name")
    @classmethod
    def name_is_an_identifier(cls, value: str) -> str:
        return identifier(value, "a record name")


class Relation(BaseModel):
    """`child` belongs to one `parent` (a `<parent>_id` column), or many of each (a join table)."""

    child: str
    parent: str
    kind: Literal["belongs_to", "many_to_many"] = "belongs_to"
    #: what deleting the parent does to its children: they go too, or the delete is refused while
    #: they exist (a link row of a many-to-many always goes with either end)
    on_delete: Literal["cascade", "restrict"] = "restrict"

    @field_validator("child", "parent")
    @classmethod
    def names_are_identifiers(cls, value: str) -> str:
        return identifier(value, "a record name")


class Summary(BaseModel):
    app: str
    users: list[str] = []
    entities: list[Entity] = []
    relations: list[Relation] = []
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
    sessionId: Id
    answer: Union[str, list[str]]


class SessionParams(BaseModel):
    sessionId: Id


class EpicParams(BaseModel):
    epicId: Id


class TransitionParams(BaseModel):
    taskId: Id
    to: str


class CommentParams(BaseModel):
    taskId: Id
    author: str = "user"
    text: str = Field(min_length=1)


class TaskParams(BaseModel):
    taskId: Id


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
