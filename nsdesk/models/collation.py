"""Vietnamese alphabetical order as a key that sorts byte-wise: what ``enterprises.name_sort``
stores, so that SQL (SQLite's BINARY, PostgreSQL's "C" collation) and Python agree on name order.

Pure Python with no database: the models keep the stored key up to date (models/name_order.py),
services use it through nsdesk.services.common.text.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+", re.UNICODE)  # includes no-break spaces (U+00A0, U+202F …)


def clean(value: object) -> str:
    """NFC, trimmed, inner runs of whitespace collapsed to one space. ``None`` → ``""``."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return _SPACES.sub(" ", text).strip()


def _folded(ch: str) -> str:
    """A letter outside the Vietnamese alphabet (ñ, æ, ß …) without its marks, lower case."""
    return "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).lower()


# Vietnamese alphabetical order: the alphabet's own letters (ă â đ ê ô ơ ư after their base
# letter), then the tones in dictionary order (none, huyền, hỏi, ngã, sắc, nặng), then case.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_DIGIT_RUN = re.compile(r"\d+")
_KEY_OF_LETTER = {letter: chr(0x100 + i) for i, letter in enumerate(_ALPHABET)}


def _letter(base: str, marks: str) -> str:
    """The alphabet letter of a base letter and its non-tone marks (``o`` + horn → ``ơ``)."""
    if base == "đ":
        return "đ"
    for mark in marks:
        if mark == "\u0306" and base == "a":
            return "ă"
        if mark == "\u0302" and base in "aeo":
            return {"a": "â", "e": "ê", "o": "ô"}[base]
        if mark == "\u031b" and base in "ou":
            return {"o": "ơ", "u": "ư"}[base]
    return base


def _char_key(ch: str) -> tuple[str, str, str]:
    """One character's part of :func:`sort_key`: (primary, tone, case); tone and case are empty
    for anything that is not a letter of the alphabet."""
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    lower = base.lower()
    letter = _letter("đ" if lower in "đð" else lower, marks)
    if letter in _KEY_OF_LETTER:
        return _KEY_OF_LETTER[letter], next((_TONES[m] for m in marks if m in _TONES), "0"), (
            "1" if base != lower else "0")
    if ch.isspace():
        return " ", "", ""
    if ch.isalnum():
        return (_folded(ch) if not ch.isdigit() else ch), "", ""
    # Punctuation keeps its place among the Latin-1 characters; control characters and anything
    # else move above them, so no key holds a character below the separator.
    return (ch if 0x20 <= ord(ch) < 0x100 else chr(0x200 + ord(ch))), "", ""


def _padded(match: re.Match[str]) -> str:
    return match.group().zfill(12)


class _Table(dict[int, str]):
    """A str.translate table for one part of the key, filled on first sight of each character."""

    def __init__(self, part: int):
        super().__init__()
        self.part = part

    def __missing__(self, code: int) -> str:
        value = _char_key(chr(code))[self.part]
        if len(self) < 20000:  # bounded: a hostile text cannot grow it without end
            self[code] = value
        return value


_PRIMARY, _TONE, _CASE = _Table(0), _Table(1), _Table(2)
SEPARATOR = "\x01"  # below every character of the primary part; no NUL, so PostgreSQL text can store keys


def sort_key(value: object) -> str:
    """A key that sorts text in Vietnamese alphabetical order (``sorted(names, key=sort_key)``).

    Đ comes after D, Ă/Â after A, Ê after E, Ô/Ơ after O, Ư after U; words that differ only in
    tone come in dictionary order (a à ả ã á ạ); case decides last. The key is a plain string, so
    it compares the same in Python and as stored text compared byte-wise (SQLite's BINARY,
    PostgreSQL's "C" collation): the register stores it as ``enterprises.name_sort``.
    """
    return sort_key_cleaned(clean(value))


def sort_key_cleaned(text: str) -> str:
    """:func:`sort_key` of text that is already :func:`clean` (the importer's hot path)."""
    text = _DIGIT_RUN.sub(_padded, text)  # "Quận 2" before "Quận 10"
    return (text.translate(_PRIMARY) + SEPARATOR + text.translate(_TONE) + SEPARATOR
            + text.translate(_CASE))
