"""The columns a plain description names, with their SQL types, read before the model runs.

"pets staying overnight: the pet, the check-in date, an optional check-out date, the nightly rate
in cents and optional notes" lists its columns outright, and English says their types: "optional"
is Nullable, "whether" is Bool, "when ..." a Timestamp, "date" a Date, "in cents" or "number" an
Integer, "in kilograms" a Double, another table's name a foreign key. The 270M model guessed these
types poorly; read here, they become fixed text in the grammar. A description this cannot read
leaves the model a free grammar.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ...word_classes import drop_clitics, is_participle, names_a_thing, word_classes
from ..naming import plural, singular

FILLERS = {"the", "a", "an", "its", "their", "his", "her", "optional", "optionally", "maybe", "possibly", "some", "any",
           "nullable", "also"}
PRONOUNS = {"it", "they", "he", "she", "them", "him", "us", "me", "we", "you", "i", "is", "are", "was", "were", "be", "been", "has",
            "have", "had", "will", "gets", "got"}
#: words that shade a state or a time without naming it: "whether we still order from them"
ADVERBS = {"still", "only", "just", "ever", "already", "yet", "usually", "actually", "currently", "really", "also", "normally"}
#: a verb's particle belongs to its name: "the day they came back" -> came_back_on
PARTICLES = {"back", "in", "out", "up", "off", "down", "over", "away"}
#: words in an item that leave its column empty until something happens: "a phone number if we
#: have one", "how much they refunded once it's settled"
OPTIONAL_WORDS = {"if", "once", "until", "unless"}
AUXILIARIES = {"is", "are", "was", "were", "been", "gets", "got", "get"}
PREPOSITIONS = {"of", "for", "in", "at", "on", "to", "with", "by", "from", "per", "about"}
UNITS = {"cents": ("cents", "Integer"), "pence": ("pence", "Integer"), "pennies": ("pence", "Integer"), "kilograms": ("kg", "Double"), "kg": ("kg", "Double"), "kilos": ("kg", "Double"),
         "grams": ("grams", "Integer"), "minutes": ("minutes", "Integer"), "hours": ("hours", "Integer"),
         "days": ("days", "Integer"), "litres": ("litres", "Double"), "liters": ("litres", "Double"), "meters": ("m", "Double"), "kilometers": ("km", "Double"),
         "euros": ("euros", "Double"), "dollars": ("dollars", "Double"), "percent": ("percent", "Double")}
FLAGS = {"active", "enabled", "available", "archived", "verified", "published", "visible", "deleted", "confirmed", "paid"}
DATES = {"date", "day", "night", "birthday", "birthdate", "dob"}
TIMES = {"time", "timestamp", "datetime", "moment"}
COUNTS = {"number", "count", "quantity", "floor", "age", "year", "years", "nights", "position", "rank", "capacity", "mileage", "miles",
          "stock", "level", "seats", "rating", "stars", "score", "grade", "priority", "duration", "size"}
#: "<word> number" names an identifier, not a count: a phone, tracking or serial number
IDENTIFIER_NOUNS = {"number", "code", "reference", "ref", "id", "identifier"}
#: a clause of its own that makes the column before it optional: "when it was delivered, if it has been"
OPTIONAL_CLAUSE = re.compile(
    r"^(if|unless)\b|^(when|where) (known|available|applicable|given|set)$"
    # "the date of their last shift, which stays blank if they haven't done one yet"
    r"|^(which|that|it|this)\b.*\b(blank|empty|null|none|if|until|unless|optional)\b"
)
#: words that may come before the table a phrase refers to: "which customer", "whose member"
QUESTION_WORDS = {"which", "whose", "what", "each", "one"}
#: words that start a clause or an example: a column's name ends before them
# ("the name we sell it under" -> name, "a colour like red" -> colour)
CLAUSE_STARTS = {"who", "whom", "whose", "which", "that", "where", "we", "you", "i", "our", "us", "it", "they", "he", "she",
                 "like", "such", "eg", "e", "g", "example", "say", "or",
                 # a modifier of the noun: "a note from the coach" -> note
                 "from", "by", "about", "to", "with", "for",
                 # what the thing is of or where it is: "the model of the old bike", "the mileage on the clock"
                 "of", "on", "at",
                 # a condition on the column: "a phone number if known"
                 "if", "once", "until", "unless"}
MEASURES = {"weight", "height", "length", "width", "latitude", "longitude", "ratio", "temperature", "price", "cost",
            "amount", "rate", "balance", "distance", "percentage"}


@dataclass(frozen=True)
class PlannedColumn:
    name: str
    sql_type: str
    nullable: bool

    def declaration(self) -> str:
        return f"{self.name} -> " + (f"Nullable<{self.sql_type}>" if self.nullable else self.sql_type)


def _lowered(description: str) -> str:
    """The description in lower case, "check-in" one word."""
    return re.sub(r"(?<=[a-z])-(?=[a-z])", "_", description.lower())


def _items(description: str) -> list[str]:
    text = _lowered(description)
    for marker in (":", " with ", " having ", " that has ", " which has "):
        if marker in text:
            text = text.split(marker, 1)[1]
            break
    else:
        return []
    # the list is the first sentence; what follows it says more about the items, not new ones
    text = re.split(r"\.\s", text, maxsplit=1)[0]
    # "a size (small, medium or large)": the alternatives stay inside their item
    text = re.sub(r"\([^)]*\)", lambda aside: aside.group(0).replace(",", " or"), text)
    return [item.strip() for item in re.split(r",|;|\band\b|\bplus\b", text) if item.strip()]


def _joined_by_and(description: str) -> set[tuple[str, str]]:
    """Pairs of items said as "X and Y" (not "X, Y"): only they can share a head noun."""
    text = _lowered(description)
    return {(a.strip(), b.strip()) for a, b in re.findall(r"(?:^|[,;:(])\s*([^,;:()]+?)\s+and\s+([^,;()]+)", text)}


def _participle(words: list[str]) -> str | None:
    """`it was given` -> `given`; `it was handed to the carrier` -> `handed`; `it was last serviced`
    -> `last_serviced`; `they joined` -> `joined`."""
    auxiliaries = [i for i, w in enumerate(words) if w in AUXILIARIES]
    after = words[auxiliaries[-1] + 1 :] if auxiliaries else []
    content = [w for w in (after or words) if w not in PRONOUNS and w not in FILLERS and w not in PREPOSITIONS and w not in ADVERBS]
    if not content:
        return None
    if not after:
        # "the day the customer came back about it": the subject's verb, with its particle
        verb = next((i for i, w in enumerate(words) if w not in PRONOUNS and is_participle(w)), None)
        if verb is None:  # "the day we open the gates", "the night they come": a plain verb that names no thing
            verb = next((i for i, w in enumerate(words) if w not in PRONOUNS and w not in FILLERS and "VERB" in word_classes(w) and "NOUN" not in word_classes(w)), None)
        if verb is not None:
            particle = words[verb + 1 : verb + 2]
            return "_".join([words[verb], *(particle if particle and particle[0] in PARTICLES else [])])
        return content[-1]
    if content[0] in ("last", "first") and len(content) > 1:
        return f"{content[0]}_{content[1]}"
    return content[0]


def _state(words: list[str]) -> str | None:
    """`whether it is out of order` -> `out_of_order`; `whether they are available` -> `available`."""
    auxiliaries = [i for i, w in enumerate(words) if w in AUXILIARIES]
    after = [w for w in words[auxiliaries[-1] + 1 :] if w not in FILLERS and w not in ADVERBS] if auxiliaries else []
    if after and after[0] not in PREPOSITIONS:
        return "_".join(after[:3])
    if not auxiliaries:  # "whether they showed up" -> showed_up; "whether they're only the understudy" -> understudy
        spoken = [w for w in words if w not in PRONOUNS and w not in FILLERS and w not in ADVERBS]
        spoken = list(itertools.dropwhile(lambda w: w in PREPOSITIONS, spoken))  # "whether it's for automatic cars"
        return "_".join(spoken[:2]) or None
    return _participle(words)


def _table_named(content: list[str], tables: set[str]) -> tuple[int, str] | None:
    """Where the words name another table, and which: "customer", "the repair job" for
    `repair_jobs`, or "the job" when one table's name ends in it."""
    for index, word in enumerate(content):
        pair = "_".join(content[index : index + 2])
        if index + 1 < len(content) and plural(pair) in tables:
            return index, plural(pair)
        if word in tables or plural(word) in tables:
            return index, word if word in tables else plural(word)
        # the head of its phrase only: "the job" is a repair job, "a job title" is a title
        heads = index + 1 == len(content) or content[index + 1] in CLAUSE_STARTS | PREPOSITIONS
        ending = [t for t in tables if t.endswith("_" + plural(word))]
        if heads and len(ending) == 1:
            return index, ending[0]
    return None


def _counted(text: str) -> str:
    """A count is whole unless the words allow parts: "hours put in (it can be half hours)"."""
    return "Double" if re.search(r"\b(half|halves|decimal|decimals|fraction|fractions|quarters?)\b", text) else "Integer"


def _column(item: str, tables: set[str]) -> PlannedColumn | None:
    aside = " ".join(re.findall(r"\(([^)]*)\)", item))  # "(if ever)", "(optional)"
    item = re.sub(r"\([^)]*\)", " ", item)
    # "the firm's name" -> firm name; "they're", "we've": the clitic is no word
    item = drop_clitics(item)
    words = re.findall(r"[a-z0-9_]+", item)
    nullable = bool({"optional", "optionally", "maybe", "possibly", "nullable"} & set(words)) or "if any" in item
    nullable = nullable or bool(OPTIONAL_WORDS & set(words[1:]))
    # "(if ever)", "(empty until they pay)", "any notes": there may be none
    nullable = nullable or bool(re.search(r"\b(if|optional|unless|may|empty|until|none|blank)\b", aside))
    nullable = nullable or words[:1] == ["any"]
    content = [w for w in words if w not in FILLERS]
    if content[:2] == ["number", "of"] and len(content) > 2:  # "a number of seats" -> seats
        content = content[2:]
        words.append("number")
    if not content:
        return None
    if content[:2] == ["how", "many"]:  # "how many we have" -> quantity; "how many seats" -> seats
        noun = next((w for w in content[2:] if w not in PRONOUNS and w not in AUXILIARIES and w not in PREPOSITIONS), None)
        counted = UNITS[noun][1] if noun in UNITS and UNITS[noun][1] == "Double" else _counted(aside + " " + item)
        return PlannedColumn(noun if noun and noun != "there" else "quantity", counted, nullable)
    if content[:2] == ["how", "much"]:  # "how much in cents" -> amount_cents; "how much they refunded" -> refunded_amount
        unit = next((w for w in content if w in UNITS), None)
        if unit is not None:
            return PlannedColumn(f"amount_{UNITS[unit][0]}", UNITS[unit][1], nullable)
        done = _participle(list(itertools.takewhile(lambda w: w not in OPTIONAL_WORDS, content[2:])))
        return PlannedColumn(f"{done}_amount" if done else "amount", "Integer", nullable)
    if content[0] in ("which", "what") and len(content) > 1 and content[1] not in tables and plural(content[1]) not in tables \
            and content[1] not in PRONOUNS and names_a_thing(content[1]):
        content = content[1:]  # "which town they're in" -> town
    elif content[0] == "what" and [w for w in content[1:] if w not in PRONOUNS][:1] and set(content[1:]) & MEASURES:
        content = [w for w in content[1:] if w in MEASURES][:1]  # "what it cost" -> cost
    if content[0] == "who" and len(content) > 1:  # "who cleaned it" -> cleaned_by
        doer = _participle(content[1:])
        return PlannedColumn(f"{doer}_by", "Text", nullable) if doer else None
    if content[0] == "whether":
        adjective = _state(content[1:])
        return PlannedColumn(adjective, "Bool", nullable) if adjective else None
    if content[0] == "when":
        moment = _participle(content[1:])
        return PlannedColumn(f"{moment}_at", "Timestamp", nullable) if moment else None
    referenced = _table_named(content, tables)
    # "which customer ordered it", "the member who booked": a row of another table, when the
    # table's name heads the phrase ("a note from the coach" is a note)
    heads = referenced is not None and all(w in QUESTION_WORDS for w in content[: referenced[0]])
    if heads and "number" not in words and not set(content) & (DATES | TIMES | set(UNITS)):
        return PlannedColumn(f"{singular(referenced[1])}_id", "Integer", nullable)
    head = next((w for w in content if w in DATES), None)
    if head is not None:
        after = content[content.index(head) + 1 :]
        if after and after[0] not in PREPOSITIONS:  # "the date they were hired" -> hired_on
            moment = _participle(after)
            return PlannedColumn(f"{moment}_on", "Date", nullable) if moment else None
        # "the date of birth" -> birth_date; "the start date of the offer" -> start_date
        before = content[: content.index(head)]
        named = [w for w in (before or content) if w != head and w not in PREPOSITIONS]
        return PlannedColumn("_".join([*named, "date"]) if named else "date", "Date", nullable)
    if " or " in aside:  # "a size (small, medium or large)": one of a few words
        name = "_".join(w for w in content if w not in PREPOSITIONS and w not in PRONOUNS)
        return PlannedColumn(name, "Text", nullable) if name else None
    unit = next((w for w in content if w in UNITS), None)
    words_before_unit = [w for w in content[: content.index(unit)] if w not in PREPOSITIONS] if unit else content
    phrase = list(itertools.takewhile(lambda w: w not in CLAUSE_STARTS, words_before_unit)) or words_before_unit[:1]
    name_words = [w for w in phrase if w not in PREPOSITIONS and w not in PRONOUNS][:3]
    if unit:
        suffix, sql_type = UNITS[unit]
        sql_type = "Double" if _counted(aside + " " + item) == "Double" else sql_type
        return PlannedColumn("_".join([*name_words, suffix]), sql_type, nullable)
    name = "_".join(name_words)
    if not name:
        return None
    if name_words[0] in ("is", "has") or name_words[-1] in FLAGS:
        return PlannedColumn(name, "Bool", nullable)
    if set(name_words) & TIMES:
        return PlannedColumn(name.replace("_time", "_at"), "Timestamp", nullable)
    if len(name_words) > 1 and name_words[-1] in IDENTIFIER_NOUNS and not set(name_words[:-1]) & COUNTS:
        return PlannedColumn(name, "Text", nullable)
    if set(name_words) & COUNTS or "number" in words:
        return PlannedColumn(name, "Integer", nullable)
    if set(name_words) & MEASURES:
        return PlannedColumn(name, "Double", nullable)
    return PlannedColumn(name, "Text", nullable)


#: head nouns a coordinated modifier shares: "the start and end date" -> start_date, end_date
SHARED_HEADS = DATES | TIMES | {"name", "price", "address"}


def _shared_head(modifier: str, following: str, tables: set[str]) -> PlannedColumn | None:
    """"opening and closing time", "first and last name": the first of two coordinated
    modifiers takes the head noun of the item after it ("closing time")."""
    words = [w for w in re.findall(r"[a-z0-9_]+", modifier) if w not in FILLERS]
    after = [w for w in re.findall(r"[a-z0-9_]+", following) if w not in FILLERS]
    if len(words) != 1 or len(after) < 2 or after[1] not in SHARED_HEADS or words[0] in SHARED_HEADS | PREPOSITIONS:
        return None
    return _column(f"{words[0]} {' '.join(after[1:])}", tables)


def plan_columns(description: str, tables: set[str]) -> list[PlannedColumn]:
    """The columns a description lists, in order; empty when it does not list them."""
    planned: list[PlannedColumn] = []
    items = _items(description)
    pairs = _joined_by_and(description)
    for number, item in enumerate(items):
        following = items[number + 1] if number + 1 < len(items) else ""
        shared = _shared_head(item, following, tables) if (item, following) in pairs else None
        column = shared or _column(item, tables)
        # a clause about the column before it ("which stays blank if ...") is no column of its own
        if planned and OPTIONAL_CLAUSE.match(item) and (column is None or re.match(r"(which|that|it|this|if|unless)\b", item)):
            planned[-1] = PlannedColumn(planned[-1].name, planned[-1].sql_type, True)
            continue
        if column is not None and re.fullmatch(r"[a-z][a-z0-9_]*", column.name) and column.name != "id":
            if all(c.name != column.name for c in planned):
                planned.append(column)
    return planned
