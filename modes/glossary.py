"""What a project's own words mean, as its person said when asked: `.nocodo/glossary.toml`.

An answer to a question ("'unsettled' means: settled_at is empty", "'purchases' is another word
for: orders") is kept per project, under the table it was given for, so the same word is not
asked again in the next request. The file is plain TOML for the person (or their developer) to
read, edit or delete:

    [orders]
    unsettled = "settled_at.is_null()"
    purchases = "say: orders"

A value is what the question's `meaning` argument takes: a condition `column.op(value)`,
`ignore`, or `say: <other words>` (the word read as those words).
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from .errors import ModeError

GLOSSARY = Path(".nocodo") / "glossary.toml"
HEADER = (
    "# What words mean in this project, kept from your answers to nocodo's questions.\n"
    "# One [table] per table; each line: word = \"meaning\". Edit or delete lines freely.\n"
)
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def load(root: Path) -> dict[str, dict[str, str]]:
    """Every remembered meaning, by table; an absent file is an empty glossary."""
    path = Path(root) / GLOSSARY
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ModeError(f"{GLOSSARY} cannot be read ({error}); fix the file or delete it") from error
    return {
        str(scope): {str(word).lower(): str(meaning) for word, meaning in words.items() if isinstance(meaning, str)}
        for scope, words in data.items() if isinstance(words, dict)
    }


def meanings(root: Path, scope: str) -> dict[str, str]:
    """The remembered meanings of words under one table."""
    return load(root).get(scope, {})


def remember(root: Path, scope: str, answers: dict[str, str]) -> dict[str, str]:
    """Keep `answers` under `scope`; returns the ones that were new or changed (nothing is written
    when there are none). Other tables' lines, and this table's other words, stay as they are."""
    if not answers:
        return {}
    glossary = load(root)
    kept = glossary.setdefault(scope, {})
    changed = {word: meaning for word, meaning in answers.items() if kept.get(word) != meaning}
    if not changed:
        return {}
    kept.update(changed)
    path = Path(root) / GLOSSARY
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_render(glossary), encoding="utf-8")
    return changed


def listed(meanings: dict[str, str]) -> str:
    """Meanings as the editor's message shows them: "'hard' = level.eq(Advanced); ..."."""
    return "; ".join(f"'{word}' = {meaning}" for word, meaning in meanings.items())


def _render(glossary: dict[str, dict[str, str]]) -> str:
    parts = [HEADER]
    for scope in sorted(glossary):
        if not glossary[scope]:
            continue
        parts.append(f"\n[{_key(scope)}]\n")
        parts += [f"{_key(word)} = {json.dumps(meaning)}\n" for word, meaning in sorted(glossary[scope].items())]
    return "".join(parts)


def _key(text: str) -> str:
    return text if _BARE_KEY.fullmatch(text) else json.dumps(text)
