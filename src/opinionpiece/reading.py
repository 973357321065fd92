"""Reading files and bytes into text, with clear errors at the edge."""

from __future__ import annotations

import codecs
import os

from .errors import InputError
from .model import Article
from .pipeline import parse
from .profiles import Profile, ProfileRegistry

__all__ = ["decode", "parse_file", "read_text"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, *, encoding: str | None = None, path: str | None = None) -> str:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16/32 with a BOM, or ``encoding``.

    Raises:
        InputError: naming ``path`` and the byte offset where decoding failed. No
            replacement characters are ever inserted silently.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    if encoding is None:
        encoding = "utf-8"
        for bom, name in _BOMS:
            if data.startswith(bom):
                encoding = name
                break
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"cannot decode as {encoding}: {exc.reason}", path=path, offset=exc.start
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", path=path) from None


def read_text(path: str | os.PathLike[str], *, encoding: str | None = None) -> str:
    """Read and decode a file; see :func:`decode`."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=name) from None
    return decode(data, encoding=encoding, path=name)


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    profile: Profile | str | None = None,
    registry: ProfileRegistry | None = None,
    strict: bool = False,
) -> Article:
    """Read ``path`` and :func:`~opinionpiece.parse` it.

    Raises:
        InputError: the file cannot be read or decoded (names the file and byte offset).
        ParseError: with ``strict=True``, when the parse has warnings or errors.
    """
    text = read_text(path, encoding=encoding)
    return parse(text, profile=profile, registry=registry, strict=strict, path=os.fspath(path))
