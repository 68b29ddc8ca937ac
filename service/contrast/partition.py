"""Disjoint sets (union-find): spellings of one name, figures that agree with each other."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class Partition(Generic[K]):
    """Each key starts alone; ``join`` puts two keys' sets together."""

    def __init__(self, keys: Iterable[K]):
        self._parent: dict[K, K] = {k: k for k in keys}

    def __contains__(self, key: object) -> bool:
        return key in self._parent

    def find(self, key: K) -> K:
        """The representative of the key's set (path halving keeps the chains short)."""
        parent = self._parent
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def join(self, key: K, into: K) -> None:
        """Put ``key``'s set under ``into``'s representative."""
        self._parent[self.find(key)] = self.find(into)

    def groups(self, keys: Iterable[K]) -> list[list[K]]:
        """``keys`` grouped by set, each group in the order the keys come in."""
        out: dict[K, list[K]] = {}
        for k in keys:
            out.setdefault(self.find(k), []).append(k)
        return list(out.values())
