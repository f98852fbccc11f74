"""A chunk of `acrm nba --all` output as it travels from a worker to the command: UTF-8 bytes."""

from __future__ import annotations

import codecs
import functools
import os
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True, slots=True)
class JsonLines:
    """One evaluated chunk as `acrm nba --all` writes it: cheap to send between processes.

    `data` holds one JSON line per evaluated customer, in external-id order, exactly as the
    command prints them, already encoded as UTF-8 by the worker; `skipped` the
    `SkippedCustomer.to_json()` of those left out; `count` how many customers the chunk
    covered (for progress). Text made the parent decode each chunk from the pipe and encode
    it again for stdout, ~1.5 us per customer of the parent's CPU while both cores were busy.
    """

    data: bytes
    skipped: list[dict]
    count: int
    # The text held a lone surrogate (no database driver returns one), so `data` holds its
    # "surrogatepass" form and only the text says what a text stream makes of it.
    surrogates: bool = False

    @classmethod
    def of(cls, text: str, skipped: list[dict], count: int) -> JsonLines:
        try:
            return cls(text.encode(), skipped, count)
        except UnicodeEncodeError:
            return cls(text.encode("utf-8", "surrogatepass"), skipped, count, surrogates=True)

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", "surrogatepass")

    def write_to(self, stream: TextIO) -> None:
        """`stream.write(self.text)`; the bytes go to its buffer as they are wherever that
        writes the very same bytes (a UTF-8 stream without newline translation)."""
        buffer = getattr(stream, "buffer", None)
        if buffer is None or self.surrogates or os.linesep != "\n" or not _utf8(stream):
            stream.write(self.text)
            return
        stream.flush()  # whatever the stream still holds goes first
        buffer.write(self.data)
        if getattr(stream, "line_buffering", False):  # a terminal sees whole chunks at once
            buffer.flush()


def _utf8(stream: TextIO) -> bool:
    return _is_utf8(getattr(stream, "encoding", None))


@functools.lru_cache(maxsize=8)
def _is_utf8(encoding: object) -> bool:
    if not isinstance(encoding, str):
        return False
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False
