"""JSON and plain-dict (un)structuring of the model, on one cattrs converter.

A :class:`~opinionpiece.Span` is written as ``[start, end]``; enums as their values;
dates and datetimes as ISO 8601 strings. Every document carries ``schema_version``;
:func:`~opinionpiece.from_dict` reads every version this library has written.
"""

from __future__ import annotations

import datetime as dt
import json
import json.encoder
import json.scanner
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn, override
from cattrs.preconf.json import make_converter

from .model import Article, Block, Diagnostic, Role, Span

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Migration",
    "converter",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
    "upgrade",
]

#: The version of the serialized form written by this release.
SCHEMA_VERSION = 1

#: One upgrade step, turning a document of version ``n`` into one of version ``n + 1``.
Migration = Callable[[dict[str, Any]], dict[str, Any]]

#: The steps that upgrade stored documents, ``MIGRATIONS[n]`` turning a version ``n``
#: document into a version ``n + 1`` one. When a release changes the serialized form it
#: bumps :data:`~opinionpiece.SCHEMA_VERSION` and adds the step from the previous version
#: here, so that :func:`~opinionpiece.from_dict` reads every version ever written.
#: Version 1 is the first, so there is no step yet.
MIGRATIONS: Mapping[int, Migration] = types.MappingProxyType({})


def _make() -> cattrs.Converter:
    conv = make_converter(omit_if_default=False)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, lambda v, _: Span(start=int(v[0]), end=int(v[1])))

    def unstructure_when(value: dt.date | dt.datetime | None) -> str | None:
        return None if value is None else value.isoformat()

    def structure_when(value: Any, _: Any) -> dt.date | dt.datetime | None:
        if value is None:
            return None
        text = str(value)
        if "T" in text or len(text) > 10:
            return dt.datetime.fromisoformat(text)
        return dt.date.fromisoformat(text)

    def is_when(t: Any) -> bool:
        args = set(typing.get_args(t))
        return bool(args) and args <= {dt.date, dt.datetime, type(None)}

    conv.register_unstructure_hook_func(is_when, unstructure_when)
    conv.register_structure_hook_func(is_when, structure_when)
    if tuple(f.name for f in attrs.fields(Block)) == _BLOCK_FIELDS:
        # blocks are most of a whole page's article: the same dict as the generated
        # hook, without its per-field dispatch (kept only while the fields are these)
        conv.register_unstructure_hook(Block, _unstructure_block)
        # and the article's two tuples of blocks are plain lists of those dicts, built
        # without the converter's per-item dispatch
        conv.register_unstructure_hook(
            Article,
            make_dict_unstructure_fn(
                Article,
                conv,
                blocks=override(unstruct_hook=_unstructure_blocks),
                boilerplate=override(unstruct_hook=_unstructure_blocks),
            ),
        )
    return conv


_BLOCK_FIELDS = ("role", "span", "text", "reason")


def _unstructure_block(block: Block) -> dict[str, Any]:
    span = block.span
    return {
        "role": block.role,
        "span": [span.start, span.end],
        "text": block.text,
        "reason": block.reason,
    }


def _unstructure_blocks(blocks: tuple[Block, ...]) -> list[dict[str, Any]]:
    return [_unstructure_block(block) for block in blocks]


#: The converter used by every function here. Use it to (un)structure parts of the
#: model too: ``converter.unstructure(article.quotes[0])``.
converter = _make()

#: The article's last three fields, written by :func:`_compact_json` without a dict per
#: block: the blocks are most of a whole page's document, and ``boilerplate`` repeats
#: blocks that ``blocks`` holds too.
_TAIL = ("boilerplate", "blocks", "diagnostics")


def _head_unstructure() -> Callable[[Article], dict[str, Any]] | None:
    """The article's fields before :data:`_TAIL` as plain data (``None`` when the model
    no longer has the shape the compact writer was written for)."""
    names = tuple(f.name for f in attrs.fields(Article))
    if names[-len(_TAIL) :] != _TAIL or tuple(f.name for f in attrs.fields(Block)) != _BLOCK_FIELDS:
        return None
    omit = override(omit=True)
    return make_dict_unstructure_fn(
        Article, converter, boilerplate=omit, blocks=omit, diagnostics=omit
    )


_HEAD = _head_unstructure()
#: A string as JSON, non-ASCII kept as is: the function ``json.dumps`` itself uses then
#: (the C one when the interpreter has it).
_encode_string: Callable[[str], str] = json.encoder.encode_basestring
#: ``json.dumps(…, ensure_ascii=False)`` made once (``dumps`` builds an encoder per call
#: when given options); the data it is given is a fresh tree, with no cycles to check for.
_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)
#: Each role's opening of a block object, up to the span's first offset.
_BLOCK_OPEN = {role: f'{{"role": {_encode_string(role.value)}, "span": [' for role in Role}


class _Encoded(dict[str | None, str]):
    """Strings as JSON, each encoded once (``None`` as ``null``)."""

    def __missing__(self, key: str | None) -> str:
        value = self[key] = "null" if key is None else _encode_string(key)
        return value


def _blocks_json(blocks: tuple[Block, ...], reasons: _Encoded) -> list[str]:
    """Each block's object, as ``json.dumps`` writes it."""
    return [
        f"{_BLOCK_OPEN[b.role]}{b.span.start}, {b.span.end}], "
        f'"text": {_encode_string(b.text)}, "reason": {reasons[b.reason]}}}'
        for b in blocks
    ]


def _compact_json(article: Article, head: Callable[[Article], dict[str, Any]]) -> str:
    """``json.dumps(to_dict(article), ensure_ascii=False)``, the same text, written with
    each block's object built once as a string: the boilerplate blocks are (as the
    pipeline builds them) the same objects in ``blocks`` and ``boilerplate``, and a
    reason is encoded once per document. (Hooks registered on :data:`converter` for
    blocks or spans are not consulted here; :func:`to_dict` honours them.)"""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(head(article))
    reasons = _Encoded()
    blocks = article.blocks
    parts = _blocks_json(blocks, reasons)
    chrome = [k for k, b in enumerate(blocks) if b.role is Role.BOILERPLATE]
    boilerplate = article.boilerplate
    if len(chrome) == len(boilerplate) and all(
        blocks[k] is b for k, b in zip(chrome, boilerplate, strict=True)
    ):
        chrome_parts = [parts[k] for k in chrome]
    else:  # (an article built by hand may keep other boilerplate blocks)
        chrome_parts = _blocks_json(boilerplate, reasons)
    diagnostics = converter.unstructure(article.diagnostics, tuple[Diagnostic, ...])
    return "".join(
        (
            _ENCODER.encode(data)[:-1],
            ', "boilerplate": [',
            ", ".join(chrome_parts),
            '], "blocks": [',
            ", ".join(parts),
            '], "diagnostics": ',
            _ENCODER.encode(diagnostics),
            "}",
        )
    )


def to_dict(article: Article) -> dict[str, Any]:
    """The article as plain JSON-compatible data, with ``schema_version``.

    .. versionadded:: 0.1.0
    """
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(converter.unstructure(article, Article))
    return data


def upgrade(
    data: Mapping[str, Any],
    *,
    migrations: Mapping[int, Migration] = MIGRATIONS,
    target: int = SCHEMA_VERSION,
) -> dict[str, Any]:
    """Bring a serialized article of any earlier ``schema_version`` up to ``target``.

    Each step ``migrations[n]`` upgrades a version ``n`` document to version ``n + 1``;
    the steps run in order from the document's version. A document without
    ``schema_version`` is taken as ``target``.

    Args:
        data: :func:`to_dict` output of this or an earlier release.
        migrations: The upgrade steps (default: this release's
            :data:`~opinionpiece.serialize.MIGRATIONS`).
        target: The version to reach (default: :data:`~opinionpiece.SCHEMA_VERSION`).

    Returns:
        A new dict of version ``target``, with ``schema_version`` set.

    Raises:
        ValueError: the version is not an integer, is newer than ``target``, or has no
            upgrade path to it.

    .. versionadded:: 0.1.0
    """
    doc = dict(data)
    version = doc.get("schema_version", target)
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValueError(f"unsupported schema_version {version!r}: not an integer")
    if version > target:
        raise ValueError(
            f"unsupported schema_version {version!r}: this release reads up to {target}"
        )
    while version < target:
        step = migrations.get(version)
        if step is None:
            raise ValueError(
                f"unsupported schema_version {version!r}: no upgrade from it to {target}"
            )
        doc = dict(step(doc))
        version += 1
        doc["schema_version"] = version
    doc["schema_version"] = version
    return doc


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    doc = upgrade(data)
    return {k: v for k, v in doc.items() if k != "schema_version"}


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an article from :func:`to_dict` output (any supported schema version).

    .. versionadded:: 0.1.0
    """
    return converter.structure(_migrate(dict(data)), Article)


_SURROGATE = re.compile("[\ud800-\udfff]")
#: An escaped high surrogate right before an escaped low one: a JSON decoder joins the two
#: into one character, whether they were a pair or two lone surrogates side by side.
_ESCAPED_PAIR = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}")
_STRING_BODY = re.compile(r'((?:[^"\\]|\\.)*)"', re.DOTALL)
_ESCAPE = re.compile(r'\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))')
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as a JSON document: non-ASCII kept as is, so it can be written as UTF-8.

    A source holding lone surrogates (which UTF-8 cannot encode) has those escaped
    (``\\ud800``), everything else kept as is; it reads back to an equal article.

    .. versionadded:: 0.1.0
    """
    if indent is None and _HEAD is not None:
        text = _compact_json(article, _HEAD)
    else:
        # the data is a fresh tree of dicts and lists (no cycles to check for)
        data = to_dict(article)
        text = json.dumps(data, ensure_ascii=False, indent=indent, check_circular=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


def _unescape(m: re.Match[str]) -> str:
    code, simple = m.groups()
    return chr(int(code, 16)) if code is not None else _SIMPLE[simple]


def _string_apart(text: str, end: int, strict: bool = True) -> tuple[str, int]:
    """A JSON string body read with every ``\\uXXXX`` escape as its own code point."""
    m = _STRING_BODY.match(text, end)
    if m is None:
        raise json.JSONDecodeError("Unterminated string", text, end - 1)
    return _ESCAPE.sub(_unescape, m.group(1)), m.end()


def _loads_apart(text: str) -> Any:
    """``json.loads`` keeping escaped surrogates apart (two lone ones stay two)."""
    decoder = json.JSONDecoder()
    decoder.parse_string = _string_apart  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    return decoder.decode(text)


def _tiles(data: Any) -> bool:
    """Whether a decoded document's blocks end where its source ends."""
    try:
        return bool(data["blocks"][-1]["span"][1] == len(data["source"]))
    except (KeyError, IndexError, TypeError):
        return True


def from_json(text: str | bytes) -> Article:
    """Rebuild an article from :func:`to_json` output.

    .. versionadded:: 0.1.0
    """
    data = json.loads(text)
    raw = text if isinstance(text, str) else text.decode(json.detect_encoding(text))
    if _ESCAPED_PAIR.search(raw) and (not _tiles(data) or not raw.isascii()):
        # Two escaped surrogates side by side were joined into one character. They were
        # lone surrogates when the document writes other non-ASCII text as is (only a
        # writer escaping everything escapes a real pair), or when joining them broke the
        # blocks' tiling of the source: read again, keeping them apart.
        data = _loads_apart(raw)
    if not isinstance(data, dict):
        raise ValueError("an article's JSON must be an object")
    return from_dict(data)
