"""Text normalisation shared by storage, search and import: the one clean and the one fold."""

from __future__ import annotations

import re
import unicodedata

# The one clean and the Vietnamese collation live beside the model that stores their keys
# (enterprises.name_sort); they are part of this module's interface.
from nsdesk.models.collation import SEPARATOR, clean, sort_key, sort_key_cleaned

__all__ = ["SEPARATOR", "clean", "fold", "fold_cleaned", "search_words", "sort_key", "sort_key_cleaned"]


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


