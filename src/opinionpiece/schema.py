"""The JSON Schema of a serialized article, generated from the model.

:func:`json_schema` walks the ``attrs`` classes of :mod:`opinionpiece.model` and their
type hints, so the schema follows the model as it changes. It describes what
:func:`~opinionpiece.to_dict` writes: every field present, a
:class:`~opinionpiece.Span` as ``[start, end]``, enums as their values, dates as ISO
8601 strings, and ``schema_version`` as the current :data:`~opinionpiece.SCHEMA_VERSION`.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from .model import Article, Span
from .serialize import SCHEMA_VERSION

__all__ = ["json_schema"]

_DATE = r"^\d{4}-\d{2}-\d{2}$"
_DATETIME = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}(:\d{2})?|Z)?$"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`~opinionpiece.to_dict` output.

    Returns:
        The schema as a JSON-compatible dict, with one ``$defs`` entry per model class.

    Example:
        >>> schema = json_schema()
        >>> schema["properties"]["schema_version"]
        {'const': 1}

    .. versionadded:: 0.1.0
    """
    defs: dict[str, Any] = {}
    article = _object(Article, defs)
    article["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **article["properties"]}
    article["required"] = ["schema_version", *article["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://opinionpiece.readthedocs.io/schema/article.json",
        "title": "opinionpiece Article",
        "description": "An article as written by opinionpiece.to_dict.",
        **article,
        "$defs": dict(sorted(defs.items())),
    }


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {f.name: _of(hints[f.name], defs) for f in attrs.fields(cls)}
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    return {
        "type": "object",
        "description": " ".join(doc.split()),
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _of(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_of(a, defs) for a in args]}
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return {"type": "array", "items": _of(args[0], defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if tp is dt.datetime:
        return {"type": "string", "pattern": _DATETIME}
    if tp is dt.date:
        return {"type": "string", "pattern": _DATE}
    if tp is Span:
        defs.setdefault(
            "Span",
            {
                "description": "[start, end): offsets in characters into source.",
                "type": "array",
                "prefixItems": [
                    {"type": "integer", "minimum": 0},
                    {"type": "integer", "minimum": 0},
                ],
                "minItems": 2,
                "maxItems": 2,
            },
        )
        return _ref("Span")
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        defs.setdefault(tp.__name__, {"type": "string", "enum": [m.value for m in tp]})
        return _ref(tp.__name__)
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder against recursion
            defs[tp.__name__] = _object(tp, defs)
        return _ref(tp.__name__)
    raise TypeError(f"no JSON Schema for {tp!r}")
