"""Reading files and bytes into text, with clear errors at the edge.

:func:`~opinionpiece.parse` takes a ``str`` and never raises on one; this module is the
edge where bytes become that ``str``, and where bad input is refused with an
:class:`~opinionpiece.InputError` that names the file and the byte offset.

How bytes are decoded (``encoding=``):

* ``None`` (the default): a byte-order mark chooses UTF-8, UTF-16 or UTF-32; without one
  the bytes must be valid UTF-8.
* a codec name (``"cp1252"``, ``"latin-1"``, ``"utf-16-le"``): exactly that codec.
* ``"auto"``: as ``None``, and when the bytes are not valid UTF-8, the encoding is
  detected with charset-normalizer (the ``detect`` extra). The choice is recorded on the
  article as an ``OP111`` info diagnostic.

No replacement character is ever inserted silently: bytes that do not decode are an
error, never a ``�``.
"""

from __future__ import annotations

import codecs
import os
from typing import Literal

import attrs

from . import diagnostics as diag
from .errors import InputError
from .model import Article
from .pipeline import parse
from .profiles import Profile, ProfileRegistry

__all__ = ["Decoded", "decode", "decode_bytes", "parse_bytes", "parse_file", "read_text"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: What to install for ``encoding="auto"``.
DETECT_HINT = "pip install 'opinionpiece[detect]'"


@attrs.frozen(kw_only=True)
class Decoded:
    """Decoded text and how its encoding was chosen.

    Attributes:
        text: The decoded text, exactly (no replacement characters).
        encoding: The codec used (``"utf-8"``, ``"utf-16"``, ``"cp1252"``).
        how: Why that codec: ``"given"``, ``"byte-order mark"``, ``"default"`` (valid
            UTF-8) or ``"detected"`` (charset-normalizer).
    """

    text: str
    encoding: str
    how: str


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _detect(data: bytes, path: str | None) -> str:
    """The encoding charset-normalizer finds for ``data`` (``InputError`` if none)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError as exc:
        raise ImportError(
            f"encoding='auto' needs the charset-normalizer package: {DETECT_HINT}"
        ) from exc
    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot detect the encoding of the bytes", path=path, offset=0)
    return str(best.encoding)


def decode_bytes(
    data: bytes | bytearray | memoryview,
    *,
    encoding: str | Literal["auto"] | None = None,
    path: str | None = None,
) -> Decoded:
    """Decode bytes and say which encoding was used and why; see :func:`decode`.

    Raises:
        TypeError: ``data`` is not bytes-like.
        InputError: the bytes do not decode (naming ``path`` and the byte offset), the
            encoding is unknown, or ``"auto"`` found no encoding.
        ImportError: ``encoding="auto"`` without charset-normalizer installed (the
            message names the ``detect`` extra).
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    how = "given"
    if encoding is None or encoding == "auto":
        bom = _bom_encoding(data)
        if bom is not None:
            chosen, how = bom, "byte-order mark"
        elif encoding == "auto":
            try:
                return Decoded(text=data.decode("utf-8"), encoding="utf-8", how="default")
            except UnicodeDecodeError:
                chosen, how = _detect(data, path), "detected"
        else:
            chosen, how = "utf-8", "default"
    else:
        chosen = encoding
    try:
        return Decoded(text=data.decode(chosen), encoding=chosen, how=how)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"cannot decode as {chosen}: {exc.reason}", path=path, offset=exc.start
        ) from None
    except UnicodeError as exc:  # codecs such as punycode or idna raise the base class
        raise InputError(
            f"cannot decode as {chosen}: {exc}", path=path, offset=getattr(exc, "start", None)
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding {chosen!r}", path=path) from None


def decode(
    data: bytes | bytearray | memoryview,
    *,
    encoding: str | Literal["auto"] | None = None,
    path: str | None = None,
) -> str:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16/32 with a BOM, or ``encoding``.

    ``encoding="auto"`` also detects other encodings (charset-normalizer, the ``detect``
    extra) when the bytes are not UTF-8.

    Raises:
        TypeError: ``data`` is not bytes-like.
        InputError: naming ``path`` and the byte offset where decoding failed. No
            replacement characters are ever inserted silently.
        ImportError: ``encoding="auto"`` without charset-normalizer.
    """
    return decode_bytes(data, encoding=encoding, path=path).text


def _read(path: str | os.PathLike[str]) -> bytes:
    name = os.fspath(path)
    try:
        with open(name, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=name) from None


def read_text(
    path: str | os.PathLike[str], *, encoding: str | Literal["auto"] | None = None
) -> str:
    """Read and decode a file; see :func:`decode`."""
    return decode(_read(path), encoding=encoding, path=os.fspath(path))


def parse_bytes(
    data: bytes | bytearray | memoryview,
    *,
    encoding: str | Literal["auto"] | None = None,
    profile: Profile | str | None = None,
    registry: ProfileRegistry | None = None,
    strict: bool = False,
    path: str | None = None,
    budget: float | Literal["auto"] | None = "auto",
) -> Article:
    """Decode ``data`` and :func:`~opinionpiece.parse` it.

    Args:
        data: The raw bytes of one dump.
        encoding: ``None`` (UTF-8, or UTF-16/32 by byte-order mark), a codec name such
            as ``"cp1252"``, or ``"auto"`` to detect other encodings (``detect`` extra);
            with ``"auto"`` the article carries an ``OP111`` info diagnostic naming the
            encoding chosen and why.
        profile: As for :func:`~opinionpiece.parse`.
        registry: As for :func:`~opinionpiece.parse`.
        strict: As for :func:`~opinionpiece.parse`.
        path: A name for the bytes, used in error messages.
        budget: As for :func:`~opinionpiece.parse`.

    Returns:
        The article; ``article.source`` is the decoded text, and every span points
        into it (character offsets, not byte offsets).

    Raises:
        TypeError: ``data`` is not bytes-like.
        InputError: the bytes cannot be decoded (names ``path`` and the byte offset).
        ImportError: ``encoding="auto"`` without charset-normalizer installed.
        ParseError: with ``strict=True``, when the parse has warnings or errors.

    Example:
        >>> import opinionpiece
        >>> data = "Ein Titel\\n\\nVon Jürgen Roß\\n\\nDer erste Absatz.\\n".encode("cp1252")
        >>> opinionpiece.parse_bytes(data, encoding="cp1252").authors[0].name
        'Jürgen Roß'

    .. versionadded:: 0.1
    """
    decoded = decode_bytes(data, encoding=encoding, path=path)
    article = parse(
        decoded.text,
        profile=profile,
        registry=registry,
        strict=strict,
        path=path,
        budget=budget,
    )
    if encoding == "auto":
        note = diag.make("OP111", f"read as {decoded.encoding} ({decoded.how})")
        article = attrs.evolve(article, diagnostics=(note, *article.diagnostics))
    return article


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | Literal["auto"] | None = None,
    profile: Profile | str | None = None,
    registry: ProfileRegistry | None = None,
    strict: bool = False,
    budget: float | Literal["auto"] | None = "auto",
) -> Article:
    """Read ``path`` and :func:`~opinionpiece.parse` it; see :func:`parse_bytes`.

    Raises:
        InputError: the file cannot be read or decoded (names the file and byte offset).
        ImportError: ``encoding="auto"`` without charset-normalizer installed.
        ParseError: with ``strict=True``, when the parse has warnings or errors.
    """
    return parse_bytes(
        _read(path),
        encoding=encoding,
        profile=profile,
        registry=registry,
        strict=strict,
        path=os.fspath(path),
        budget=budget,
    )
