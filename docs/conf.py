"""Sphinx configuration for the opinionpiece docs."""

from __future__ import annotations

from pathlib import Path

import opinionpiece

project = "opinionpiece"
author = "The opinionpiece developers"
copyright = "2026, The opinionpiece developers"
release = opinionpiece.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "_generated"]
autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
nitpicky = True
nitpick_ignore_regex = [
    (
        r"py:class",
        r"(regex\.|_regex\.|attrs?\.|cattrs?\.|datetime\.|collections\.abc\.|os\.|enum\.).*",
    ),
    (r"py:class", r"(Pattern|PathLike|Attribute|Converter|Match|Any|Sequence|Iterator).*"),
    (r"py:class", r"opinionpiece\..*\.(Unit|Decision|CompiledProfile|View|Rule|NameSpan)"),
]
#: Files written at build time from the library itself (format.md includes them).
GENERATED = Path(__file__).resolve().parent / "_generated"
#: The small article that format.md shows serialized.
FORMAT_SAMPLE = (
    "Tide tables\n"
    "Floating docks give river towns a second chance\n"
    "By Marta Kowalczyk\n\n"
    '"Each dock pays for itself," said Ola Berg.\n'
)


def _write_generated(_app: object) -> None:
    import json

    GENERATED.mkdir(exist_ok=True)
    schema = json.dumps(opinionpiece.json_schema(), indent=2, ensure_ascii=False) + "\n"
    sample = opinionpiece.to_json(opinionpiece.parse(FORMAT_SAMPLE), indent=2) + "\n"
    for name, text in (("article.schema.json", schema), ("sample.json", sample)):
        path = GENERATED / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def setup(app: object) -> None:
    """Write the generated files before the build reads any page."""
    app.connect("builder-inited", _write_generated)  # type: ignore[attr-defined]


html_theme = "furo"
html_title = "opinionpiece"
