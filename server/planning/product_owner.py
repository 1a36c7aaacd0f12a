"""The Product Owner: a fixed script of narrow questions, with the model only where it helps.

A tiny model cannot run an open interview, so the questions are deterministic; the model
proposes candidate entities from the description, under a JSON grammar so its answer always
parses, and a plain heuristic backs it up when the model proposes nothing useful.
"""

from __future__ import annotations

import json
import re

from nocodo.modes.diesel.naming import plural, singular

from ..backends import BackendError, CompletionRequest
from .fields import ANOTHER_FIELD, VALUE_KINDS, described_fields, is_usual_field  # noqa: F401  (ANOTHER_FIELD: the option clients show)
from .protocol import EntityField, Question, Relation, Summary
from .reading import STOP_WORDS, a_noun, is_verb, plural_words, read_records, read_relations, relation_sentence

USERS = ["Only me", "My staff", "My customers"]
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
    """The records the description names, as noun phrases: 'repair jobs', 'customers' -> repair job, customer.
    A usual field the description gives to another record ("wash packages with their prices") is
    that record's field, not a record."""
    records = read_records(description)
    held = {singular(label) for record in records for label in described_fields(record, description)}
    return [r for r in records if not (r in held and is_usual_field(r))][:8]


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
    text = " ".join(re.findall(r"[a-z]+", description.lower()))
    read = heuristic_entities(description)
    in_compounds = {word for record in read if " " in record for word in record.split()}
    # Keep only what the description mentions as a noun: a tiny model's extra guesses are noise,
    # a verb ("book") is never a record, and a word of a compound ("repair", "job") is the compound.
    grounded = [
        c for c in candidates
        if c and not is_verb(c) and c not in STOP_WORDS and c not in in_compounds and not is_verb(c.split()[-1])
        and any(re.search(rf"\b{re.escape(form)}\b", text) for form in (c, c + "s", c + "es", plural(c)))
    ]
    return list(dict.fromkeys(read + grounded))[:8] or ["customer"]


def entities_question(candidates: list[str]) -> Question:
    return Question(kind="multiple", question="Which of these should the app keep records of?", options=candidates)


def fields_question(entity: str, choices: dict[str, EntityField]) -> Question:
    return Question(kind="multiple", question=f"What should each {entity} record hold?", options=[*choices, ANOTHER_FIELD])


def field_names_question(entity: str) -> Question:
    return Question(kind="text", question=f"What else should each {entity} record hold? "
                    "(name each field in a few words, separated by commas, e.g. serial number, colour)")


def field_type_question(entity: str, field: str) -> Question:
    return Question(kind="single", question=f"What does the {field.replace('_', ' ')} of a {entity} hold?", options=list(VALUE_KINDS))


def relation_choices(description: str, records: list[str]) -> dict[str, dict]:
    """The relations the description states between the chosen records, as the sentences the
    Product Owner offers -> the relation each keeps. A many-to-many is offered with its one-to-many
    alternative, so the person chooses ("Can one part be used on many jobs?")."""
    choices: dict[str, dict] = {}
    for relation in read_relations(description, records):
        choices[relation_sentence(relation)] = relation.model_dump()
        if relation.kind == "many_to_many":
            single = Relation(child=relation.child, parent=relation.parent)
            choices[relation_sentence(single)] = single.model_dump()
    return choices


def relations_question(choices: dict[str, dict]) -> Question:
    return Question(kind="multiple", question="Which of these are true? (tick each one that is)", options=list(choices))


def chosen_relations(choices: dict[str, dict], answer: list[str]) -> list[dict]:
    """The ticked relations; a pair ticked both ways keeps the many-to-many."""
    kept: dict[tuple[str, str], dict] = {}
    for sentence in answer:
        if sentence not in choices:
            raise ValueError(f"{sentence!r} is not one of the choices")
        relation = choices[sentence]
        key = (relation["child"], relation["parent"])
        if key not in kept or relation["kind"] == "many_to_many":
            kept[key] = relation
    return list(kept.values())


def deletes_sentence(relation: Relation) -> str:
    child, parent = relation.child.replace("_", " "), relation.parent.replace("_", " ")
    if relation.on_delete == "cascade":
        return f"Deleting {a_noun(parent)} also deletes its {plural_words(child)}"
    return f"{a_noun(parent).capitalize()} that has {plural_words(child)} cannot be deleted"


def _cascade_sentence(relation: dict) -> str:
    return deletes_sentence(Relation.model_validate({**relation, "on_delete": "cascade"}))


def deletes_question(relations: list[dict]) -> Question | None:
    """Which children go with their parent; None when no record belongs to another."""
    options = [_cascade_sentence(r) for r in relations if r["kind"] == "belongs_to"]
    if not options:
        return None
    return Question(kind="multiple", question="When a record is deleted, what should go with it? (tick each; "
                    "a record whose children are not ticked cannot be deleted while it has them)", options=options)


def with_deletes(relations: list[dict], answer: list[str]) -> list[dict]:
    """The relations with the person's choice of what a delete takes with it."""
    offered = {_cascade_sentence(r) for r in relations if r["kind"] == "belongs_to"}
    for sentence in answer:
        if sentence not in offered:
            raise ValueError(f"{sentence!r} is not one of the choices")
    return [{**r, "on_delete": "cascade" if r["kind"] == "belongs_to" and _cascade_sentence(r) in answer else "restrict"}
            for r in relations]


def users_question() -> Question:
    return Question(kind="single", question="Who will use the app?", options=USERS)


def constraints_question() -> Question:
    return Question(kind="text", question="Anything else it must do or respect? (leave empty if not)")


def summary_text(summary: Summary) -> str:
    lines = [f"Here is what I understood: {summary.app}", f"Used by: {', '.join(summary.users) or 'you'}"]
    for entity in summary.entities:
        lines.append(f"- {entity.name}: {', '.join(f.name for f in entity.fields)}")
    for relation in summary.relations:
        lines.append(f"- {relation_sentence(relation)}")
        if relation.kind == "belongs_to":
            lines.append(f"  {deletes_sentence(relation)}")
    if summary.constraints:
        lines.append(f"Also: {summary.constraints}")
    lines.append("Confirm to let the Project Manager plan it.")
    return "\n".join(lines)
