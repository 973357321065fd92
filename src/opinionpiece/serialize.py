"""JSON and plain-dict (un)structuring of the model, on one cattrs converter.

A :class:`~opinionpiece.Span` is written as ``[start, end]``; enums as their values;
dates and datetimes as ISO 8601 strings. Every document carries ``schema_version``;
:func:`~opinionpiece.from_dict` reads every version this library has written.
"""

from __future__ import annotations

import datetime as dt
import json
import typing
from typing import Any

import cattrs
from cattrs.preconf.json import make_converter

from .model import Article, Span

__all__ = ["SCHEMA_VERSION", "converter", "from_dict", "from_json", "to_dict", "to_json"]

#: The version of the serialized form written by this release.
SCHEMA_VERSION = 1


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
    return conv


#: The converter used by every function here. Use it to (un)structure parts of the
#: model too: ``converter.unstructure(article.quotes[0])``.
converter = _make()


def to_dict(article: Article) -> dict[str, Any]:
    """The article as plain JSON-compatible data, with ``schema_version``."""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(converter.unstructure(article, Article))
    return data


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or version > SCHEMA_VERSION or version < 1:
        raise ValueError(f"unsupported schema_version {version!r} (this release reads 1)")
    return {k: v for k, v in data.items() if k != "schema_version"}


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an article from :func:`to_dict` output (any supported schema version)."""
    return converter.structure(_migrate(dict(data)), Article)


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as a JSON document (UTF-8 text, non-ASCII kept as is)."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Article:
    """Rebuild an article from :func:`to_json` output."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("an article's JSON must be an object")
    return from_dict(data)
