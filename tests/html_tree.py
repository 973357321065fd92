"""A tiny DOM built with :mod:`html.parser`, to check the HTML view's markup."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


class Node:
    """One element: tag, attributes (in order) and children (nodes or text)."""

    def __init__(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []

    def get(self, name: str) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value if value is not None else ""
        return None

    def has(self, name: str) -> bool:
        return any(key == name for key, _ in self.attrs)

    @property
    def classes(self) -> list[str]:
        return (self.get("class") or "").split()

    def iter(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def source_text(self) -> str:
        """Text content, skipping ``data-op-label`` and reading ``data-op-char`` markers."""
        out: list[str] = []
        for child in self.children:
            if isinstance(child, str):
                out.append(child)
            elif child.has("data-op-char"):
                out.append(chr(int(child.get("data-op-char") or "", 16)))
            elif not child.has("data-op-label"):
                out.append(child.source_text())
        return "".join(out)


class _Builder(HTMLParser):
    def __init__(self, strict: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [])
        self.stack = [self.root]
        self.strict = strict

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, attrs)
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.strict:
            assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
            self.stack.pop()
            return
        while len(self.stack) > 1:
            if self.stack.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(markup: str, *, strict: bool = True) -> Node:
    """Parse ``markup``; with ``strict``, every end tag must close the open element."""
    builder = _Builder(strict)
    builder.feed(markup)
    builder.close()
    if strict:
        assert len(builder.stack) == 1, f"unclosed: {[n.tag for n in builder.stack[1:]]}"
    return builder.root


def source_of(markup: str) -> str:
    """The text of the view's ``data-op-source`` element, as the source it stands for."""
    root = parse_html(markup)
    found = [n for n in root.iter() if n.has("data-op-source")]
    assert len(found) == 1
    return found[0].source_text()
