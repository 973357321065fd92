"""opinionpiece: raw scraped news text into typed, lossless article models.

>>> import opinionpiece
>>> text = "A title\\n\\nBy Jane Doe\\n\\nThe first paragraph of the piece, as written.\\n"
>>> article = opinionpiece.parse(text)
>>> article.title, [a.name for a in article.authors]
('A title', ['Jane Doe'])
"""

from __future__ import annotations

from . import lexicon
from .errors import InputError, ParseError
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
from .reading import parse_file
from .serialize import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json

__version__ = "0.1.0.dev0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Author",
    "Block",
    "Caption",
    "Diagnostic",
    "EditorNote",
    "InputError",
    "Lexicon",
    "Paragraph",
    "ParseError",
    "Profile",
    "ProfileRegistry",
    "Quote",
    "Role",
    "Severity",
    "Span",
    "__version__",
    "from_dict",
    "from_json",
    "lexicon",
    "parse",
    "parse_file",
    "to_dict",
    "to_json",
]
