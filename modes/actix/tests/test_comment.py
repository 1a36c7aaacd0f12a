"""Reading a `// nocodo:` comment's words: any inflection of a word meets its plain form, and a
verb with a particle is read as the pair."""

from nocodo.modes.actix.comment import asked_action, phrasal_verbs, words_of

ACTIONS = {"list": ["show"], "create": ["add", "sign up"], "delete": ["remove", "drop", "take off"]}


def test_words_meet_their_plain_forms():
    words = words_of("the kayaks that came back, mark them returned")
    assert {"kayak", "come", "return"} <= set(words)


def test_a_verb_with_a_particle_is_read_as_the_pair():
    assert phrasal_verbs("the dogs were dropped off, take them off the list") == ["drop off", "take off"]
    assert asked_action("take these off our books", ACTIONS) == "delete"
    assert asked_action("sign up a new member", ACTIONS) == "create"


def test_a_verb_inside_a_pair_names_no_action_alone():
    assert asked_action("drop the old ones", ACTIONS) == "delete"
    assert asked_action("the parcels dropped off today", ACTIONS) is None


def test_an_inflected_action_word_names_its_action():
    assert asked_action("removed members", ACTIONS) == "delete"


def test_a_functions_verb_meets_the_comments_verb_in_another_form_but_not_a_thing():
    from nocodo.modes.actix.handler.context import _said

    marked = {("mark", "mark"), ("returned", "return")}
    assert _said(marked, set(words_of("mark the kayak as return")), set())
    # "in the book" names a thing, which Appointment::booked does not answer
    assert not _said({("booked", "book")}, set(words_of("all the appointments in the book")), {"book"})
