"""opinionpiece: raw scraped news text into typed, lossless article models.

>>> import opinionpiece
>>> text = "Why river towns need docks\\n\\nBy Jane Doe\\n\\nThe first paragraph, as written.\\n"
>>> article = opinionpiece.parse(text)
>>> article.title, [a.name for a in article.authors]
('Why river towns need docks', ['Jane Doe'])
"""

from __future__ import annotations

from . import lexicon
from .batch import Document, Result, iter_files, parse_many, read_csv, read_jsonl
from .errors import InputError, ParseError
from .html import to_html
from .jsonld import to_jsonld
from .lexicon import Lexicon
from .model import (
    Article,
    Author,
    Block,
    Caption,
    Diagnostic,
    EditorNote,
    Paragraph,
    Quote,
    Role,
    Severity,
    Span,
)
from .pipeline import parse
from .profiles import Profile, ProfileRegistry
from .reading import parse_bytes, parse_file
from .render import render
from .schema import json_schema
from .serialize import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json, upgrade
from .split import split

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Author",
    "Block",
    "Caption",
    "Diagnostic",
    "Document",
    "EditorNote",
    "InputError",
    "Lexicon",
    "Paragraph",
    "ParseError",
    "Profile",
    "ProfileRegistry",
    "Quote",
    "Result",
    "Role",
    "Severity",
    "Span",
    "__version__",
    "from_dict",
    "from_json",
    "iter_files",
    "json_schema",
    "lexicon",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "read_csv",
    "read_jsonl",
    "render",
    "split",
    "to_dict",
    "to_html",
    "to_json",
    "to_jsonld",
    "upgrade",
]
