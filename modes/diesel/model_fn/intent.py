"""What a request asks of the query, read from its words before the model sees it.

`born_between`, `latest_for_pet`, "owners who have not given a phone number, by name": a 270M model
copies patterns well but rarely picks `.ge`/`.le` for "between", `.desc()` for "latest" or
`.is_null()` for "without". Plain English query vocabulary says these things outright, so this
module reads them in code: the query's shape, its conditions (column, operator, value), its order
and limit, and for updates what to set. The grammar then fixes these parts and the model writes
the rest. Nothing here knows a particular project: words are matched to the table's own columns,
types and enum variants, through a small stemmer; the vocabulary itself is data (lexicon.toml).

Every word is accounted for. A word the readers leave over is a state when it names exactly one
(a flag, a nullable time, an enum variant), ambiguous when it names several, and otherwise
unplaced; `questions.py` turns the last two into a question rather than a guess, and the answer
comes back as a `meaning` the reader applies first.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from lemminflect import getInflection

from ..models import EnumDef, ModelStruct
from ..naming import is_plural, singular
from ..tables import Column, Table
from ...word_classes import adjective_lemma, drop_clitics, is_participle, names_a_thing
from .lexicon import comparisons, increments, kinds, mapping, phrases, superlatives, synonyms
from .lexicon import words as lexicon
from .signature import enum_for_column, param_type, value_type

TIME_TYPES = ("Timestamp", "Date", "Time", "TimestamptzSqlite", "Timestamptz")
NUMBER_TYPES = ("Integer", "BigInt", "SmallInt", "Double", "Float", "Numeric")

# The vocabulary is data (lexicon.toml); these names keep the readers below short.
FILLERS = lexicon("fillers")
SYNONYMS = synonyms()
NUMBER_WORDS = mapping("number_words")
VERB_AFTER_LAST = lexicon("last_as_verb", "followed_by")
PERIODS = lexicon("periods")
GENERIC_UPDATES = lexicon("generic_updates")
SAME_AS = mapping("same_as")
#: a subject after a conjunction or a time word starts a clause: "before I add someone"
SUBJECT_PRONOUNS = (["i"], ["we"], ["you"], ["they"], ["he"], ["she"])
#: words in a column's name that turn another word round, and the particles that say the opposite
POLARITY = {turning: set(opposites) for turning, opposites in mapping("polarity").items()}
IRREGULAR = mapping("irregular")
COMPARISONS = comparisons()
NEGATIONS = phrases("negations")
PRESENCES = phrases("presences")
INCREMENTS = increments()
SEARCH_WORDS = lexicon("search")
NEWEST = lexicon("order", "newest")
OLDEST = lexicon("order", "oldest")
SUPERLATIVES = superlatives()
KIND_VERBS = kinds()
#: the value a stamp sets, by the column's SQL type, and the Rust type of a parameter that can stand in
NOW = {"Timestamp": "chrono::Utc::now().naive_utc()", "Date": "chrono::Utc::now().date_naive()"}
CLOCKS = {NOW["Timestamp"]: "NaiveDateTime", NOW["Date"]: "NaiveDate"}


def stem(word: str) -> str:
    """A crude English stem, enough to meet `shipped`, `shipping` and `shipment` at `ship`."""
    word = word.lower()
    if word in IRREGULAR:
        return IRREGULAR[word]
    for suffix in ("ations", "ation", "ments", "ment", "ships", "ship", "ings", "ated", "ating", "ing", "ies", "es", "ed", "ate", "als", "al", "s", "e", "y"):
        # "arrival" meets "arriving" at `arriv`; "total" keeps its `al`
        if word.endswith(suffix) and len(word) - len(suffix) >= (4 if "ship" in suffix or "al" in suffix else 3):
            # "deliveries" and "delivery" meet "delivered" at `deliver`, as "category" does at `categor`
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return IRREGULAR.get(word, word)


@dataclass(frozen=True)
class Condition:
    column: str
    #: eq ne gt ge lt le like is_null is_not_null
    op: str
    #: a parameter name or a literal (`true`, `OrderStatus::Shipped.as_str()`); None for null checks
    value: str | None = None
    #: for a key compared through the row it points at: that table's column (`customers.email`),
    #: read as "orders whose customer's email is ..."
    via: str | None = None
    #: the key of the table `via` names, which this row's key holds
    via_key: str = "id"

    def render(self, table: str) -> str:
        path = f"{table}::{self.column}"
        if self.via:
            parent, column = self.via.split(".")
            return f"{path}.eq_any({parent}::table.filter({parent}::{column}.{self.op}({self.value})).select({parent}::{self.via_key}))"
        if self.op in ("is_null", "is_not_null"):
            return f"{path}.{self.op}()"
        if self.op == ON_DAY:
            start = f"{self.value}.and_hms_opt(0, 0, 0).unwrap()"
            return f"{path}.ge({start}).and({path}.lt({start} + chrono::Duration::days(1)))"
        if self.op == "like":
            return f'{path}.like(format!("%{{}}%", {self.value}))'
        return f"{path}.{self.op}({self.value})"


@dataclass
class Intent:
    #: option, one, vec, count, sum, exists, delete, update, create; None when the words do not say
    kind: str | None = None
    #: the number column a `sum` adds up
    total: str | None = None
    conditions: list[Condition] = field(default_factory=list)
    #: (column, "asc" | "desc")
    order: tuple[str, str] | None = None
    #: a parameter name when the caller chooses how many rows
    limit: str | None = None
    #: (column, value) pairs an update sets
    assignments: list[tuple[str, str]] = field(default_factory=list)
    #: parameters the query needs, (name, Rust type), in the order the words gave them
    params: list[tuple[str, str]] = field(default_factory=list)
    #: words of the request that fit more than one reading grounded in the schema, with those readings
    ambiguous: dict[str, list[Condition]] = field(default_factory=dict)
    #: words of the request nothing in the reading or the schema accounts for
    unplaced: list[str] = field(default_factory=list)
    #: the unplaced words that compare ("stronger than"): asked about as comparisons
    comparatives: set[str] = field(default_factory=set)
    #: unplaced words that name a column of a table a key points at ("email" on orders: the
    #: customer's email), as readings a question offers first
    related: dict[str, list[Condition]] = field(default_factory=dict)

    @property
    def settled(self) -> bool:
        return bool(self.conditions or self.order or self.limit or self.assignments or self.total)


def _people(table: Table) -> bool:
    """A table whose rows are people, as its columns show: a person's name parts, or a name with
    a way to reach them."""
    names = {c.name for c in table.columns}
    if names & set(lexicon("person_columns")):
        return True
    return "name" in names and any(part in ("email", "phone", "mobile") for n in names for part in n.split("_"))


def _words(text: str) -> list[str]:
    """A request's words, lowercase, "n't" as "not", a possessive's "'s" and other clitics dropped;
    commas kept."""
    plain = re.sub(r"n['’]t\b", " not", text.lower()).replace("-", " ")
    # "we've", "they're", "I'll", "we'd", "I'm": the pronoun carries the words, not the clitic
    # a clause ends at a comma, a colon or a question mark alike: "before I add someone: have we ..."
    words = re.findall(r"[a-z0-9]+|[,:;?!]", drop_clitics(plain))
    # "a chosen date" is "a given date": one spelling for the words that mean a parameter
    return [SAME_AS.get(w, w) if w[0].isalnum() else "," for w in words]


def _name_words(name: str | None) -> list[str]:
    return [w for w in (name or "").lower().split("_") if w]


def request_words(name: str | None, doc: str | None) -> list[str]:
    """The words of a function name and its request, as the reading sees them."""
    return _name_words(name) + _words(doc or "")


def _reworded(words: list[str], said: dict[str, list[str]]) -> list[str]:
    return [part for word in words for part in said.get(word, [word])]


class _Reader:
    """One pass over the request's words; each finding consumes the words it used."""

    def __init__(
        self,
        name: str | None,
        doc: str | None,
        table: Table,
        struct: ModelStruct,
        enums: list[EnumDef],
        kind: str | None,
        meanings: dict[str, str] | None = None,
        related: dict[str, Table] | None = None,
    ):
        meanings = meanings or {}
        #: the tables this one's keys point at, by key column (`customer_id` -> customers)
        self.related = related or {}
        # "'purchases' is another word for: orders": the word is read as those words
        said = {word: _words(text[len(SAY):]) for word, text in meanings.items() if text.startswith(SAY)}
        self.meanings = {word: text for word, text in meanings.items() if word not in said}
        self.table = table
        #: the rows are people ("people" and "everyone" name them)
        self.rows_are_people = _people(table)
        self.struct = struct
        self.enums = enums
        self.name_words = _reworded(_name_words(name), said)
        self.doc_words = _reworded(_words(doc or ""), said)
        self.question = (doc or "").rstrip().endswith("?")
        self.words = self.name_words + ["."] + self.doc_words
        self.used: set[int] = set()
        self.intent = Intent(kind=kind)

    # -- columns ---------------------------------------------------------------------------
    def columns_for(self, word: str, accept=lambda column: True) -> list[Column]:
        """Columns a word names: the whole name, `<word>_id`, or one of its parts, by stem."""
        if word in (".", ","):
            return []
        key = self.table.primary_key[0] if self.table.primary_key else "id"
        candidates = [c for c in self.table.columns if c.name != key and accept(c)]
        exact = [c for c in candidates if c.name in (word, f"{word}_id", singular(word), f"{singular(word)}_id")]
        if exact:
            return exact
        if word in FILLERS:
            return []
        target = stem(word)
        found = [
            c
            for c in candidates
            if any(stem(part) == target for part in c.name.split("_") if part not in ("id", "at", "on", "is", "has"))
        ]
        if found:
            return found
        kin = next((group for group in SYNONYMS if word in group), set())
        return [c for c in candidates if any(part in kin for part in c.name.split("_"))]

    def is_filler(self, word: str) -> bool:
        """A filler word, unless the table has a column of that very name (`number`, `code`)."""
        return word in FILLERS and self.table.column(word) is None

    def names_table(self, word: str) -> bool:
        """`bookings`, `booking`: the rows themselves, never a state of them (`Booked`); on a
        table of people, "people" and "everyone" too."""
        if word in lexicon("person_nouns") and self.rows_are_people:
            return True
        return stem(word) in (stem(self.table.name), stem(singular(self.table.name)))

    def is_time(self, column: Column) -> bool:
        return column.sql_type in TIME_TYPES

    def is_number(self, column: Column) -> bool:
        return column.sql_type in NUMBER_TYPES and not column.name.endswith("_id")

    def column_near(self, index: int, accept, after: int = 3, before: int = 2) -> tuple[Column, int] | None:
        """The column a keyword at `index` is about: the next content words, then the previous ones.

        Fillers ("a given number of") are skipped without counting; punctuation ends the search."""
        for step, limit in ((1, after), (-1, before)):
            position, seen = index + step, 0
            while 0 <= position < len(self.words) and seen < limit:
                word = self.words[position]
                if word in (".", ","):
                    break
                if position not in self.used and not self.is_filler(word):
                    seen += 1
                    found = self.columns_for(word, accept)
                    if found:
                        return self._prefer(found), position
                position += step
        return None

    def _prefer(self, columns: list[Column]) -> Column:
        return sorted(columns, key=lambda c: (c.nullable, c.name.startswith("updated")))[0]

    def time_column(self) -> Column | None:
        """The time column a request means: one it already compares, else the table's main one
        (a non-null timestamp before dates, `updated_*` last)."""
        times = [c for c in self.table.columns if self.is_time(c)]
        used = [c for c in times if self.has(c.name, ("gt", "ge", "lt", "le"))]
        if used:
            return used[0]
        ranked = sorted(times, key=lambda c: (c.nullable, c.sql_type != "Timestamp", c.name.startswith("updated")))
        return ranked[0] if ranked else None

    def rust_type(self, column: Column) -> str:
        return param_type(column, self.struct, self.enums)

    # -- finding helpers -------------------------------------------------------------------
    def phrase_at(self, words: tuple[str, ...]) -> list[int]:
        return [
            i
            for i in range(len(self.words) - len(words) + 1)
            if tuple(self.words[i : i + len(words)]) == words and not any(i + k in self.used for k in range(len(words)))
        ]

    def add_param(self, name: str, rust_type: str) -> str:
        taken = {n for n, _ in self.intent.params}
        unique = name
        while unique in taken:
            unique += "_2" if not unique.endswith("_2") else "2"
        self.intent.params.append((unique, rust_type))
        return unique

    def has(self, column: str, ops: tuple[str, ...]) -> bool:
        return any(c.column == column and c.op in ops for c in self.intent.conditions)

    def add(self, condition: Condition) -> None:
        self.intent.conditions.append(condition)

    def add_range(self, column: Column) -> None:
        """`from <= column <= to`, both bounds parameters of the column's type."""
        kind = self.rust_type(column)
        self.add(Condition(column.name, "ge", self.add_param("from", kind)))
        self.add(Condition(column.name, "le", self.add_param("to", kind)))

    # -- readers, in order of precedence -----------------------------------------------------
    def read(self) -> Intent:
        if self.intent.kind is None:
            self.read_kind()
        self.read_meanings()
        self.read_context_phrases()
        self.read_phrases()
        self.read_total()
        self.read_increments()
        self.read_ranges()
        self.read_comparisons()
        self.read_capacity()
        self.read_enough()
        self.read_searches()
        self.read_negations()
        self.read_presences()
        self.read_order()
        self.read_equalities()
        self.read_flags_and_variants()
        self.read_updated_columns()
        self.read_action_verb()
        self.read_limit()
        self.read_states()
        self.drop_keys_gone_through()
        if self.intent.kind is None:
            self.intent.kind = self.verb_in_doc()
        if self.intent.kind is None and (self.intent.settled or self.plural_subject()):
            self.intent.kind = "vec"
        self.account()
        return self.intent

    # -- accounting: every word is in the reading, knowingly ignored, or asked about ---------
    def read_meanings(self) -> None:
        """What the user already said a word means (`unsettled=settled_at.is_null()`)."""
        for word, text in self.meanings.items():
            positions = [i for i, w in enumerate(self.words) if w == word and i not in self.used]
            if not positions:
                continue
            self.used.update(positions)
            if text == IGNORE:
                continue
            condition = parse_meaning(text, self.table, self.struct, self.enums, self.related)
            if condition is None:
                raise ValueError(f"cannot read the meaning `{word}={text}`: use column.op(value), e.g. paid.eq(true)")
            if condition.via:  # "email" as the customer's email: the caller passes it
                self.add(self.related_condition(condition.column, *self.gone_through(condition)))
                continue
            if condition.value == GIVEN:  # "stronger than a given abv": the caller passes the value
                column = self.table.column(condition.column)
                condition = Condition(column.name, condition.op, self.value_param(column))
                for position in positions:  # "... than a given size": the words naming that value
                    nearby = range(position + 1, min(position + 5, len(self.words)))
                    self.used.update(itertools.takewhile(lambda i: self.words[i] not in (".", ","), nearby))
            self.apply_state(condition, word)
            if condition.op in ("gt", "ge", "lt", "le"):
                self.order_by_superlative_of(word, condition)

    def read_context_phrases(self) -> None:
        """"at the moment", "so far", "right now": words that set the scene and ask for nothing."""
        for phrase in lexicon("context_phrases"):
            words = tuple(phrase.split())
            for index in self.phrase_at(words):
                self.used.update(range(index, index + len(words)))

    def read_dates_on(self) -> None:
        """"delivered on a given date": equality on a date column, the one the other words name;
        with several date columns and no word to choose, a question."""
        dates = [c for c in self.table.columns if c.sql_type == "Date"]
        for index, word in enumerate(self.words):
            if word != "on" or index in self.used:
                continue
            span = list(itertools.takewhile(lambda i: self.words[i] in ("a", "the", "one", "given", "this", "that", "same"), range(index + 1, len(self.words))))
            end = (span[-1] + 1) if span else index + 1
            if "given" not in [self.words[i] for i in span] or end >= len(self.words) or self.words[end] not in ("date", "day") or end in self.used:
                continue  # an answer ("date=shipped_on.eq(given)") has placed it already
            named = [(i, c) for i, w in enumerate(self.words) if i not in self.used and i != end and not self.names_table(w)
                     for c in self.columns_for(w, lambda c: c.sql_type == "Date")]
            self.used.update((index, *span, end))
            if len({c.name for _, c in named}) == 1:
                self.used.add(named[0][0])
                self.equal_to_param(named[0][1])
            elif len(dates) == 1:
                self.equal_to_param(dates[0])
            elif dates:
                self.intent.ambiguous[self.words[end]] = [Condition(c.name, "eq", GIVEN) for c in dates]
            elif (stamp := self.time_column()) is not None and stamp.sql_type == "Timestamp":
                # "lessons on a given day" over `starts_at`: the day's times, from a date
                self.add(Condition(stamp.name, ON_DAY, self.add_param("day", "NaiveDate")))

    def read_total(self) -> None:
        """"total litres", "how many litres ... altogether": a number column added up."""
        if self.intent.kind not in (None, "count", "vec"):
            return
        # Diesel sums a BigInt into Numeric, which needs the bigdecimal feature: such a total is asked
        number = lambda c: c.sql_type in ("Integer", "SmallInt", "Double", "Float") and not c.name.endswith("_id")
        how_many = [i + 2 for i in range(len(self.words) - 1) if self.words[i] == "how" and self.words[i + 1] in ("many", "much")]
        totals = [i for i, w in enumerate(self.words) if w in lexicon("totals") and i not in self.used]
        # the column follows "how many", or "total" directly ("total volume") or after "of the" ("total of the litres")
        # ... or after a word of the table's own name ("total repair costs" on pitch_repairs)
        own = {stem(part) for part in self.table.name.split("_")}
        candidates = how_many + [t + 1 for t in totals]
        candidates += [t + 2 for t in totals if t + 1 < len(self.words) and stem(self.words[t + 1]) in own]
        candidates += [t + 3 for t in totals]
        named = next(((i, columns[0]) for i in candidates
                      if i < len(self.words) and i not in self.used and (columns := self.columns_for(self.words[i], number))), None)
        if named is None:
            if self.intent.kind == "count" or self.kind_from_phrases() == "count":
                self.used.update(totals)  # "how many caravan pitches have we got in total?"
            return
        index, column = named
        self.intent.kind, self.intent.total = "sum", column.name
        self.used.update([index, *totals, *(i - 2 for i in how_many), *(i - 1 for i in how_many)])

    def order_by_superlative_of(self, comparative: str, condition: Condition) -> None:
        """"stronger than ..." read as `abv`: "strongest first" orders by `abv` too."""
        base = adjective_lemma(comparative)
        for index, word in enumerate(self.words):
            if base and index not in self.used and word.endswith("est") and adjective_lemma(word) == base and self.intent.order is None:
                self.used.add(index)
                self.intent.order = (condition.column, "desc" if condition.op in ("gt", "ge") else "asc")
                self.account_measured_noun(index)

    def account_measured_noun(self, index: int) -> None:
        """The noun a superlative measures is the rows themselves: "biggest bills first"."""
        following = self.words[index + 1 : index + 2]
        if following and following[0] not in lexicon("function_words") and not self.columns_for(following[0]) and names_a_thing(following[0]):
            self.used.add(index + 1)

    def apply_state(self, condition: Condition, word: str) -> None:
        """A state as a filter, or as what an update sets (`mark_settled` stamps `settled_at`)."""
        if self.intent.kind != "update":
            if not self.has(condition.column, (condition.op,)):
                self.add(condition)
        elif condition.op == "is_not_null":
            column = self.table.column(condition.column)
            if column is not None and column.sql_type in NOW:
                self.assign(column.name, NOW[column.sql_type])
        elif condition.op == "eq" and condition.value is not None:
            self.assign(condition.column, condition.value)
            if condition.value in ("true", "false") or "::" in condition.value:
                self.stamp(word)

    def state_readings(self, word: str) -> list[Condition]:
        """What a state word can mean on this table: a flag, a nullable time set or empty, a variant.

        `unsettled` is `settled` negated: `status != Settled` or `settled_at IS NULL`."""
        forms = [(word, False)] + [
            (word[len(prefix) :], True)
            for prefix in lexicon("negation_prefixes")
            if word.startswith(prefix) and len(word) - len(prefix) >= 4
        ]
        readings: list[Condition] = []
        for base, negated in forms:
            target = stem(base)
            for column in self.table.columns:
                parts = [p for p in column.name.split("_") if p not in ("id", "at", "on", "is", "has", "date", "time")]
                if not any(stem(p) == target for p in parts):
                    continue
                if column.sql_type == "Bool":
                    readings.append(Condition(column.name, "eq", "false" if negated else "true"))
                elif self.is_time(column) and column.nullable:
                    readings.append(Condition(column.name, "is_null" if negated else "is_not_null"))
            for column in self.table.columns:
                enum = enum_for_column(column, self.struct, self.enums)
                for variant in enum.variants if enum else []:
                    if stem(variant) == target or variant.lower() == base:
                        readings.append(Condition(column.name, "ne" if negated else "eq", f"{enum.name}::{variant}.as_str()"))
        return list(dict.fromkeys(readings))

    def read_states(self) -> None:
        """A word left over that names one state is that state; naming two, it is asked about."""
        for index, word in enumerate(self.words):
            # an update that sets nothing yet reads its own verb as the state (`deactivate`)
            verb_of_empty_update = index == 0 and self.intent.kind == "update" and not self.intent.assignments
            if index in self.used or (self.accounted(index) and not verb_of_empty_update):
                continue
            readings = [r for r in self.state_readings(word) if not self.has(r.column, ("eq", "ne", "is_null", "is_not_null"))]
            negator = self.negator_before(index)
            if negator is not None:
                readings = [negate(r) for r in readings]
            readings = one_fact(readings, self.table)
            if len(readings) == 1:
                self.used.update((index, *([negator] if negator is not None else [])))
                self.apply_state(readings[0], word)
            elif len(readings) > 1:
                self.used.add(index)
                self.intent.ambiguous[word] = readings

    def negator_before(self, index: int) -> int | None:
        """Where the word denying the state at `index` is: "not paid", "nobody has paid"."""
        position = index - 1
        while position >= 0 and index - position <= 4:
            word = self.words[position]
            if (word,) in NEGATIONS:
                return position
            if word not in lexicon("negations", "between"):
                return None
            position -= 1
        return None

    def accounted(self, index: int) -> bool:
        """A word that needs no place of its own in the reading."""
        word = self.words[index]
        if word in (".", ",") or word in lexicon("function_words") or word in lexicon("row_nouns") or self.is_filler(word):
            return True
        if any(word in verbs for verbs in KIND_VERBS.values()) or self.names_table(word):
            return True
        if stem(word) in {stem(part) for part in re.findall(r"[A-Z][a-z0-9]*", self.struct.name)} | {stem(part) for part in self.table.name.split("_")}:
            return True
        if self.in_reading(word) or word in self.reading_part_words():
            return True
        if word.startswith("re") and self.in_reading(word[2:]):
            return True  # `restock` a `stock` column
        if index == self.subject_index():
            return True
        if word in lexicon("person_nouns") and self.words[max(0, index - 2) : index] == ["number", "of"]:
            return True  # "at least a given number of people": the unit of the count
        if self.names_related(word):
            return True  # "orders from people in a given city": the customers the condition goes through
        if word in lexicon("conjunctions") and self.words[index + 1 : index + 2] in SUBJECT_PRONOUNS:
            return True  # "before I add someone", "because we are waiting": a clause starts
        following = self.words[index + 1 : index + 2]
        # "orders placed by a customer", "bookings made in a given week": the participle names
        # the link or the time the words after its preposition are read as ("pending by
        # customer" has no participle: `pending` is asked about, never dropped)
        if not (following and is_participle(word) and following[0] in lexicon("relation_verbs", "prepositions")):
            return False
        keys = [i for i in range(index + 1, min(index + 5, len(self.words))) if i in self.used]
        if index >= len(self.name_words):
            return bool(keys)
        # in a terse name the participle must lead to a link or a time (`orders_placed_by_customer`,
        # `made_in_week`): `pinned_by_due_on` leaves `pinned` to be asked about
        return any(c.name.endswith("_id") or self.is_time(c) for i in keys for c in self.columns_for(self.words[i]))

    def reading_part_words(self) -> set[str]:
        """Words that belong to a part the reading has (`first` to an order, `text` to a search)."""
        conditions = self.intent.conditions
        parts = {
            "order": self.intent.order is not None,
            "limit": self.intent.limit is not None,
            "search": any(c.op == "like" for c in conditions),
            "negation": any(c.op in ("ne", "is_null") or c.value == "false" for c in conditions)
            or any(v == "false" for _, v in self.intent.assignments),
            "comparison": any(c.op in ("gt", "ge", "lt", "le") for c in conditions),
        }
        words = {word for part, present in parts.items() if present for word in lexicon("reading_parts", part)}
        if self.intent.order is not None:  # "newest" in a doc that repeats the name's `latest`
            words |= NEWEST | OLDEST | set(SUPERLATIVES)
        return words

    def subject_index(self) -> int | None:
        """The doc's first content word when it is a plural noun: what the rows are called here
        ("books that cost at most ..." on a `products` table)."""
        start = len(self.name_words) + 1
        for index in range(start, len(self.words)):
            word = self.words[index]
            if index in self.used or word in lexicon("function_words") or any(word in verbs for verbs in KIND_VERBS.values()):
                continue
            # "someone rings up": a verb with its particle is no name for the rows
            if self.words[index + 1 : index + 2] and self.words[index + 1] in ("up", "in", "out", "back", "off", "round", "over"):
                return None
            return index if word.endswith("s") else None
        return None

    def in_reading(self, word: str) -> bool:
        """The word names a column the reading already uses."""
        used = {c.column for c in self.intent.conditions} | {c for c, _ in self.intent.assignments}
        if self.intent.order:
            used.add(self.intent.order[0])
        return any(c.name in used for c in self.columns_for(word))

    def account(self) -> None:
        if self.intent.kind == "create":
            # a new row's values come in its New struct: the words only describe it
            self.intent.unplaced = []
            return
        left = [index for index, word in enumerate(self.words) if index not in self.used and not self.accounted(index)]
        self.intent.unplaced = [self.words[index] for index in left]
        self.intent.related = {w: found for w in self.intent.unplaced if (found := self.related_readings(w))}
        # "stronger than", "warmer than": a comparison whose column and direction the words do not give
        self.intent.comparatives = {self.words[i] for i in left if self.words[i + 1 : i + 2] == ["than"]}

    def plural_subject(self) -> bool:
        """The request is about rows (`appointments`, `all`, `limit`), not one row."""
        last = self.table.name.split("_")[-1]
        return any(w in (self.table.name, last, "all", "limit") for w in self.words)

    def read_kind(self) -> None:
        first = self.name_words[:1] or self.doc_words[:1]
        words = [*first, *self.name_words[-1:]]
        for kind in ("count", "exists", "delete", "create", "update", "vec", "option"):
            if any(w in KIND_VERBS[kind] for w in words):
                self.intent.kind = kind
                break
        else:
            # a doc's first word is a verb only in its plain form: "dogs heavier than ..." is a subject
            verb_like = first and (self.name_words or not first[0].endswith("s"))
            if verb_like and self.action_columns(first[0]):
                self.intent.kind = "update"
        if self.kind_from_phrases() is None and self.asks_yes_or_no():
            self.intent.kind = "exists"
        if self.intent.kind in (None, "update") and self.names_new_row():
            self.intent.kind = "create"  # "put a new show into the system", "we've taken on a new mechanic"

    def asks_yes_or_no(self) -> bool:
        """"Is there ...?", "before I add them: have we already got one?", "yes or no": an existence question."""
        found = self.phrase_at(("yes", "or", "no"))
        if found:
            self.used.update(range(found[0], found[0] + 3))
            return True
        starts = [0, *(i + 1 for i, w in enumerate(self.doc_words) if w == ",")]
        return self.question and any(self.doc_words[i : i + 1] in (["does"], ["do"], ["is"], ["are"], ["has"], ["have"], ["can"]) for i in starts)

    def names_new_row(self) -> bool:
        """"a new show", "someone new": a row that does not exist yet."""
        for index, word in enumerate(self.words):
            following = self.words[index + 1 : index + 2]
            if word == "new" and following and self.names_table(following[0]):
                return True
            if word == "new" and index and self.words[index - 1] in ("someone", "somebody", "one") and self.rows_are_people:
                return True
        return False

    def verb_in_doc(self) -> str | None:
        """A chatty request's verb that is not its first word: "can you give me ... please" is
        a list, "I need to be able to scrap it" a delete."""
        for index, word in enumerate(self.doc_words):
            for kind in ("delete", "create", "count"):
                if word in KIND_VERBS[kind] and word not in ("new", "how"):
                    return kind
            # "someone rings up - find the customer with that phone number": one row
            following = [w for w in self.doc_words[index + 1 : index + 3] if w not in ("the", "a", "an", "that", "this")][:1]
            if word in KIND_VERBS["option"] and following and self.names_table(following[0]) and not is_plural(following[0]):
                return "option"
        return None

    def kind_from_phrases(self) -> str | None:
        """"how many ...", "check if ...": a phrase that gives the query's shape wherever it stands."""
        for kind in ("count", "exists"):
            for phrase in sorted(lexicon("kind_phrases", kind)):
                words = tuple(phrase.split())
                found = self.phrase_at(words)
                if found:
                    self.intent.kind = kind
                    self.used.update(range(found[0], found[0] + len(words)))
                    return kind
        return None

    def action_columns(self, verb: str) -> list[Column]:
        """What a domain verb changes: `ship` a `shipped_at`, `refund` a `refunded` flag, `cancel` a
        `Cancelled` state. Only a verb's plain form counts: `shipped` or `active` name a state."""
        if verb.endswith(("ed", "ing")) or verb in FILLERS or verb in GENERIC_UPDATES or self.names_table(verb):
            return []
        if any(verb in KIND_VERBS[k] for k in KIND_VERBS if k != "update"):
            return []
        own_names = {part for c in self.table.columns for part in c.name.split("_")}
        flags_and_stamps = [] if verb in own_names else self.columns_for(
            verb, lambda c: c.sql_type == "Bool" or (self.is_time(c) and c.nullable)
        )
        variant = self.variant_for(verb)
        if variant is not None and not any(v.lower() == verb for e in self.enums for v in e.variants):
            flags_and_stamps.append(self.table.column(variant[0]))
        return flags_and_stamps

    def read_ranges(self) -> None:
        for index in self.phrase_at(("between",)):
            found = self.column_near(index, lambda c: self.is_time(c) or self.is_number(c), after=2, before=2)
            column = found[0] if found else self.time_column()
            if column is None:
                continue
            self.used.update((index, *([found[1]] if found else [])))
            if self.is_time(column) and (found is None or self.names_table(self.words[found[1]])):
                self.used.update(self.event_words(index))  # "orders placed between two dates"
            self.add_range(column)

    def read_comparisons(self) -> None:
        for index in self.phrase_at(("out", "of")):
            found = self.column_near(index + 1, self.is_number, after=1, before=0)
            if found is not None:  # "out of stock", "out of seats"
                self.used.update((index, index + 1, found[1]))
                self.add(Condition(found[0].name, "le", "0"))
        for words, op, measure in COMPARISONS:
            for index in self.phrase_at(words):
                if words == ("from",) and not ({"on", "onwards"} & set(self.words[index:])):
                    continue  # "from" alone is mostly "of": only "from <time> on" compares
                if self.words[index + len(words) : index + len(words) + 1] in SUBJECT_PRONOUNS:
                    continue  # "before I add someone": a clause, not a time to compare with
                accept = self.is_time if measure == "time" else self.is_number
                end = index + len(words) - 1
                clock = self.clock_after(end) if measure == "time" else None
                # "due before today": with the clock after it, the column is the one before
                found = self.column_near(index, accept, after=0) if clock is not None else self.column_near(end, accept)
                column = found[0] if found else (self.time_column() if measure == "time" else None)
                if column is None or self.has(column.name, ("gt", "ge") if op in ("gt", "ge") else ("lt", "le")):
                    continue
                self.used.update((*range(index, end + 1), *([found[1]] if found else [])))
                if found is None and measure == "time":
                    self.used.update(self.event_words(index))
                if clock is not None:  # "promised before today", "from now on": the clock, not a parameter
                    self.used.add(clock)
                    self.add(Condition(column.name, op, NOW[column.sql_type]))
                    continue
                name = words[0] if measure == "time" else column.name
                self.add(Condition(column.name, op, self.add_param(name, self.rust_type(column))))
                self.agreeing_state(found)

    def agreeing_state(self, found: tuple[Column, int] | None) -> None:
        """"lessons cancelled before a date": the word naming the time (`cancelled_at`) also names
        a state (`Cancelled`); a cancelled lesson is in both, so both are asked of the rows."""
        if found is None or self.intent.kind == "update" or self.names_table(self.words[found[1]]):
            return
        variant = self.variant_for(self.words[found[1]])
        if variant is not None and not self.has(variant[0], ("eq", "ne")):
            self.add(Condition(variant[0], "eq", variant[1]))

    def clock_after(self, index: int) -> int | None:
        """Where a word naming the present follows a time comparison: "before today"."""
        position = index + 1
        while position < len(self.words) and self.words[position] in ("the", "right"):
            position += 1
        if position < len(self.words) and self.words[position] in lexicon("present", "words") and position not in self.used:
            return position
        return None

    def event_words(self, index: int) -> list[int]:
        """"customers who joined (signed up) after a date": the verbs before a time comparison on the
        table's main time column name the event that column records."""
        found, position = [], index - 1
        while position > len(self.name_words) and len(found) < 2:
            word = self.words[position]
            if position in self.used and word in lexicon("function_words"):
                position -= 1  # "signed up with us most recently": "with us" sets the scene
                continue
            if word in (".", ",") or position in self.used or self.columns_for(word) or self.state_readings(word):
                break
            if word not in lexicon("function_words"):
                found.append(position)
            position -= 1
        return found

    def read_searches(self) -> None:
        searchable = lambda c: c.sql_type in ("Text", "VarChar") and enum_for_column(c, self.struct, self.enums) is None
        for index, word in enumerate(self.words):
            if word not in SEARCH_WORDS or index in self.used:
                continue
            found = self.column_near(index, searchable, after=2, before=3)
            column = found[0] if found else next((c for c in self.table.columns if searchable(c) and "name" in c.name), None)
            if column is None:
                continue
            self.used.update((index, *([found[1]] if found else [])))
            if self.intent.kind in (None, "option"):
                self.intent.kind = "vec"
            if not self.has(column.name, ("like",)):
                self.add(Condition(column.name, "like", self.add_param("text", "&str")))

    def read_negations(self) -> None:
        for words in NEGATIONS:
            for index in self.phrase_at(words):
                wants_time = any(w in ("date", "time", "when") for w in self.words[index + 1 : index + 5])
                flag = None if wants_time else self.column_near(index, lambda c: c.sql_type == "Bool", before=0)
                if flag is not None:
                    self.used.update(range(index, flag[1] + 1))
                    if self.intent.kind == "update" and self.words[index + 1 : index + 2] in (["longer"], ["more"]):
                        self.assign(flag[0].name, "false")  # "it is no longer active"
                    else:
                        self.add(Condition(flag[0].name, "eq", "false"))
                    continue
                accept = (lambda c: c.nullable and self.is_time(c)) if wants_time else (lambda c: c.nullable)
                found = self.column_near(index, accept, before=0)
                if found is not None and not self.has(found[0].name, ("is_null",)):
                    self.used.update(range(index, found[1] + 1))  # "never gave us a phone"
                    self.add(Condition(found[0].name, "is_null"))

    def read_presences(self) -> None:
        """"reviews with a text", "owners that have a phone": a nullable column that is set."""
        if self.intent.kind in ("create", "update"):
            return
        for words in PRESENCES:
            for index in self.phrase_at(words):
                end = index + len(words) - 1
                if self.words[end + 1 : end + 2] in (["given"], ["this"], ["that"], ["the"], ["same"]):
                    continue  # "with a given email", "with that phone number" compare with a parameter
                found = self.column_near(end, lambda c: c.nullable, after=2, before=0)
                if found is not None and not self.has(found[0].name, ("is_null", "is_not_null")):
                    self.used.update((*range(index, end + 1), found[1]))
                    self.add(Condition(found[0].name, "is_not_null"))

    def read_increments(self) -> None:
        """"add a delivered quantity to the stock", "reduce the balance by an amount", `restock`."""
        if self.intent.kind not in (None, "update"):
            return
        for verbs, sign, preposition in INCREMENTS:
            for index, word in enumerate(self.words):
                if word not in verbs or index in self.used:
                    continue
                position = None
                if preposition is None:
                    found = self.column_near(index, self.is_number, after=2, before=0)
                    amount_words = []
                else:
                    position = next((i for i in range(index + 1, min(index + 7, len(self.words))) if self.words[i] == preposition), None)
                    found = self.column_near(position, self.is_number, after=2, before=0) if position else None
                    amount_words = [w for w in self.words[index + 1 : position] if w not in FILLERS] if position else []
                if found is None:
                    continue
                self.used.update((index, found[1], *range(index + 1, (position or index) + 1)))
                self.increment(found[0], sign, amount_words[-1] if amount_words else "amount")
        verb = self.name_words[0] if self.name_words else ""
        column = self.table.column(verb[2:]) if verb.startswith("re") and not self.intent.assignments else None
        if column is not None and self.is_number(column):  # `restock` a `stock` column
            self.used.add(0)
            self.increment(column, "+", "quantity")

    def increment(self, column: Column, sign: str, amount: str) -> None:
        name = amount if re.fullmatch(r"[a-z][a-z0-9_]*", amount) and amount != column.name else "amount"
        param = self.add_param(name, self.rust_type(column))
        self.intent.kind = "update"
        self.assign(column.name, f"{self.table.name}::{column.name} {sign} {param}")

    def read_order(self) -> None:
        for index, word in enumerate(self.words):
            if index in self.used or self.intent.order is not None:
                continue
            if word == "last" and self.words[index + 1 : index + 2] and self.words[index + 1] in VERB_AFTER_LAST:
                continue
            if word in NEWEST or word in OLDEST:
                column = self.time_column()
                if column is not None:
                    self.used.add(index)
                    self.intent.order = (column.name, "desc" if word in NEWEST else "asc")
                    if word in lexicon("present", "ahead") and column.sql_type in NOW and not self.has(column.name, ("gt", "ge")):
                        self.add(Condition(column.name, "ge", NOW[column.sql_type]))  # "the next 5 shows": from now on
                    # "the latest booking" is one row; "earliest first" orders a list
                    listed = self.words[index + 1 : index + 2] in (["first"], ["last"], ["top"])
                    if self.intent.kind is None and not self.plural_subject() and not listed:
                        self.intent.kind = "option"
            elif word in SUPERLATIVES:
                direction, measures = SUPERLATIVES[word]
                column = self.measure_column(measures)
                if column is not None:
                    self.used.add(index)
                    self.intent.order = (column.name, direction)
                    self.account_measured_noun(index)
        if self.intent.order and self.intent.order[0] == getattr(self.time_column(), "name", None):
            # "who signed up with us most recently", in the doc of `newest_customers`: that event
            for index, word in enumerate(self.words):
                if word in NEWEST | OLDEST and index > len(self.name_words):
                    self.used.update(self.event_words(index - 1 if self.words[index - 1 : index] == ["most"] else index))
        for index in [*self.phrase_at(("sorted", "by")), *self.phrase_at(("ordered", "by")), *self.phrase_at((",", "by"))]:
            found = self.column_near(index + 1, lambda c: True, after=2, before=0)
            if found is not None and self.intent.order is None:
                self.used.update((index, index + 1, found[1]))
                self.intent.order = (found[0].name, "asc")
        for index in self.phrase_at(("order",)):
            if self.intent.order is None and index >= 2 and self.words[index - 2] == "in":
                column = self.named_column(self.words[index - 1])  # "in start order"
                if column is not None:
                    self.used.update((index - 2, index - 1, index))
                    self.intent.order = (column.name, "asc")
        for direction in ("ascending", "descending"):
            for phrase in lexicon("alphabetical", direction):
                for index in self.phrase_at(tuple(phrase.split())):
                    column = next((c for c in self.table.columns if "name" in c.name or "title" in c.name), None)
                    if column is not None and self.intent.order is None:
                        self.used.update(range(index, index + len(phrase.split())))
                        self.intent.order = (column.name, "asc" if direction == "ascending" else "desc")

    def read_capacity(self) -> None:
        """"tables that seat six", "rooms that sleep 4 people": a verb naming a number column,
        then a count, is at least that count; the people counted are its unit."""
        for index, word in enumerate(self.words[:-1]):
            if index in self.used or word in lexicon("function_words") or self.names_table(word):
                continue
            columns = self.columns_for(word, self.is_number)
            position = index + 1
            while position < len(self.words) and self.words[position] in ("at", "least", "up", "to", "a", "as", "many"):
                position += 1
            count = self.words[position] if position < len(self.words) else ""
            value = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
            if not columns or value is None or self.has(columns[0].name, ("ge", "gt", "eq")):
                continue
            self.used.update(range(index, position + 1))
            self.add(Condition(columns[0].name, "ge", str(value)))
            self.account_counted_people(position + 1)

    def account_counted_people(self, position: int) -> None:
        """"6 people", "a given number of guests": the people counted carry no filter."""
        if position < len(self.words) and position not in self.used and self.words[position] in lexicon("person_nouns"):
            self.used.add(position)

    def read_enough(self) -> None:
        """"long enough for", "big enough": at least a given amount of the adjective's measure."""
        for index, word in enumerate(self.words[:-1]):
            if self.words[index + 1] != "enough" or index in self.used:
                continue
            superlative = next((s for s in getInflection(word, "JJS") if s in SUPERLATIVES), None) if word.isalpha() else None
            column = self.measure_column(SUPERLATIVES[superlative].measures) if superlative else None
            if column is None or self.has(column.name, ("gt", "ge")):
                continue
            self.used.update((index, index + 1))
            self.add(Condition(column.name, "ge", self.add_param(column.name, self.rust_type(column))))
            # "... for a given weight", "for a van of this length": the words naming that value
            after = range(index + 2, min(index + 8, len(self.words)))
            named = next((i for i in after if self.words[i] in (".", ",") or column in self.columns_for(self.words[i])), None)
            if named is not None and self.words[named] not in (".", ","):
                self.used.update(i for i in range(index + 2, named + 1) if self.is_filler(self.words[i]) or self.words[i] in ("for", "of") or i == named)

    def measure_column(self, measures: tuple[str, ...]) -> Column | None:
        compared = [self.table.column(c.column) for c in self.intent.conditions if c.op in ("gt", "ge", "lt", "le")]
        numbers = [c for c in compared if c is not None and self.is_number(c)]
        if numbers:
            return numbers[0]
        for measure in measures:
            found = self.columns_for(measure, self.is_number)
            if found:
                return found[0]
        return None

    def read_equalities(self) -> None:
        """`by_email`, `for_pet`, "of one owner", `email_exists`: equality with a parameter."""
        self.read_dates_on()
        self.read_periods()
        self.read_indefinite_keys()
        for index, word in enumerate(self.words):
            if word not in ("by", "for", "of", "with", "per", "in", "at", "from") or index in self.used:
                continue
            if word in ("in", "at", "from") and not {"given", "one", "specific", "same"} & set(self.words[index + 1 : index + 3]):
                continue  # "held in a given room", "from a given branch" compare; "in stock", "from today" do not
            in_name = index < len(self.name_words)
            if not in_name and word == "with" and self.words[index + 1 : index + 2] not in (["this"], ["that"], ["the"], ["a"], ["given"]):
                continue
            position = index + 1
            while position < len(self.words):
                candidate = self.words[position]
                if candidate in (".", ",") or position in self.used:
                    break
                if self.is_filler(candidate):
                    position += 1
                    continue
                # "of batches" on batches names the rows, not a column such as `batch_code`
                column = None if self.names_table(candidate) and not self.exact_column(candidate) else self.named_column(candidate)
                if column is None:
                    # "in a given city" on orders: the one table a key points at that has a city
                    through = self.related_readings(candidate)
                    if len(through) == 1:
                        self.used.update((index, position))
                        self.add(self.related_condition(through[0].column, *self.gone_through(through[0])))
                    break
                self.used.update((index, position))
                through = self.through_key(column, position + 1)
                if through is not None:  # "orders by customer email": the customer whose email is given
                    self.used.add(through[0])
                    self.add(through[1])
                    break
                self.equal_to_param(column)
                if not (in_name and self.words[position + 1 : position + 2] == ["and"]):
                    break
                position += 2  # `by_owner_and_species`: the next column belongs to the same `by`
        if self.intent.kind == "exists" and self.name_words[-1:] == ["exists"]:
            for position, word in enumerate(self.name_words[:-1]):
                column = self.named_column(word)
                if column is not None and position not in self.used:
                    self.used.add(position)
                    self.equal_to_param(column)

    def read_periods(self) -> None:
        """"in a given week", "during one month": a range on the main time column."""
        for index, word in enumerate(self.words):
            if word not in PERIODS or index in self.used or not {"given", "one", "a", "this"} & set(self.words[max(0, index - 2) : index]):
                continue
            column = self.time_column()
            if column is None or self.has(column.name, ("ge", "gt", "le", "lt")):
                continue
            self.used.add(index)
            self.add_range(column)

    def read_indefinite_keys(self) -> None:
        """"bookings one member made", "does a member hold a place in a class": a key parameter."""
        if self.intent.kind in ("create", "update"):
            return
        for index, word in enumerate(self.words):
            if word not in ("a", "an", "one", "each", "given", "some") or index + 1 >= len(self.words) or index + 1 in self.used:
                continue
            column = self.table.column(f"{singular(self.words[index + 1])}_id")
            if column is not None:
                self.used.update((index, index + 1))
                self.equal_to_param(column)

    def exact_column(self, word: str) -> Column | None:
        return next((c for c in self.table.columns if c.name in (word, f"{word}_id", f"{singular(word)}_id")), None)

    def named_column(self, word: str) -> Column | None:
        columns = self.columns_for(word)
        exact = next((c for c in columns if c.name in (word, f"{word}_id", f"{singular(word)}_id")), None)
        return exact or (columns[0] if len(columns) == 1 else None)

    def value_param(self, column: Column) -> str:
        """A new parameter carrying a value for `column`, as the query uses it (`status.as_str()`)."""
        param = self.add_param(column.name, self.rust_type(column))
        return f"{param}.as_str()" if enum_for_column(column, self.struct, self.enums) else param

    def through_key(self, key: Column, position: int) -> tuple[int, Condition] | None:
        """Where the word after a key's name names a column of the table the key points at
        ("customer email", "the supplier's town"): that word's place, and the condition."""
        parent = self.related.get(key.name)
        if parent is None or position >= len(self.words) or position in self.used:
            return None
        found = self.parent_columns(parent, self.words[position])
        return (position, self.related_condition(key.name, parent, found[0])) if found else None

    def parent_columns(self, parent: Table, word: str) -> list[Column]:
        key = parent.primary_key[0] if parent.primary_key else "id"
        if word in (".", ",") or word in lexicon("function_words") or self.is_filler(word):
            return []
        return [c for c in parent.columns if c.name != key and not c.name.endswith("_id")
                and (c.name == word or any(stem(part) == stem(word) for part in c.name.split("_") if part not in ("id", "at", "on", "is", "has")))]

    def related_condition(self, key: str, parent: Table, column: Column, op: str = "eq") -> Condition:
        param = self.add_param(column.name, param_type(column, self.struct, []))
        return Condition(key, op, param, via=f"{parent.name}.{column.name}", via_key=parent.primary_key[0] if parent.primary_key else "id")

    def gone_through(self, condition: Condition) -> tuple[Table, Column]:
        """The table a condition's key points at, and its column the condition compares."""
        parent = self.related[condition.column]
        return parent, parent.column(condition.via.split(".")[1])

    def drop_keys_gone_through(self) -> None:
        """"deliveries for customers in a given city": "for customers" names the customers the
        city goes through, not one customer as well."""
        through = {c.column for c in self.intent.conditions if c.via}
        plain = [c for c in self.intent.conditions if c.column in through and not c.via and c.op == "eq"]
        for condition in plain:
            self.intent.conditions.remove(condition)
            self.intent.params = [(n, t) for n, t in self.intent.params if n != condition.value]

    def names_related(self, word: str) -> bool:
        """A word naming a table a condition of the reading goes through ("customers", or
        "people" when its rows are people)."""
        for condition in self.intent.conditions:
            if condition.via:
                parent = self.related[condition.column]
                if stem(word) in (stem(parent.name), stem(singular(parent.name)), stem(condition.column.removesuffix("_id"))):
                    return True
                if word in lexicon("person_nouns") and _people(parent):
                    return True
        return False

    def related_readings(self, word: str) -> list[Condition]:
        """What a word no column of this table names can be on a table a key points at."""
        return [Condition(key, "eq", GIVEN, via=f"{parent.name}.{column.name}")
                for key, parent in self.related.items() for column in self.parent_columns(parent, word)]

    def equal_to_param(self, column: Column) -> None:
        if not self.has(column.name, ("eq",)):
            self.add(Condition(column.name, "eq", self.value_param(column)))

    def polarity(self, column: Column, word: str, index: int) -> bool | None:
        """Whether a flag found by one word of its name says the opposite of the request: False
        when it does not (`paid` for "paid"), True when the word before is the opposite particle
        ("in season" for `out_of_season`), None when the column's name turns the word round and
        the request does not say which way ("season" alone)."""
        rest = [p for p in column.name.split("_") if stem(p) != stem(word)]
        turning = next((p for p in rest if p in POLARITY), None)
        if turning is None:
            return False
        before = self.words[index - 1] if index else ""
        if before in POLARITY[turning]:
            return True
        return None

    def read_phrases(self) -> None:
        """A flag or a variant named in several words, said in a row: "out of use" for
        `out_of_use`, "waiting for parts" for `WaitingForParts`, "past due" for `PastDue`."""
        updating = self.intent.kind == "update"
        for column, value, parts in sorted(self.phrase_names(), key=lambda found: -len(found[2])):
            for start in range(len(self.words)):
                span = self.name_said_at(start, parts)
                if span is None:
                    continue
                negator = self.negator_before(start)
                self.used.update((*span, *([negator] if negator is not None else [])))
                if value == SET_TIME:  # "checked in" for `checked_in_at`: the time is set, or not yet
                    if updating and negator is None:
                        self.assign(column, NOW[self.table.column(column).sql_type])
                    elif not updating and not self.has(column, ("is_null", "is_not_null")):
                        self.add(Condition(column, "is_null" if negator is not None else "is_not_null"))
                elif updating:
                    self.assign(column, value if negator is None else ("false" if value == "true" else value))
                    self.stamp(parts[-1])
                elif not self.has(column, ("eq", "ne")):
                    op = "ne" if negator is not None and value != "true" else "eq"
                    self.add(Condition(column, op, "false" if negator is not None and value == "true" else value))
                break

    def name_said_at(self, start: int, parts: list[str]) -> list[int] | None:
        """Where `parts` are said from `start` on, an article allowed between them ("on the
        mailing list" for `on_mailing_list`); None when they are not, or a word is taken."""
        span, position = [], start
        for number, part in enumerate(parts):
            while number and position < len(self.words) and self.words[position] in ARTICLES:
                span.append(position)
                position += 1
            if position >= len(self.words) or position in self.used or stem(self.words[position]) != stem(part):
                return None
            span.append(position)
            position += 1
        return span

    def phrase_names(self) -> list[tuple[str, str, list[str]]]:
        """(column, value, words) for each Bool column, enum variant and nullable time (`SET_TIME`)
        whose name has two words or more."""
        found = []
        for column in self.table.columns:
            if self.is_time(column) and column.nullable:
                parts = [p for p in column.name.split("_") if p not in ("at", "on", "date", "time")]
                if len(parts) > 1:
                    found.append((column.name, SET_TIME, parts))
            if column.sql_type == "Bool":
                parts = [p for p in column.name.split("_") if p]
                parts = parts[1:] if parts[0] in ("is", "has") else parts
                if len(parts) > 1:
                    found.append((column.name, "true", parts))
            enum = enum_for_column(column, self.struct, self.enums)
            for variant in enum.variants if enum else []:
                parts = [p.lower() for p in re.findall(r"[A-Z][a-z0-9]*|[0-9]+", variant)]
                if len(parts) > 1:
                    found.append((column.name, f"{enum.name}::{variant}.as_str()", parts))
        return found

    def read_flags_and_variants(self) -> None:
        """Bool columns (`active`, `unpaid`) and enum variants (`completed`, `cancel`) named outright."""
        updating = self.intent.kind == "update"
        for index, word in enumerate(self.words):
            if index in self.used or word in (".", ",") or self.is_filler(word):
                continue
            if updating and index == 0 and word in ("update", "set", "change"):
                continue
            negator = self.negator_before(index)
            negated = negator is not None
            bare = word
            for prefix in ("un", "in", "non"):
                if word.startswith(prefix) and self.columns_for(word[len(prefix) :], lambda c: c.sql_type == "Bool"):
                    negated, bare = True, word[len(prefix) :]
            if updating and self.name_words[:1] in (["update"], ["set"], ["change"]) and index < len(self.name_words):
                continue  # `update_active`: the value comes as a parameter, read below
            flags = self.columns_for(bare, lambda c: c.sql_type == "Bool")
            if flags:
                turned = self.polarity(flags[0], bare, index)
                if turned is None:  # "season" on `out_of_season`: which way round is not said
                    self.used.add(index)
                    self.intent.ambiguous[word] = [Condition(flags[0].name, "eq", "true"), Condition(flags[0].name, "eq", "false")]
                    continue
                if turned:  # "in season" on `out_of_season`
                    negated, negator = not negated, index - 1
                self.used.update((index, *([negator] if negator is not None else [])))
                value = "false" if negated else "true"
                if updating:
                    self.assign(flags[0].name, value)
                    self.stamp(bare)
                else:
                    self.add(Condition(flags[0].name, "eq", value))
                continue
            variant = None if self.names_table(word) else self.variant_for(word)
            if variant is not None:
                column, literal = variant
                if updating:
                    self.used.add(index)
                    self.assign(column, literal)
                    self.stamp(word)
                elif not self.has(column, ("eq", "ne")):
                    self.used.add(index)
                    self.add(Condition(column, "ne" if negated else "eq", literal))
                # a variant of a column already compared (`list_regular_by_status`) is asked about

    def read_updated_columns(self) -> None:
        """`update_phone`, `set_status`: the named columns take new values from parameters."""
        if self.intent.kind != "update" or self.name_words[:1] not in (["update"], ["set"], ["change"]):
            return
        for position, word in enumerate(self.name_words[1:], start=1):
            column = self.named_column(word) if word != "and" else None
            if column is not None and position not in self.used:
                self.used.add(position)
                self.assign(column.name, self.value_param(column))

    def read_action_verb(self) -> None:
        """`ship`, `check_in`, `refund`: the verb's state, flag and time stamp, unless words set them."""
        if self.intent.kind != "update":
            return
        verb = (self.name_words or self.doc_words)[:1]
        if not verb or (0 in self.used and self.name_words):
            return
        for column in self.action_columns(verb[0]):
            if column.sql_type == "Bool":
                self.assign(column.name, "true")
            elif self.is_time(column):
                self.stamp(verb[0])
            else:
                variant = self.variant_for(verb[0])
                if variant is not None and not any(c == variant[0] for c, _ in self.intent.assignments):
                    self.assign(*variant)

    def variant_for(self, word: str) -> tuple[str, str] | None:
        target = stem(word)
        for column in self.table.columns:
            enum = enum_for_column(column, self.struct, self.enums)
            if enum is None:
                continue
            for variant in enum.variants:
                if stem(variant) == target:
                    return column.name, f"{enum.name}::{variant}.as_str()"
        return None

    def assign(self, column: str, value: str) -> None:
        if all(c != column for c, _ in self.intent.assignments):
            self.intent.assignments.append((column, value))

    def stamp(self, word: str) -> None:
        """`mark_paid` also records when: a nullable time column named after the flag (`paid_at`)."""
        for column in self.columns_for(word, lambda c: c.sql_type in NOW and c.nullable):
            self.assign(column.name, NOW[column.sql_type])

    def read_limit(self) -> None:
        for index, word in enumerate(self.words[:-1]):
            count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
            before = self.words[index - 1] if index else ""
            if count and count > 1 and (before in ("the", "top", "first", "last") or before in NEWEST | OLDEST or self.words[index + 1] in NEWEST | OLDEST):
                self.intent.limit = str(count)  # "the 5 members who joined most recently"
                self.used.add(index)
                break
        else:
            if any(w in ("limit", "top") for i, w in enumerate(self.words) if i not in self.used):
                self.intent.limit = self.add_param("limit", "i64")
        if self.intent.limit and self.intent.kind in (None, "option"):
            self.intent.kind = "vec"


def read_intent(
    name: str | None,
    doc: str | None,
    table: Table,
    struct: ModelStruct,
    enums: list[EnumDef],
    kind: str | None = None,
    meanings: dict[str, str] | None = None,
    related: dict[str, Table] | None = None,
) -> Intent:
    """What the words ask; `kind` is the query's shape when a written signature already says it,
    `meanings` what the user said words mean when asked (see `parse_meanings`), `related` the
    tables the keys point at (`customer_id` -> customers)."""
    return _Reader(name, doc, table, struct, enums, kind, meanings, related).read()


#: the meaning that leaves a word out of the reading
IGNORE = "ignore"
#: a condition on a timestamp column: within the day a date parameter gives
ON_DAY = "on_day"
#: a phrase's reading of a nullable time column: the time is set ("checked in" for `checked_in_at`)
SET_TIME = "set"
#: words that may stand inside a phrase naming a column or a variant ("on the mailing list")
ARTICLES = ("the", "a", "an", "our", "their", "his", "her")
#: a meaning that rewords: `purchases=say: orders` reads "purchases" as "orders"
SAY = "say:"
#: the value of a meaning that the function takes as a parameter: `stronger=abv.gt(given)`
GIVEN = "given"
_OPPOSITE = {"eq": "ne", "ne": "eq", "is_null": "is_not_null", "is_not_null": "is_null"}
_MEANING = re.compile(r"(\w+)\.(\w+)\((.*)\)")


def negate(condition: Condition) -> Condition:
    if condition.value in ("true", "false"):
        return Condition(condition.column, "eq", "false" if condition.value == "true" else "true")
    return Condition(condition.column, _OPPOSITE.get(condition.op, condition.op), condition.value)


def one_fact(readings: list[Condition], table: Table) -> list[Condition]:
    """A flag and the time it was set (`paid` and `paid_at`) record one fact twice: a state word
    naming both means the flag (an update that sets it stamps the time as well)."""
    if len(readings) != 2:
        return readings
    flags = [r for r in readings if r.op in ("eq", "ne") and r.value in ("true", "false")]
    times = [r for r in readings if r.op in ("is_null", "is_not_null")]
    if len(flags) != 1 or len(times) != 1:
        return readings
    flag, time = flags[0], times[0]
    same_column = time.column.rsplit("_", 1)[0] == flag.column
    same_sense = (flag.value == "true") == (time.op == "is_not_null")
    return [flag] if same_column and same_sense else readings


def parse_meanings(text: str | None) -> dict[str, str]:
    """`unsettled=settled_at.is_null(); rush=ignore` -> {word: meaning}."""
    found = {}
    for part in (text or "").split(";"):
        word, _, meaning = part.partition("=")
        if word.strip() and meaning.strip():
            found[word.strip().lower()] = meaning.strip()
    return found


def variant_name(value: str) -> str:
    """`OrderStatus::Shipped.as_str()` -> `Shipped`; any other value (a clock) as it is."""
    found = re.fullmatch(r"\w+::(\w+)\.as_str\(\)", value)
    return found.group(1) if found else value


def format_meaning(word: str, condition: Condition | None) -> str:
    """The `meaning` argument text for one word: `unsettled=status.ne(Settled)`."""
    if condition is None:
        return f"{word}={IGNORE}"
    through = f"@{condition.via}" if condition.via else ""
    return f"{word}={condition.column}.{condition.op}({variant_name(condition.value or '')}){through}"


def parse_meaning(
    text: str, table: Table, struct: ModelStruct, enums: list[EnumDef], related: dict[str, Table] | None = None
) -> Condition | None:
    """`status.ne(Settled)` over this table: an enum variant as its literal, numbers and flags as
    written; `customer_id.eq(given)@customers.email` through the table a key points at."""
    text, _, via = text.replace(" ", "").partition("@")
    if via:
        parent = (related or {}).get(text.split(".")[0])
        parent_name, _, column_name = via.partition(".")
        if parent is None or parent.name != parent_name or parent.column(column_name) is None or not text.endswith(f".eq({GIVEN})"):
            return None
        return Condition(text.split(".")[0], "eq", GIVEN, via=via)
    match = _MEANING.fullmatch(text)
    column = table.column(match.group(1)) if match else None
    if column is None or match.group(2) not in ("eq", "ne", "gt", "ge", "lt", "le", "is_null", "is_not_null"):
        return None
    op, value = match.group(2), match.group(3) or None
    if op in ("is_null", "is_not_null"):
        return Condition(column.name, op) if column.nullable else None
    if value == GIVEN:
        return Condition(column.name, op, GIVEN)
    enum = enum_for_column(column, struct, enums)
    if enum is not None:
        return Condition(column.name, op, f"{enum.name}::{value}.as_str()") if value in enum.variants else None
    if value is None or not re.fullmatch(r"true|false|-?\d+(\.\d+)?", value):
        return None
    return Condition(column.name, op, value)


def bind_params(intent: Intent, params: list[tuple[str, str]]) -> Intent:
    """The intent over the parameters a user wrote in a stub, matched by name, then by type.

    Conditions whose value no written parameter carries are dropped: the user's signature wins."""
    mapping: dict[str, str] = {}
    free = list(params)
    is_key = lambda name: name == "id" or name.endswith("_id")
    for by_type in (False, True):
        for wanted, wanted_type in intent.params:
            if wanted in mapping:
                continue
            fitting = [p for p in free if (value_type(p[1]) == value_type(wanted_type) if by_type else p[0] == wanted)]
            # by type, a key (`id: i32`) is left for the row's own key before it carries a quantity
            match = next((p for p in fitting if is_key(p[0]) == is_key(wanted)), fitting[0] if fitting else None)
            if match:
                mapping[wanted] = match[0]
                free.remove(match)
    ours = {name for name, _ in intent.params}

    def rename(value: str | None) -> str | None:
        head = param_of(value or "")
        return _PARAM.sub(lambda m: mapping[head] if m.group(0) == head else m.group(0), value, count=1) if head in mapping else value

    def kept(value: str | None) -> bool:
        return value is None or param_of(value) not in ours or param_of(value) in mapping

    # A stamp takes the time the user's signature passes in (`at: NaiveDateTime`) over the clock.
    passed_times: dict[str, str] = {}
    for clock, rust_type in CLOCKS.items():
        passed = next((n for n, t in free if value_type(t) == rust_type), None)
        if passed is not None and any(v == clock for _, v in intent.assignments):
            passed_times[clock] = passed
            free = [p for p in free if p[0] != passed]

    return Intent(
        kind=intent.kind,
        conditions=[Condition(c.column, c.op, rename(c.value)) for c in intent.conditions if kept(c.value)],
        order=intent.order,
        limit=rename(intent.limit) if kept(intent.limit) else None,
        assignments=[(column, passed_times.get(value) or rename(value)) for column, value in intent.assignments if kept(value)],
        params=list(params),
    )


_PARAM = re.compile(r"(?<![\w:.])(?!(?:true|false)\b)[a-z_][a-z0-9_]*\b(?!::|\()")


def param_of(value: str) -> str:
    """The parameter a value expression reads: `status.as_str()` -> `status`,
    `products::stock + quantity` -> `quantity`; "" for literals."""
    found = _PARAM.search(value)
    return found.group(0) if found else ""


def suggest_name(intent: Intent) -> str:
    """A function name for a request written only as a comment: `list_completed_by_vet_without_notes`."""
    verbs = {"option": "find", "vec": "list", "count": "count", "exists": "exists", "delete": "delete", "update": "update",
             "sum": f"total_{intent.total}"}
    states, keys, others = [], [], []
    for condition in intent.conditions:
        column = re.sub(r"_(id|at|on)$", "", condition.column)
        if condition.via:  # the customer's city: `by_customer_city`
            column += "_" + condition.via.split(".")[1]
        value = condition.value or ""
        if value in NOW.values():  # "due before today", "starting from now"
            word = {"ge": "from", "gt": "after", "lt": "before", "le": "until"}.get(condition.op, condition.op)
            others.append(f"{column}_{word}_{'today' if value == NOW['Date'] else 'now'}")
        elif value in ("true", "false"):
            states.append(column if value == "true" else f"not_{column}")
        elif re.fullmatch(r"\w+::\w+\.as_str\(\)", value):
            variant = re.sub(r"(?<!^)(?=[A-Z])", "_", variant_name(value)).lower()
            states.append(variant if condition.op == "eq" else f"not_{variant}")
        elif condition.op == "eq":
            keys.append(column)
        elif condition.op == "is_null":
            others.append(f"without_{column}")
        elif condition.op == "like":
            others.append(f"matching_{column}")
        elif condition.op == "is_not_null":
            others.append(f"with_{column}")
        elif condition.op == "le" and value == "0":
            others.append(f"out_of_{column}")
        else:
            word = {"ge": "since", "gt": "over", "lt": "under", "le": "until", ON_DAY: "on_day"}.get(condition.op, condition.op)
            others.append(f"{column}_{word}")
    parts = [verbs.get(intent.kind or "vec", "list"), *states]
    if keys:
        parts.append("by_" + "_and_".join(keys))
    if intent.order and not (states or keys or others):
        column, direction = intent.order
        parts.append(("latest" if direction == "desc" else "earliest") if column.endswith(("_at", "_on")) else f"by_{column}")
    name = "_".join(dict.fromkeys([*parts, *others]))
    return re.sub(r"_(\w+)_since_\1_until", r"_\1_between", name)
