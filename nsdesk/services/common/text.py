"""Text normalisation shared by storage, search and import: the one clean and the one fold."""

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


def fold(value: object) -> str:
    """Lower case without accents, đ → d: what search and matching compare (``None`` → ``""``)."""
    return fold_cleaned(clean(value))


_WORD = re.compile(r"[0-9a-z]+")


def search_words(value: object) -> list[str]:
    """The folded words of a search as the register's search text stores them ("Hạt điều" → hat, dieu)."""
    return _WORD.findall(fold(value))


def _fold_general(text: str) -> str:
    """The rule itself: đ → d, canonical decomposition, combining marks dropped, lower case."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _foldable_chars() -> str:
    """Letters whose fold is plain ASCII (Vietnamese and other accented Latin letters)."""
    chars = []
    for start, end in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for cp in range(start, end):
            ch = chr(cp)
            folded = _fold_general(ch)
            if folded != ch and folded.isascii():
                chars.append(ch)
    return "".join(chars)


_NOT_FOLDABLE = re.compile("[^\x00-\x7f" + re.escape(_foldable_chars()) + "]")


def fold_cleaned(text: str) -> str:
    """:func:`fold` of text that is already :func:`clean` (the importer's hot path, done in C).

    Text of ASCII and letters that fold to ASCII is decomposed and its marks dropped by an ASCII
    encode; anything else (stray combining marks, æ, ß, CJK …) takes the general rule.
    """
    if _NOT_FOLDABLE.search(text):
        return _fold_general(text)
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


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


def sort_key(value: object) -> str:
    """A key that sorts text in Vietnamese alphabetical order (``sorted(names, key=sort_key)``).

    Đ comes after D, Ă/Â after A, Ê after E, Ô/Ơ after O, Ư after U; words that differ only in
    tone come in dictionary order (a à ả ã á ạ); case decides last. The key is a plain string, so
    it compares the same in Python and as stored text compared byte-wise.
    """
    text = _DIGIT_RUN.sub(lambda m: m.group().zfill(12), clean(value))  # "Quận 2" before "Quận 10"
    primary: list[str] = []
    tones: list[str] = []
    cases: list[str] = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        lower = base.lower()
        letter = _letter("đ" if lower in "đð" else lower, marks)
        if letter in _KEY_OF_LETTER:
            primary.append(_KEY_OF_LETTER[letter])
            tones.append(next((_TONES[m] for m in marks if m in _TONES), "0"))
            cases.append("1" if base != lower else "0")
        elif ch.isspace():
            primary.append(" ")
        elif ch.isalnum():
            primary.append(fold_cleaned(ch) if not ch.isdigit() else ch)
        else:
            primary.append(ch if ord(ch) < 0x100 else chr(0x200 + ord(ch)))
    return "".join(primary) + "\x00" + "".join(tones) + "\x00" + "".join(cases)

