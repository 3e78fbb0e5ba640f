"""A list held compressed: for what an import keeps of every rejected row.

A sheet of a million rows that are all refused (the wrong column taken for the tax code, a list of
another province) keeps, for the rejected-rows file and the report, each row's cells and its
problems. As Python objects that is about 1.5 GB; :class:`PackedList` keeps them in batches of
:data:`BATCH` items, each batch pickled and zlib-compressed once full (tens of MB), and gives them
back one batch at a time. Under :data:`BATCH` items it is a plain list.

Appending is the only change it takes (an import's problems are written once, read many times);
:meth:`PackedList.copy` shares the packed batches.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")

BATCH = 4096


class PackedList(Sequence[T], Generic[T]):
    """A sequence that packs full batches of items (``pack`` turns an item into something
    picklable and small, ``unpack`` turns it back; by default the item itself)."""

    def __init__(self, items: Iterable[T] = (), *, pack: Callable[[T], Any] | None = None,
                 unpack: Callable[[Any], T] | None = None, batch: int | None = None) -> None:
        self._pack, self._unpack = pack, unpack
        self._batch = batch or BATCH
        self._packed: list[bytes] = []  # full batches, compressed
        self._tail: list[Any] = []  # packed items of the batch being filled
        self._cache: tuple[int, list[T]] = (-1, [])  # the last batch unpacked, for indexing
        self.extend(items)

    def append(self, item: T) -> None:
        self._tail.append(item if self._pack is None else self._pack(item))
        if len(self._tail) >= self._batch:
            self._packed.append(zlib.compress(pickle.dumps(self._tail, pickle.HIGHEST_PROTOCOL), 1))
            self._tail = []

    def extend(self, items: Iterable[T]) -> None:
        for item in items:
            self.append(item)

    def copy(self) -> PackedList[T]:
        """Another list with the same items (the packed batches shared; appending to either leaves the other)."""
        out: PackedList[T] = PackedList(pack=self._pack, unpack=self._unpack, batch=self._batch)
        out._packed = list(self._packed)
        out._tail = list(self._tail)
        return out

    def __len__(self) -> int:
        return len(self._packed) * self._batch + len(self._tail)

    def _items(self, raw: list[Any]) -> list[T]:
        unpack = self._unpack
        return raw if unpack is None else [unpack(x) for x in raw]

    def _batch_items(self, b: int) -> list[T]:
        if self._cache[0] != b:
            self._cache = (b, self._items(pickle.loads(zlib.decompress(self._packed[b]))))
        return self._cache[1]

    def __iter__(self) -> Iterator[T]:
        for blob in self._packed:
            yield from self._items(pickle.loads(zlib.decompress(blob)))
        yield from self._items(list(self._tail))

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> list[T]: ...

    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("PackedList index out of range")
        b, at = divmod(i, self._batch)
        if b == len(self._packed):
            return self._items([self._tail[at]])[0]
        return self._batch_items(b)[at]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedList | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like list

    def __repr__(self) -> str:
        return f"PackedList({len(self)} items, {len(self._packed)} batches packed)"
