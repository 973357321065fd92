"""Export an article as schema.org ``OpinionNewsArticle`` JSON-LD."""

from __future__ import annotations

from typing import Any

from .model import Article, Author

__all__ = ["to_jsonld"]


def _person(author: Author) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": author.name}
    if author.roles:
        person["jobTitle"] = list(author.roles)
    if author.affiliations:
        person["affiliation"] = [
            {"@type": "Organization", "name": name} for name in author.affiliations
        ]
    if author.bio:
        person["description"] = author.bio
    if author.location:
        person["homeLocation"] = {"@type": "Place", "name": author.location}
    return person


def to_jsonld(article: Article, *, id: str | None = None) -> dict[str, Any]:
    """The article as a schema.org ``OpinionNewsArticle`` JSON-LD object.

    Maps the title to ``headline``, authors to ``Person`` objects (roles as
    ``jobTitle``, affiliations as ``Organization``, the bio as ``description``), the
    outlet to ``publisher``, the date to ``datePublished``, the clean body to
    ``articleBody``, the standfirst to ``abstract``, the editor's note to
    ``backstory``, and captions to ``ImageObject`` entries with ``caption`` and
    ``creditText``. Fields the parse did not find are left out.

    Args:
        article: A parsed article.
        id: An identifier for the article (written as ``identifier``).

    Returns:
        A JSON-compatible dict with ``@context`` and ``@type``.

    Example:
        >>> import opinionpiece
        >>> article = opinionpiece.parse("A title\\n\\nBy Jane Doe\\n\\nThe text.\\n")
        >>> doc = to_jsonld(article)
        >>> doc["@type"], doc["headline"], doc["author"][0]["name"]
        ('OpinionNewsArticle', 'A title', 'Jane Doe')

    .. versionadded:: 0.1.0
    """
    doc: dict[str, Any] = {"@context": "https://schema.org", "@type": "OpinionNewsArticle"}
    if id is not None:
        doc["identifier"] = id
    if article.title:
        doc["headline"] = article.title
    if article.standfirst:
        doc["abstract"] = article.standfirst
    if article.authors:
        doc["author"] = [_person(a) for a in article.authors]
    if article.published is not None:
        doc["datePublished"] = article.published.isoformat()
    if article.outlet:
        doc["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.language:
        doc["inLanguage"] = article.language
    if article.dateline:
        doc["locationCreated"] = {"@type": "Place", "name": article.dateline}
    if article.editor_note is not None:
        doc["backstory"] = article.editor_note.text
    if article.paragraphs:
        doc["articleBody"] = article.text
        doc["wordCount"] = sum(len(p.text.split()) for p in article.paragraphs)
    media = [
        {
            "@type": "ImageObject",
            **({"caption": c.text} if c.text else {}),
            **({"creditText": c.credit} if c.credit else {}),
        }
        for c in article.captions
    ]
    if media:
        doc["associatedMedia"] = media
    return doc
