"""Sphinx configuration for the opinionpiece docs."""

from __future__ import annotations

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
exclude_patterns = ["_build"]
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
html_theme = "furo"
html_title = "opinionpiece"
