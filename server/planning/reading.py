"""Records and relations read from a plain description, without the model.

Records are noun phrases, not words: "repair jobs" is one record (repair_job), and a verb in
front of a noun ("book appointments", "track orders") is never a record nor part of one.
Relations come from the phrases English uses for them: "X for each Y", "Y's X", "X of a Y",
"X belongs to Y", "Y has X", "Y ... their X" (one Y, many X) and "X used on Y" (many of each).
"""

from __future__ import annotations

import re

from nocodo.modes.diesel.naming import is_plural, plural, singular
from nocodo.modes.word_classes import can_be_noun, known_word, noun_lemma, only_describes, only_verb, word_classes

from .protocol import Relation

STOP_WORDS = set(
    "a an the and or of for to with my our their your his her its app application system tool that which who whom "
    "where when want wants need needs would like keep keeps track tracks manage manages small business simple can "
    "could should be is are was were it we i me us they them in on at by from lets let help list lists record records "
    "each every some many any all one two more most other others also just only then than this these those there "
    "here how what whether about into onto over under per via using used use uses things thing stuff people "
    "day days week weeks month months year years times way ways belong belongs belonging has have had kind kinds lot lots "
    # numbers and quantities: "two or three volunteers", "loads of menu items"
    "three four five six seven eight nine ten twelve dozen dozens hundred hundreds loads plenty heaps tons few".split()
)
#: words the dictionary gives as nouns too, that in a description of what a business does are
#: the verb ("clients book appointments"); a word that can only be a verb needs no entry here
VERBS = set(
    "book books brew brews buy buys check checks clean collect collects comes cook cooks does fix fixed fixes give go "
    "goes handle handles hire hires host hosts join joins make makes note notes offer offers pay place places plan plans "
    "print prints read reads register registers rent rents repair repairs run runs schedule schedules sell serve serves "
    "ship ships sign signs store stores take takes view views visit visits".split()
)
#: describing words the dictionary gives as nouns too ("a local", "the main"); not part of a
#: record's name ("local bakeries" -> bakery). A word that can only describe needs no entry.
ADJECTIVES = set("daily junior little local main monthly old own regular senior special weekly young".split())


def is_verb(word: str) -> bool:
    return word in VERBS or only_verb(word)


def is_describing(word: str) -> bool:
    return word in ADJECTIVES or only_describes(word)


#: a word of VERBS that is also the first word of a usual compound noun ("repair job", "sign-up sheet")
NOUN_VERBS = {"repair", "sign"}
_WORD = re.compile(r"[a-z]+(?:'s|')?|[,:;.!?()]")
#: a word in VERBS after one of these is a noun: "the visits", "borrow books", "each book"
NOUN_CONTEXT = set("the their our my his her its of for on with some many all any each every in at".split())


def _words(description: str) -> list[str]:
    return _WORD.findall(description.lower().replace("\u2019", "'"))


#: words that open a noun phrase: a plural word right before one is a verb ("sells the candles")
DETERMINERS = set("the a an their our my his her its".split())
#: words that make the noun after them singular: "a cleaner works" (a verb), "each job sheet"
SINGULAR_DETERMINERS = {"a", "an", "one", "each", "every"}
#: particles of phrasal verbs: "the same flower ends up in", "volunteers sign up for"
PARTICLES = {"up", "out", "off", "back", "down", "away"}


def _names_things(word: str) -> bool:
    """A plural-looking word that can name things: "soaps" (the dictionary knows it as a verb
    only, its singular as a noun), not "always" (an adverb whose singular is no word)."""
    return can_be_noun(word) or (known_word(singular(word)) and can_be_noun(singular(word)))


def _is_plural_noun(word: str, before: str = "", after: str = "") -> bool:
    if not (is_plural(word) and len(word) > 3 and word not in STOP_WORDS):
        return False
    if not _names_things(word):
        return False
    if before in NOUN_CONTEXT:
        return True
    # a noun phrase does not run straight into another ("the charity matches volunteers"), and a
    # particle follows a verb ("ends up")
    if after in DETERMINERS or after in PARTICLES or (after.endswith("s") and can_be_noun(after) and after not in STOP_WORDS and not is_verb(after)):
        return False
    return word not in VERBS or is_verb(before)


def _subject(word: str) -> bool:
    """A word a verb can follow: a pronoun or a plural noun ("shoppers purchase soaps")."""
    return word in SUBJECTS or (is_plural(word) and word not in STOP_WORDS and can_be_noun(word))


#: a subject before a verb: "we repair bikes" is a verb, "track repair jobs" a compound
SUBJECTS = {"we", "i", "they", "you", "he", "she", "it", "who", "that", "which", "people", "staff"}


def _starts_phrase(word: str) -> bool:
    """Whether a noun phrase can start after `word` (so a noun-verb after it is a modifier)."""
    return word == "" or not word.isalpha() or is_verb(word) or (word in STOP_WORDS and word not in SUBJECTS)


def _inside_phrase(word: str) -> bool:
    """Whether a noun phrase is already open after `word`: "several print jobs", "the repair jobs"."""
    return word in DETERMINERS or word in NOUN_CONTEXT or is_describing(word)


def _noun_word(word: str) -> bool:
    """A word that can be part of a record's name."""
    return word.isalpha() and word not in STOP_WORDS and len(word) > 2 and can_be_noun(word) and not is_describing(word)


def _singular_phrase(words: list[str], index: int) -> str | None:
    """The singular noun phrase starting at `index` ("job sheet" in "each job sheet has"), if any."""
    if not _noun_word(words[index]) or words[index].endswith("'"):
        return None
    first = words[index].removesuffix("'s")
    follow = words[index + 1] if index + 1 < len(words) else ""
    if not words[index].endswith("'s") and _noun_word(follow) and not is_verb(follow) and not follow.endswith("s"):
        return f"{first} {follow}"
    return first


#: what makes a singular noun phrase after a/an/one a record: the description relates it
_RELATES_AFTER = re.compile(r"^(?:(?:is|are) )?(?:for|per|of|from) (?:each|every|one)\b|^(?:belongs?|has|have)\b|^is for\b")
_RELATES_BEFORE = {"uses", "use", "for", "by", "to", "in", "on", "with", "from", "and"}


def _related_singulars(words: list[str]) -> list[tuple[int, str]]:
    """Records named once, in the singular, where the description relates them: "a menu for each
    event", "a booking is for one time slot and one team", "uses one paper stock"."""
    found = []
    for index, word in enumerate(words[1:], start=1):
        determiner, before = words[index - 1], words[index - 2] if index > 1 else ""
        if determiner not in ("a", "an", "one"):
            continue
        phrase = _singular_phrase(words, index)
        if phrase is None:
            continue
        rest = " ".join(words[index + len(phrase.split()) : index + len(phrase.split()) + 4])
        if _RELATES_AFTER.match(rest) or (determiner == "one" and before in _RELATES_BEFORE):
            found.append((index, phrase))
    return found


def read_records(description: str) -> list[str]:
    """The records a description names, as noun phrases in words: 'repair job', 'customer'."""
    words = _words(description)
    found: list[tuple[int, str]] = []  # (where it is first named, the record)
    for index, word in enumerate(words):
        possessive = word.endswith("'")  # "customers' homes": a noun, whatever follows
        before = words[index - 1] if index else ""
        # "for each teacher", "each job sheet", "belongs to a shelf": a record named in the singular
        after_each = before in ("each", "every") or (
            index > 2 and words[index - 3].startswith("belong") and words[index - 2] == "to" and before in ("a", "an", "one", "the"))
        if after_each and _singular_phrase(words, index):
            found.append((index, _singular_phrase(words, index)))
            continue
        word = word.removesuffix("'s").removesuffix("'")
        two_before = words[index - 2] if index > 1 else ""
        after = words[index + 1] if index + 1 < len(words) and not possessive else ""
        # a singular noun phrase then an -s word: "a cleaner works" is a verb
        if index > 1 and two_before in SINGULAR_DETERMINERS and not before.endswith("s"):
            continue
        if not _is_plural_noun(word, before, after):
            continue
        # "repair jobs" is one record; "book appointments" is a verb and its object; "customers
        # bring their bikes": `their` ends the phrase.
        modifier = (
            _noun_word(before)
            # a modifier is singular ("repair jobs"); "matches volunteers" is a verb and its object
            and not is_plural(before) and not before.endswith(("ly", "ing", "ed"))
            and (not is_verb(before) or _inside_phrase(two_before) or (before in NOUN_VERBS and _starts_phrase(two_before)))
            # a word that can be a verb, right after its subject, is one: "shoppers leave reviews"
            and not ("VERB" in word_classes(before) and before not in NOUN_VERBS and _subject(two_before))
            and not _is_plural_noun(before, two_before, word)
        )
        head = noun_lemma(word) or singular(word)
        found.append((index, f"{before} {head}" if modifier else head))
    found += _related_singulars(words)
    found += _possessors(words, [record for _, record in found])
    # a word also read as the head of a compound is that compound ("each job" after "repair jobs")
    heads = {r.split()[-1]: r for _, r in found if " " in r}
    return list(dict.fromkeys(heads.get(r, r) for _, r in sorted(found)))


def _possessors(words: list[str], records: list[str]) -> list[tuple[int, str]]:
    """Whoever owns a record is one too: "a customer's orders" -> customer."""
    heads = {r.split()[-1] for r in records}
    found = []
    for index, word in enumerate(words[:-1]):
        if not word.endswith(("'s", "'")):
            continue
        owner = word.removesuffix("'s").removesuffix("'")
        owner = (noun_lemma(owner) or singular(owner)) if word.endswith("'") else owner
        owned = next((w for w in words[index + 1 : index + 4] if not is_describing(w)), "")
        if _noun_word(owner) and (noun_lemma(owned) or singular(owned)) in heads:
            found.append((index, owner))
    return found


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
#: words saying "more than one": "teach several languages", "in lots of bouquets"
_MANY = r"(?:many|several|some|lots of|loads of|a few|few|different|more than one|one or more|two or three|multiple|various|(?:two|three|four|five) or more)"
#: (regex over the marked text, kind, which group is the child)
RELATION_PATTERNS = [
    (rf"@(\w+)'s?{_GAP} @(\w+)", "belongs_to", 2),                              # customer's bikes, customers' bikes
    (rf"@(\w+){_GAP} (?:used|needed|fitted|added|given|sold) (?:on|in|for|at) (?:many |several |{_DET} )?@(\w+)", "many_to_many", 1),
    (rf"@(\w+) (?:belongs?|belonging) to (?:{_DET} )?@(\w+)", "belongs_to", 1),  # a bike belongs to a customer
    (rf"@(\w+) (?:has|have|holds?|owns?) (?:{_MANY} |its |their )?@(\w+)", "belongs_to", 2),
    (rf"@(\w+){_GAP} (?:their|its|his|her) @(\w+)", "belongs_to", 2),           # customers bring their bikes
    (rf"@(\w+) (?:is |are )?(?:for|of|per|on|in|from) (?:each|every|a|an|one) @(\w+)", "belongs_to", 1),  # jobs for each bike
]
#: "is taught by one of our instructors in one of our cars": each names the one parent
_ONE = re.compile(r"@(\w+)((?: [a-z']+){0,4}?) (?:one|a single) (?:of (?:our|the|their|its) )?@(\w+)")
_AND_ONE = re.compile(r"^ (?:and |in |at |on |with |by |for |from )?(?:one|a single) (?:of (?:our|the|their|its) )?@(\w+)")
#: "teachers can teach several languages": the first has many of the second
_HAS_MANY = re.compile(rf"@(\w+)((?: [a-z']+){{0,4}}?) {_MANY} @(\w+)")
#: "pupils enroll in workshops": two records joined by a verb, how many of each unsaid
_VERB_BETWEEN = re.compile(r"@(\w+)((?: [a-z']+){1,3}?) (?:the |their |our )?@(\w+)")
_PREPOSITIONS = {"in", "into", "to", "at", "on", "for", "with", "from", "after", "by"}


_CLAUSE = re.compile(r"[^,.;:!?()]+")


def _carry_subjects(text: str) -> str:
    """Give a coordinated verb its clause's subject: "@property belongs to a @customer and has many
    @job_sheet" -> "... and @property has many @job_sheet"."""

    def carry(clause: re.Match) -> str:
        words = clause.group(0).split(" ")
        first = next((i for i, w in enumerate(words) if w.startswith("@")), None)
        # a record after the clause's verb is its object, not its subject ("books @shoot")
        if first is None or any("VERB" in word_classes(w) or w in ("has", "have", "is", "are") for w in words[:first] if w.isalpha()):
            return clause.group(0)
        subject = words[first]
        out = []
        for index, word in enumerate(words):
            out.append(word)
            following = words[index + 1] if index + 1 < len(words) else ""
            if word == "and" and index > words.index(subject) and (following in ("has", "have", "is", "are") or is_verb(following)):
                out.append(subject)
        return " ".join(out)

    return _CLAUSE.sub(carry, text)


def _one_parent(text: str) -> list[tuple[str, str]]:
    """(child, parent) pairs said with "one": "a booking is for one time slot and one team"."""
    pairs = []
    for match in _ONE.finditer(text):
        if "@" in match.group(2) or any(c in match.group(2) for c in ",.;:"):
            continue
        child = match.group(1)
        pairs.append((child, match.group(3)))
        rest = text[match.end():]
        while (more := _AND_ONE.match(rest)) is not None:
            pairs.append((child, more.group(1)))
            rest = rest[more.end():]
    return pairs


def _verb_pairs(text: str) -> list[tuple[str, str, str]]:
    """(first, second, how) for "@a <verb words> @b"; how is "many" when a quantity word says the
    first has many of the second, "passive" when the verb is passive or takes a preposition
    ("classes are held in classrooms", "pupils enroll in workshops"), else "active"."""
    pairs = []
    for match in _HAS_MANY.finditer(text):
        if "@" not in match.group(2) and not any(c in match.group(2) for c in ",.;:"):
            pairs.append((match.group(1), match.group(3), "many"))
    for match in _VERB_BETWEEN.finditer(text):
        between = match.group(2).split()
        if "@" in match.group(2) or any(c in match.group(2) for c in ",.;:") or not any(is_verb(w) for w in between):
            continue
        if {"and", "or", "but"} & set(between):  # "@neighbour and logs every @visit": not one clause's pair
            continue
        passive = between[-1] in _PREPOSITIONS or (between[0] in ("is", "are", "get", "gets") and between[-1].endswith(("ed", "en", "t")))
        pairs.append((match.group(1), match.group(3), "passive" if passive else "active"))
    return pairs


def read_relations(description: str, records: list[str]) -> list[Relation]:
    """The relations between `records` (names in words or snake_case) that the description states.

    What the phrases say for sure is kept as said; two records joined only by a verb, or by a
    quantity one way, are offered as a many-to-many, which the Product Owner asks about beside its
    one-to-many reading (relation_choices)."""
    names = [r.replace("_", " ") for r in records]
    text = _carry_subjects(_marked(description, names))
    found: dict[frozenset, Relation] = {}

    def keep(child: str, parent: str, kind: str) -> None:
        if child != parent and frozenset((child, parent)) not in found:
            found[frozenset((child, parent))] = Relation(child=child, parent=parent, kind=kind)

    for regex, kind, child_group in RELATION_PATTERNS:
        for match in re.finditer(regex, text):
            keep(match.group(child_group), match.group(3 - child_group), kind)
    for child, parent in _one_parent(text):
        keep(child, parent, "belongs_to")
    many = {(first, second) for first, second, how in _verb_pairs(text) if how == "many"}
    for first, second in many:
        pair = frozenset((first, second))
        said = found.get(pair)
        # "a house has a few cleaners" + "a cleaner works in lots of houses": many of each
        if said is not None and said.kind == "belongs_to" and (said.parent, said.child) == (second, first):
            found[pair] = Relation(child=second, parent=first, kind="many_to_many")
        else:
            keep(second, first, "many_to_many")
    for first, second, how in _verb_pairs(text):
        if how == "active":  # "members make the pieces": each piece is one member's, or many of each
            keep(second, first, "many_to_many")
        elif how == "passive":  # "classes are held in classrooms"
            keep(first, second, "many_to_many")
    return list(found.values())


def a_noun(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def plural_words(noun: str) -> str:
    words = noun.split()
    return " ".join(words[:-1] + [plural(words[-1])])


def relation_sentence(relation: Relation) -> str:
    """The relation in plain words, as the Product Owner asks and the summary shows it."""
    child, parent = relation.child.replace("_", " "), relation.parent.replace("_", " ")
    if relation.kind == "many_to_many":
        return f"{a_noun(child).capitalize()} can go with many {plural_words(parent)}, and {a_noun(parent)} with many {plural_words(child)}"
    return f"Each {child} belongs to one {parent} ({a_noun(parent)} has many {plural_words(child)})"
