"""The Product Owner: a fixed script of narrow questions, with the model only where it helps.

A tiny model cannot run an open interview, so the questions are deterministic; the model
proposes candidate entities from the description, under a JSON grammar so its answer always
parses, and a plain heuristic backs it up when the model proposes nothing useful.
"""

from __future__ import annotations

import json
import re

from nocodo.modes.diesel.naming import singular

from ..backends import BackendError, CompletionRequest
from .protocol import Entity, EntityField, Question, Summary

USERS = ["Only me", "My staff", "My customers"]
#: field name -> (type, optional): the usual fields of small-business records
COMMON_FIELDS = {
    "name": ("text", False), "email": ("text", False), "phone": ("text", True), "address": ("text", True),
    "notes": ("text", True), "status": ("text", False), "amount": ("money", False), "quantity": ("integer", False),
    "price": ("money", False), "date": ("date", False), "starts at": ("datetime", False), "paid": ("boolean", False),
    "description": ("text", True), "created at": ("datetime", False),
}
_STOP_WORDS = set(
    "a an the and or of for to with my our their app application system tool that which who where when want need "
    "would like keep track manage small business simple can be is are it we i me us they them in on at by from "
    "lets let help list record records booking bookings each every some many".split()
)
_EXTRACT_PROMPT = """Extract the things a small business app keeps records of.

Description: A gym where members book classes with trainers and pay monthly invoices.
Entities: {"entities": ["member", "class", "trainer", "invoice"]}

Description: I sell handmade candles online and need to track orders, customers and stock of products.
Entities: {"entities": ["order", "customer", "product"]}

Description: %s
Entities: """
_ENTITIES_GRAMMAR = r'''
root ::= "{\"entities\": [" entity ( ", " entity )* "]}"
entity ::= "\"" [a-z] [a-z ]* "\""
'''


def heuristic_entities(description: str) -> list[str]:
    """Plural nouns of the description: 'customers', 'orders' -> customer, order."""
    words = re.findall(r"[a-z]+", description.lower())
    found = [singular(w) for w in words if w.endswith("s") and len(w) > 3 and w not in _STOP_WORDS]
    return list(dict.fromkeys(w for w in found if w not in _STOP_WORDS))[:6]


def propose_entities(description: str, backend, cancel=None) -> list[str]:
    candidates: list[str] = []
    if backend is not None:
        try:
            completion = backend.complete(
                CompletionRequest(prompt=_EXTRACT_PROMPT % description.strip(), max_tokens=60, grammar=_ENTITIES_GRAMMAR, temperature=0.1),
                cancel=cancel,
            )
            candidates = [singular(e.strip()) for e in json.loads(completion.text)["entities"]]
        except (BackendError, ValueError, KeyError, TypeError):
            candidates = []
    words = set(re.findall(r"[a-z]+", description.lower()))
    # Keep only what the description mentions: a tiny model's extra guesses are noise.
    grounded = [c for c in candidates if c in words or c + "s" in words or c + "es" in words]
    return list(dict.fromkeys(grounded + heuristic_entities(description)))[:6] or ["customer"]


def field_options(entity: str) -> list[str]:
    return list(COMMON_FIELDS)


def entity_from_answer(name: str, chosen: list[str]) -> Entity:
    fields = []
    for option in chosen:
        kind, optional = COMMON_FIELDS.get(option, ("text", True))
        fields.append(EntityField(name=option.replace(" ", "_"), type=kind, optional=optional))
    return Entity(name=name.replace(" ", "_"), fields=fields or [EntityField(name="name")])


def entities_question(candidates: list[str]) -> Question:
    return Question(kind="multiple", question="Which of these should the app keep records of?", options=candidates)


def fields_question(entity: str) -> Question:
    return Question(kind="multiple", question=f"What should each {entity} record hold?", options=field_options(entity))


def users_question() -> Question:
    return Question(kind="single", question="Who will use the app?", options=USERS)


def constraints_question() -> Question:
    return Question(kind="text", question="Anything else it must do or respect? (leave empty if not)")


def summary_text(summary: Summary) -> str:
    lines = [f"Here is what I understood: {summary.app}", f"Used by: {', '.join(summary.users) or 'you'}"]
    for entity in summary.entities:
        lines.append(f"- {entity.name}: {', '.join(f.name for f in entity.fields)}")
    if summary.constraints:
        lines.append(f"Also: {summary.constraints}")
    lines.append("Confirm to let the Project Manager plan it.")
    return "\n".join(lines)
