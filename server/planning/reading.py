"""Records and relations read from a plain description, without the model.

Records are noun phrases, not words: "repair jobs" is one record (repair_job), and a verb in
front of a noun ("book appointments", "track orders") is never a record nor part of one.
Relations come from the phrases English uses for them: "X for each Y", "Y's X", "X of a Y",
"X belongs to Y", "Y has X", "Y ... their X" (one Y, many X) and "X used on Y" (many of each).
"""

from __future__ import annotations

import re

from nocodo.modes.diesel.naming import plural, singular

from .protocol import Relation

STOP_WORDS = set(
    "a an the and or of for to with my our their your his her its app application system tool that which who whom "
    "where when want wants need needs would like keep keeps track tracks manage manages small business simple can "
    "could should be is are was were it we i me us they them in on at by from lets let help list lists record records "
    "each every some many any all one two more most other others also just only then than this these those there "
    "here how what whether about into onto over under per via using used use uses things thing stuff people "
    "day days week weeks month months year years times way ways belong belongs belonging has have had kind kinds lot lots".split()
)
#: words that are verbs in a description of what a business does; never a record, never a modifier
VERBS = set(
    "book books booked sell sells sold buy buys bought rent rents rented bring brings brought send sends sent make "
    "makes made take takes took give gives gave pay pays paid hire hires hired teach teaches run runs ran see sees "
    "view views create creates edit edits delete deletes print prints schedule schedules log logs store stores add "
    "adds assign assigns fix fixes fixed repair repairs repaired serve serves served ship ships shipped deliver "
    "delivers delivered offer offers offered host hosts organise organises organize organizes plan plans cook cooks "
    "bake bakes clean cleans visit visits borrow borrows lend lends lent attend attends join joins collect collects "
    "note notes register registers enrol enrols enroll enrolls sign signs do does did get gets got have has had "
    "go goes come comes sells place places check checks handle handles write writes read reads brew brews lend lends belong belongs borrow borrows".split()
)
#: describing words that are not part of a record's name ("handmade candles" -> candle)
ADJECTIVES = set("handmade new old online local big large little young senior junior main own regular special "
                 "daily weekly monthly yearly different various".split())
#: a verb that is also the first word of a usual compound noun ("repair job", "order item")
NOUN_VERBS = {"repair", "order", "service", "time", "line", "work", "rental", "booking", "delivery", "sign"}
_WORD = re.compile(r"[a-z]+(?:'s)?|[,:;.!?()]")
#: a word in VERBS after one of these is a noun: "the visits", "borrow books", "each book"
NOUN_CONTEXT = set("the their our my his her its of for on with some many all any each every in at".split())


def _words(description: str) -> list[str]:
    return _WORD.findall(description.lower().replace("\u2019", "'"))


def _is_plural_noun(word: str, before: str = "") -> bool:
    if not (word.endswith("s") and not word.endswith("ss") and len(word) > 3 and word not in STOP_WORDS):
        return False
    return word not in VERBS or before in NOUN_CONTEXT or before in VERBS


#: a subject before a verb: "we repair bikes" is a verb, "track repair jobs" a compound
SUBJECTS = {"we", "i", "they", "you", "he", "she", "it", "who", "that", "which", "people", "staff"}


def _starts_phrase(word: str) -> bool:
    """Whether a noun phrase can start after `word` (so a noun-verb after it is a modifier)."""
    return word == "" or not word.isalpha() or word in VERBS or (word in STOP_WORDS and word not in SUBJECTS)


def read_records(description: str) -> list[str]:
    """The records a description names, as noun phrases in words: 'repair job', 'customer'."""
    words = _words(description)
    found: list[str] = []
    for index, word in enumerate(words):
        word = word.removesuffix("'s")
        after_each = index > 0 and words[index - 1] in ("each", "every")
        # "belongs to a shelf": the other end of a relation, named in the singular
        after_each = after_each or (index > 2 and words[index - 3].startswith("belong") and words[index - 2] == "to"
                                    and words[index - 1] in ("a", "an", "one", "the"))
        if after_each and word.isalpha() and word not in STOP_WORDS and len(word) > 2:
            found.append(word)  # "for each teacher": a record named once, in the singular
            continue
        before = words[index - 1] if index else ""
        two_before = words[index - 2] if index > 1 else ""
        if not _is_plural_noun(word, before):
            continue
        # "repair jobs" is one record; "book appointments" is a verb and its object; "customers
        # bring their bikes": `their` ends the phrase.
        modifier = (
            before.isalpha() and before not in STOP_WORDS and before not in ADJECTIVES and len(before) > 2 and not before.endswith(("ly", "ing", "ed"))
            and (before not in VERBS or (before in NOUN_VERBS and _starts_phrase(two_before)))
            and not _is_plural_noun(before, two_before)
        )
        found.append(f"{before} {singular(word)}" if modifier else singular(word))
    # a word also read as the head of a compound is that compound ("each job" after "repair jobs")
    heads = {r.split()[-1]: r for r in found if " " in r}
    return list(dict.fromkeys(heads.get(r, r) for r in found))


def _spellings(records: list[str]) -> dict[str, str]:
    """Each way a record is written -> the record: 'repair jobs', 'repair job', and 'job(s)' alone
    when no other record is called that."""
    spelled: dict[str, str] = {}
    for record in records:
        words = record.split()
        head = words[-1]
        spelled[record] = record
        spelled[" ".join(words[:-1] + [plural(head)])] = record
        if len(words) > 1 and head not in records:
            spelled.setdefault(head, record)
            spelled.setdefault(plural(head), record)
    return spelled


def _marked(description: str, records: list[str]) -> str:
    """The description with each mention of a record as `@record_name`."""
    text = " ".join(_words(description))
    if not records:
        return text
    spellings = _spellings(records)
    pattern = re.compile(r"\b(" + "|".join(re.escape(f) for f in sorted(spellings, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda match: "@" + spellings[match.group(1)].replace(" ", "_"), text)


_GAP = r"(?: [a-z']+){0,3}?"
_DET = r"(?:each|every|a|an|one|the|its|their|that|this|any)"
#: (regex over the marked text, kind, which group is the child)
RELATION_PATTERNS = [
    (rf"@(\w+)'s{_GAP} @(\w+)", "belongs_to", 2),                               # customer's bikes
    (rf"@(\w+){_GAP} (?:used|needed|fitted|added|given|sold) (?:on|in|for|at) (?:many |several |{_DET} )?@(\w+)", "many_to_many", 1),
    (rf"@(\w+) (?:belongs?|belonging) to (?:{_DET} )?@(\w+)", "belongs_to", 1),  # a bike belongs to a customer
    (rf"@(\w+) (?:has|have|holds?|owns?) (?:many |several |some |one or more |its |their )?@(\w+)", "belongs_to", 2),
    (rf"@(\w+){_GAP} (?:their|its|his|her) @(\w+)", "belongs_to", 2),           # customers bring their bikes
    (rf"@(\w+) (?:for|of|per|on|in) (?:each|every|a|an|one) @(\w+)", "belongs_to", 1),  # jobs for each bike
]


def read_relations(description: str, records: list[str]) -> list[Relation]:
    """The relations between `records` (names in words or snake_case) that the description states."""
    names = [r.replace("_", " ") for r in records]
    text = _marked(description, names)
    found: dict[tuple[str, str], Relation] = {}
    for regex, kind, child_group in RELATION_PATTERNS:
        for match in re.finditer(regex, text):
            child, parent = match.group(child_group), match.group(3 - child_group)
            if child == parent or (child, parent) in found or (parent, child) in found:
                continue
            found[(child, parent)] = Relation(child=child, parent=parent, kind=kind)
    return list(found.values())


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _plural_words(noun: str) -> str:
    words = noun.split()
    return " ".join(words[:-1] + [plural(words[-1])])


def relation_sentence(relation: Relation) -> str:
    """The relation in plain words, as the Product Owner asks and the summary shows it."""
    child, parent = relation.child.replace("_", " "), relation.parent.replace("_", " ")
    if relation.kind == "many_to_many":
        return f"{_a(child).capitalize()} can be used on many {_plural_words(parent)}, and {_a(parent)} has many {_plural_words(child)}"
    return f"Each {child} belongs to one {parent} ({_a(parent)} has many {_plural_words(child)})"
