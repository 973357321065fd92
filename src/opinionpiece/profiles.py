"""Outlet profiles: outlet knowledge as data, and a registry the user owns.

A :class:`Profile` lists what is peculiar to one outlet — the evidence that a dump comes
from it, its chrome lines, disclaimer formulas, note labels and credit styles. Rules
read profiles; they never name an outlet. The generic profile's lists (from
:mod:`opinionpiece.vocabulary`) always apply; an outlet profile adds to them.

Write your own::

    from opinionpiece import Profile, ProfileRegistry, parse

    mine = Profile(name="daily-planet", outlet="Daily Planet",
                   evidence=(r"dailyplanet\\.example",),
                   chrome_lines=("Read the Planet",))
    registry = ProfileRegistry.default()
    registry.register(mine)
    article = parse(text, registry=registry)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import attrs
import regex

from . import vocabulary as voc

__all__ = ["CompiledProfile", "Profile", "ProfileRegistry", "compile_profile"]


@attrs.frozen(kw_only=True)
class Profile:
    """What is particular to one outlet, as data.

    Attributes:
        name: Unique key of the profile (``"cgtn"``).
        outlet: Canonical outlet name written to ``Article.outlet`` (``"CGTN"``).
        evidence: Regular expressions; each one found in a dump is one piece of
            evidence that the dump comes from this outlet.
        chrome_lines: Lines that are chrome when alone on a line (case-insensitive).
        chrome_patterns: Regular expressions matched against a whole line.
        disclaimers: Regular expressions for the outlet's disclaimer sentences.
        note_labels: Labels that open an author note (``"Editor's note"``).
        bare_name_byline: Whether a name alone on the line under the title is the byline.
        aliases: Other spellings of the outlet name (``"CHINA DAILY"``).
    """

    name: str
    outlet: str | None = None
    evidence: tuple[str, ...] = ()
    chrome_lines: tuple[str, ...] = ()
    chrome_patterns: tuple[str, ...] = ()
    disclaimers: tuple[str, ...] = ()
    note_labels: tuple[str, ...] = ()
    bare_name_byline: bool = True
    aliases: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class CompiledProfile:
    """A profile merged with the generic vocabulary and compiled for the rules."""

    profile: Profile
    chrome_lines: frozenset[str]
    chrome_re: regex.Pattern[str] | None
    disclaimer_re: regex.Pattern[str] | None
    note_label_re: regex.Pattern[str]


def _key(line: str) -> str:
    return " ".join(line.casefold().split()).rstrip(":")


@functools.lru_cache(maxsize=64)
def compile_profile(profile: Profile) -> CompiledProfile:
    """Compile ``profile`` merged with the generic vocabulary (cached per profile)."""
    labels = voc.alternation((*voc.NOTE_LABELS, *profile.note_labels))
    label_re = regex.compile(
        r"\A\s*+" + labels.replace("'", "['’]") + r"\s*+[:：.–—-]\s*+", regex.IGNORECASE
    )
    return CompiledProfile(
        profile=profile,
        chrome_lines=frozenset(_key(x) for x in (*voc.CHROME_LINES, *profile.chrome_lines)),
        chrome_re=voc.compile_any((*voc.CHROME_PATTERNS, *profile.chrome_patterns)),
        disclaimer_re=voc.compile_any((*profile.disclaimers, *voc.DISCLAIMER_PATTERNS)),
        note_label_re=label_re,
    )


def line_key(line: str) -> str:
    """The form a line is compared in against ``chrome_lines``."""
    return _key(line)


GENERIC = Profile(name="generic")

CGTN = Profile(
    name="cgtn",
    outlet="CGTN",
    evidence=(
        r"not\s+necessarily\s+the\s+views\s+of\s+CGTN",
        r"opinions@cgtn\.com",
        r"Follow\s+CGTN\s+on",
        r"\bcgtn\.com\b",
        r"CGTN Opinion",
    ),
    chrome_lines=("Search Trends", "Follow CGTN on", "DOWNLOAD OUR APP", "Share Copied"),
    chrome_patterns=(
        r"Disinformation report hotline.{0,200}+",
        r".{0,40}+(?:ICP|License|licen[cs]e) (?:No\.?|number).{0,200}+",
    ),
    disclaimers=(
        r"The article reflects the author'?s opinions and not necessarily the views of CGTN\.?",
    ),
)

REGISTERED: tuple[Profile, ...] = (CGTN,)


@attrs.define
class ProfileRegistry:
    """The profiles a parse may choose from. A user-owned, mutable object.

    ``ProfileRegistry.default()`` gives a fresh registry holding the built-in profiles;
    register your own on it. There is no module-global registry to mutate.
    """

    _profiles: dict[str, Profile] = attrs.field(factory=dict)
    generic: Profile = GENERIC

    @classmethod
    def default(cls) -> ProfileRegistry:
        """A new registry holding the built-in outlet profiles."""
        registry = cls()
        for profile in REGISTERED:
            registry.register(profile)
        return registry

    def register(self, profile: Profile) -> None:
        """Add ``profile`` (replacing one of the same name)."""
        self._profiles[profile.name] = profile

    def get(self, name: str) -> Profile:
        """The profile called ``name``; ``KeyError`` if none is registered."""
        if name == self.generic.name:
            return self.generic
        return self._profiles[name]

    def __iter__(self) -> Iterator[Profile]:
        return iter(self._profiles.values())

    def __len__(self) -> int:
        return len(self._profiles)

    def detect(self, text: str) -> tuple[Profile, tuple[str, ...]]:
        """Choose the profile with the most evidence in ``text``.

        Returns the profile and the evidence strings found; the generic profile with no
        evidence when nothing matched.
        """
        best: Profile = self.generic
        best_found: tuple[str, ...] = ()
        for profile in self._profiles.values():
            found = tuple(_evidence(profile.evidence, text))
            if len(found) > len(best_found):
                best, best_found = profile, found
        return best, best_found


def _evidence(patterns: Iterable[str], text: str) -> Iterator[str]:
    for pattern in patterns:
        m = _compiled(pattern).search(text)
        if m is not None:
            yield m.group()


@functools.lru_cache(maxsize=512)
def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.IGNORECASE)
