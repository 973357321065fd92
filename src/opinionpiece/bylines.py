"""Bylines: who wrote the article, read into :class:`~opinionpiece.model.Author` records.

Handles the forms outlets print and scrapers keep:

* ``By X``, ``By X and Y``, ``X, Y and Z``, German ``Von X und Y``, ``Por``/``Par``,
  labelled fields (``BYLINE: …``, ``Autor: …``, ``Text: …``) and blog lines
  (``Posted on DATE by X``, ``Veröffentlicht am DATE von X``);
* ``By X | China Daily | Updated: 2025-12-03 07:42``, also broken over several lines
  with indentation (a *run* of byline units is read as one text);
* names in capitals (``By BALEW DEMISSIE`` gives ``Balew Demissie``, the span still on
  the raw text), reporters with places (``Ma Si in Beijing``: ``location``), honorifics
  and roles (``Dr.``, ``MD``, ``Opinion Contributor``, ``Special to …``) moved into
  ``roles``;
* a date glued to a name (``May 14, 2020Raj Persaud``) with co-authors on following
  lines that start with a comma; a name next to a date (``Bettina Kugler 19.10.2019``);
* agencies and site names (``Xinhua``, ``chinadaily.com.cn``, ``AFP``, ``dpa``), which
  are not persons: they are returned apart, for ``Article.agencies``.

The rule (:func:`byline_rule`) marks byline units; :func:`settle_bylines` joins the
pieces of a byline broken over lines; :func:`read_authors` picks the article's byline
run (the one nearest the title and the start of the body) and reads it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from . import vocabulary as voc
from .dates import MONTHS, find_date, strip_dates
from .model import Author, Role
from .profiles import CompiledProfile
from .rules import Classified, Decision, ends_sentence, is_prose, word_count
from .segment import Unit

__all__ = [
    "NameSpan",
    "byline_rule",
    "is_agency",
    "looks_like_name",
    "natural_case",
    "parse_byline",
    "read_authors",
    "settle_bylines",
]

_FLAGS = regex.VERSION1
_I = _FLAGS | regex.IGNORECASE

# ----------------------------------------------------------------------------- data


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that open a byline (case-insensitive). The ones in ``_LABELS`` take a colon.
_PREFIXES = (
    "by",
    "von",
    "vom",
    "por",
    "par",
    "durch",
    "escribe",
    "written by",
    "words by",
    "reported by",
    "posted by",
    "post author by",
    "post author",
    "geschrieben von",
    "erstellt von",
    "eingestellt von",
    "verfasst von",
    "words written by",
    "text von",
    "veröffentlicht von",
    "publiziert von",
    "gespeichert von",
    "ein beitrag von",
    "ein kommentar von",
    "ein gastbeitrag von",
    "autoren",
    "autorinnen",
)
_LABELS = (
    "byline",
    "by",
    "author",
    "authors",
    "autor",
    "autorin",
    "autoren",
    "auteur",
    "text",
    "words",
    "texte",
    "reporter",
    "kolumnist*in",
    "kolumnist",
    "kolumnistin",
)
#: Honorifics before a name, kept as roles.
_HONORIFICS = ("Dr.", "Dr", "Prof.", "Prof", "Professor", "Sir", "Dame", "Rev.", "Mr.", "Mrs.")
#: Roles printed after a name (``, MD``, ``Opinion Contributor``), kept as roles.
_TRAILING_ROLES = (
    "MD",
    "M.D.",
    "PhD",
    "Ph.D.",
    "Opinion Contributor",
    "Contributor",
    "Contributing Writer",
    "Contributing Columnist",
    "Columnist",
    "Staff Writer",
    "Staff Reporter",
    "Senior Writer",
    "Reporter",
    "Correspondent",
    "Editor",
    "Autor",
    "Autorin",
    "Redakteur",
    "Redakteurin",
)
#: Words that make a byline piece a role or title rather than a name.
_ROLE_WORDS = regex.compile(
    r"\b(?:staff|attorney|editor|writer|reporter|correspondent|columnist|contributor|"
    r"professor|director|president|chair(?:man|woman)?+|fellow|analyst|researcher|lecturer|"
    r"chief|head|founder|ceo|geschäftsführer(?:in)?+|redakteur(?:in)?+|leiter(?:in)?+|"
    r"korrespondent(?:in)?+|experte|expertin|projektleiter(?:in)?+|marketing|manager|"
    r"engineer|developer|designer|advocate|strategist|officer)\b",
    _I,
)
_ORG_WORDS = regex.compile(
    r"\b(?:university|universität|institute|institut|program|programme|center|centre|"
    r"foundation|council|association|school|college|academy|ministry|bank|group|"
    r"company|agency|commission|union|society|press|news|times|post|daily)\b",
    _I,
)
_LABELLED = regex.compile(r"\A[\p{L}-]{2,20}+\s*+:", _FLAGS)
_HANDLE = regex.compile(r"[\p{L}\d][\p{L}\d_.-]{1,29}+", _FLAGS)
_PARTICLES = _words(
    "van von der den de del della da di du la le bin ibn al el ben ter zu vom dos das e y"
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "on",
        "for",
        "to",
        "is",
        "are",
        "was",
        "were",
        "with",
        "from",
        "by",
        "this",
        "that",
        "it",
        "its",
        "as",
        "and",
        "or",
        "die",
        "das",
        "und",
        "ist",
        "ein",
        "eine",
        "im",
        "mit",
        "für",
        "auf",
        "our",
        "my",
        "your",
        "how",
        "why",
        "what",
        "new",
        "all",
    ]
)

# ----------------------------------------------------------------------------- patterns

_PREFIX_RE = regex.compile(
    r"\A(?:(?:" + voc.alternation(_LABELS) + r")\s*+[:：]\s*+"
    r"|(?:" + voc.alternation(_PREFIXES) + r")\b[:：]?+\s*+)",
    _I,
)
_INNER_BY = regex.compile(
    r"(?:(?<=\s)|\A)(?:by|von|par|por|durch|posted by|written by|author|autor|autorin)"
    r"[:：]?+\s++(?=\p{L})",
    _I,
)
_SEPARATORS = regex.compile(r"\s++[–—~/-]\s++|\s*+(?:\||·|•|∙|//)\s*+", _FLAGS)
_SPLIT = regex.compile(
    r"\s*+(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*+",
    _FLAGS,
)
_AGENCY_RE = regex.compile(
    r"\A(?:" + voc.alternation(voc.AGENCIES) + r"|(?:[\p{L}\d-]{1,40}+\.){1,3}+"
    r"(?:com|cn|net|org|de|gov|edu|info|co|uk|ru|at|ch))\Z",
    _I,
)
_NAME_TOKEN = regex.compile(
    r"(?:\p{Lu}\.(?:-?+\p{Lu}\.)?+|\p{Lu}[\p{L}\p{M}'’-]*+\.?+|(?:Mc|Mac|O['’]|d['’])"
    r"\p{Lu}[\p{L}'’-]*+)",
    _FLAGS,
)
_PLACE = regex.compile(
    r"\s++(?:in|at|aus|en)\s++(?P<place>(?:the\s++)?+\p{Lu}[^\d|]{0,80}+)\Z", _FLAGS
)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_CUT = regex.compile(
    r"\s++(?i:" + _MONTH_NAMES + r")\.?+\s*+\d.*+\Z|"
    r"\s++(?:on|am|um|le|el|vor|seit|(?i:updated|aktualisiert|published|veröffentlicht|"
    r"stand|posted|kommentare?+|comments?+)|at\s++\d|in\s++(?=\p{Ll}))\b.*+\Z|"
    r"\s*+[(@<\[{\"“«].*+\Z|\s++\d.*+\Z",
    _FLAGS | regex.DOTALL,
)
_ROLE_TAIL = regex.compile(
    r"(?:,\s*+|\s++)(?P<role>" + voc.alternation(_TRAILING_ROLES) + r"|Special to\s++.{2,60}+)"
    r"\s*+\Z",
    _FLAGS,
)
_ROLE_PIECE = regex.compile(
    r"\A(?:" + voc.alternation(_TRAILING_ROLES) + r"|Special to\s++.{2,60}+)\Z", _FLAGS
)
_HONORIFIC_HEAD = regex.compile(
    r"\A(?P<role>" + voc.alternation(_HONORIFICS) + r")(?:\s++|(?<=\.)(?=\p{Lu}))",
    _FLAGS,
)


@attrs.frozen(kw_only=True)
class NameSpan:
    """A name read from a byline, with its ``(start, end)`` offsets in the given text.

    ``agency`` marks an agency or site name (not a person); ``roles`` and ``location``
    are what the byline says about the person.
    """

    name: str
    start: int
    end: int
    agency: bool = False
    roles: tuple[str, ...] = ()
    location: str | None = None
    affiliations: tuple[str, ...] = ()


_SUFFIX = regex.compile(r",?+\s++(?:Jr|Sr|III|II|IV)\.?+\Z", _FLAGS)
#: Capitalized words that make a short line something other than a person's name.
_NOT_NAME_WORDS = _words(
    """home homepage meine mein unsere unser video videos playlist kontakt impressum
    datenschutz startseite login logout log account profil profile archiv archive
    kategorie kategorien tags menu menü suche search newsletter podcast podcasts
    mehr more top latest news neueste beiträge artikel kommentare comments blog
    page seite ver iniciar sesión disclosure advertiser privacy policy terms cookie
    cookies shop store service services team über about contact share teilen
    rezept rezepte thema themen aktuell aktuelles übersicht overview alle gutscheine
    schedule collected download buy now tweet print drucken content paid sponsored open
    previous next weiter zurück nachricht nachrichten meldung meldungen pressemitteilung
    änderung suchbegriff produkte products kitchen kitchens styles fold unfold"""
)
_TAIL_WORDS = _NOT_NAME_WORDS | _words(
    """categories category kategorien kategorie tags kommentar leave hinterlasse
    schreibe lesezeit min read antworten reply edit"""
)
_CAPS_STOP = frozenset(["BY", "OF", "THE", "AND", "FOR", "TO", "ON", "WITH", "FROM", "OR"])
_NOT_NAME_ENDINGS = (
    "ische",
    "ischen",
    "liche",
    "lichen",
    "ieren",
    "ierung",
    "ungen",
    "keit",
    "heit",
    "schaft",
    "ismus",
    "ität",
    "kosten",
    "beiträge",
    "tion",
    "tions",
)


def natural_case(name: str) -> str:
    """``BALEW DEMISSIE`` → ``Balew Demissie``; names not all in capitals are kept."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        return regex.sub(
            r"\p{L}+",
            lambda m: m.group() if len(m.group()) <= 1 else m.group().capitalize(),
            name.lower(),
        )
    return name


def is_agency(text: str) -> bool:
    """Whether ``text`` is an agency or site name (``Xinhua``, ``chinadaily.com.cn``)."""
    return bool(_AGENCY_RE.match(" ".join(text.split())))


def looks_like_name(text: str) -> bool:
    """Whether ``text`` is shaped like a person's name: 2–5 capitalized tokens."""
    if not 3 <= len(text) <= 60 or any(c.isdigit() for c in text):
        return False
    text = _SUFFIX.sub("", text)
    if text[-1] in ".!?:;,|" and not regex.search(r"\b\p{Lu}\.\Z", text):
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    if any(
        t.lower() in _STOP and not (t.isupper() and len(t) > 1 and t not in _CAPS_STOP)
        for t in tokens
    ):
        return False
    if not text[0].isupper():
        return False
    caps = 0
    for t in tokens:
        low = t.lower()
        if low in _NOT_NAME_WORDS or (len(t) > 5 and low.endswith(_NOT_NAME_ENDINGS)):
            return False
        if t in _PARTICLES:
            continue
        if not _NAME_TOKEN.fullmatch(t):
            return False
        caps += 1
    return caps >= 2


def _name_shaped(text: str, *, single: bool) -> bool:
    """A name, or (with ``single``) one capitalized token such as a first name."""
    if looks_like_name(text):
        return True
    return (
        single
        and 2 <= len(text) <= 30
        and bool(_NAME_TOKEN.fullmatch(text))
        and text.lower() not in _STOP
    )


# ----------------------------------------------------------------------------- reading


def _strip_piece(piece: str) -> tuple[str, int, int, tuple[str, ...], str | None]:
    """Split one byline piece into name, its offsets in ``piece``, roles and place."""
    start, end = 0, len(piece)
    roles: list[str] = []
    location: str | None = None
    # honorific in front
    m = _HONORIFIC_HEAD.match(piece)
    if m is not None:
        roles.append(m["role"])
        start = m.end()
    # cut trailing noise (dates, "on", "am", handles) and places
    cut = _CUT.search(piece, start)
    if cut is not None and cut.start() > start:
        end = cut.start()
    m2 = _PLACE.search(piece[:end], start)
    if m2 is not None:
        location = " ".join(m2["place"].split()).strip(" ,.")
        end = m2.start()
    m3 = _ROLE_TAIL.search(piece[:end], start)
    if m3 is not None and m3.start() > start:
        roles.append(" ".join(m3["role"].split()))
        end = m3.start()
    else:
        m4 = _NAME_ROLE.match(" ".join(piece[start:end].split()))
        if m4 is not None and looks_like_name(m4["name"]):
            roles.append(m4["role"])
            end = start + piece[start:end].rfind(m4["role"].split()[0])
    # a chrome word glued after the name (`Daniel Lemire Categories`)
    for tok in regex.finditer(r"\S++", piece[start:end]):
        if tok.group().lower().strip(":") in _TAIL_WORDS:
            end = start + tok.start()
            break
    while end > start and piece[end - 1] in " \t\n,;:–—-":
        end -= 1
    while start < end and piece[start] in " \t\n,;:":
        start += 1
    return piece[start:end], start, end, tuple(roles), location


def _segments(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts of ``text`` between separators (``|``, ``·``, …)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SEPARATORS.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _names_in(text: str, base: int, *, prefixed: bool) -> list[NameSpan]:
    """The names in one segment of a byline (offsets shifted by ``base``)."""
    out: list[NameSpan] = []
    pos = 0
    last_had_place = False
    for m in [*_SPLIT.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        piece = text[pos:end]
        piece_base = pos
        pos = m.end() if m is not None else len(text)
        if not piece.strip():
            continue
        whole = " ".join(piece.split()).strip(" ,;:")
        if _LABELLED.match(whole):
            break  # `Datum: 03.Mär.19`: another field begins
        if is_agency(whole):
            out.append(
                NameSpan(
                    name=whole,
                    start=base + piece_base + (len(piece) - len(piece.lstrip())),
                    end=base + piece_base + len(piece.rstrip(" ,;:")),
                    agency=True,
                )
            )
            last_had_place = False
            continue
        after_comma = "," in text[max(0, piece_base - 3) : piece_base]
        if (
            out
            and not out[-1].agency
            and (_ROLE_PIECE.match(whole) or (after_comma and _ROLE_WORDS.search(whole)))
        ):
            out[-1] = attrs.evolve(out[-1], roles=(*out[-1].roles, whole))
            continue
        name, s, e, roles, location = _strip_piece(piece)
        noisy = _CUT.search(piece, s) is not None
        flat = " ".join(name.split())
        if not flat:
            continue
        if is_agency(flat):
            out.append(
                NameSpan(
                    name=flat, start=base + piece_base + s, end=base + piece_base + e, agency=True
                )
            )
            last_had_place = False
            continue
        if out and not out[-1].agency:
            prev = out[-1]
            if last_had_place and location is None and len(flat.split()) == 1 and not roles:
                # `in Nairobi, Kenya`: the country continues the place
                out[-1] = attrs.evolve(prev, location=f"{prev.location}, {flat}")
                continue
            if _ROLE_PIECE.match(flat) or (after_comma and _ROLE_WORDS.search(flat)):
                out[-1] = attrs.evolve(prev, roles=(*prev.roles, flat))
                continue
            if _ORG_WORDS.search(flat) and prev.roles:
                out[-1] = attrs.evolve(prev, affiliations=(*prev.affiliations, flat))
                continue
            sep = text[max(0, piece_base - 2) : piece_base]
            if prev.roles and "," in sep and len(flat.split()) <= 4:
                # `Alex Durán, AMP Project Marketing, Google`: where they work
                out[-1] = attrs.evolve(prev, affiliations=(*prev.affiliations, flat))
                continue
        if not _name_shaped(flat, single=prefixed or bool(out)):
            if prefixed and not out and _HANDLE.fullmatch(flat):
                out.append(
                    NameSpan(name=flat, start=base + piece_base + s, end=base + piece_base + e)
                )
                break
            if out:
                break
            return []
        out.append(
            NameSpan(
                name=natural_case(flat),
                start=base + piece_base + s,
                end=base + piece_base + e,
                roles=roles,
                location=location,
            )
        )
        last_had_place = location is not None
        if noisy:
            break  # `X 1 Kommentar, Kapitalismus`: what follows the noise is not a name
    persons = [x for x in out if not x.agency]
    if len(persons) > 1 and all(len(x.name.split()) == 1 for x in persons):
        return []  # `Von Bergen und Tälern`: words, not people
    return out


def parse_byline(text: str) -> list[NameSpan]:
    """Read the names in a byline ``text``; offsets are into ``text``.

    ``text`` may hold line breaks and indentation (a byline broken over lines). The
    first part between separators (a pipe, a middle dot, a double slash, a spaced dash)
    that holds names is read; an outlet or date part after it is ignored here.
    """
    if len(text) > 600:
        return []
    for s, e in _segments(text):
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip(" \t\n-–—•·*~"))
        cursor = s + lead
        # dates in front, glued (`May 14, 2020Raj Persaud`) or not (`2. Februar 2020 X`)
        for _ in range(3):
            found = find_date(text[cursor:e])
            if found is None or found[1][0] != 0:
                break
            cursor += found[1][1]
            while cursor < e and text[cursor] in " ,\t\n":
                cursor += 1
        prefixed = False
        m = _PREFIX_RE.match(text[cursor:e])
        if m is not None and cursor + m.end() < e:
            cursor += m.end()
            prefixed = True
            m = _PREFIX_RE.match(text[cursor:e])  # `BYLINE: By X`
            if m is not None and cursor + m.end() < e:
                cursor += m.end()
        else:
            inner = _INNER_BY.search(text, cursor, e)
            if (
                inner is not None
                and inner.start() > cursor
                and find_date(text[s:e]) is not None
                and not _names_in(text[cursor:e], cursor, prefixed=False)
            ):
                cursor = inner.end()
                prefixed = True
        names = _names_in(text[cursor:e], cursor, prefixed=prefixed)
        if names:
            return names
        if prefixed:
            return []
    return []


# ----------------------------------------------------------------------------- the rule

_BYLINE_START = regex.compile(
    r"\A(?:(?:post\s++author\s++)?+by|von|por|par|written\s++by|posted\s++by|"
    r"words\s++(?:written\s++)?+by|(?:geschrieben|erstellt|eingestellt|verfasst|"
    r"veröffentlicht|publiziert)\s++von|"
    r"(?:byline|autor|autorin|autoren|author|authors|auteur|text|words|redaktion))"
    r"(?:\s*+[:：]\s*+|\s++|\Z)",
    _I,
)
_ROLE_NOUN = (
    r"(?i:autor|autorin|author|redakteur|redakteurin|reporter|editor|correspondent|"
    r"columnist|writer|kolumnist|kolumnistin|korrespondent|korrespondentin)"
)
#: ``Harald Bauer Autor``: a name then a role word.
_NAME_ROLE1 = regex.compile(r"\A(?P<name>.{3,60}?)\s++(?P<role>" + _ROLE_NOUN + r")\Z", _FLAGS)
#: ``Jane Roe Education editor``: a name then a two-word role.
_NAME_ROLE2 = regex.compile(
    r"\A(?P<name>.{3,60}?)\s++(?P<role>\p{Lu}\p{Ll}++\s++" + _ROLE_NOUN + r")\Z", _FLAGS
)


class _NameRole:
    """``match`` tries the one-word role, then the two-word role, keeping a real name."""

    @staticmethod
    def match(text: str) -> regex.Match[str] | None:
        for pattern in (_NAME_ROLE1, _NAME_ROLE2):
            m = pattern.match(text)
            if m is not None and looks_like_name(m["name"]):
                return m
        return None


_NAME_ROLE = _NameRole()
_FRAGMENT = regex.compile(r"\A(?:\||,|and\s|und\s|&)|(?:\s(?:and|und|&)|,|\|)\Z", _FLAGS)
_PIPED_DATE = regex.compile(r"\|\s*+(?:updated|published|aktualisiert|stand)\b", _I)


def _byline_shape(text: str) -> str | None:
    """Why ``text`` is a byline unit, or ``None``."""
    if len(text) > 240 or (is_prose(text) and not _PIPED_DATE.search(text)):
        return None
    if _BYLINE_START.match(text):
        rest = _BYLINE_START.sub("", text, count=1).strip()
        if not rest:
            return "byline word"
        if parse_byline(text):
            return "byline form"
        return None
    if _PIPED_DATE.search(text) and parse_byline(text):
        return "byline with outlet and date"
    m = _NAME_ROLE.match(text)
    if m is not None and looks_like_name(m["name"]):
        return "name and role"
    if _FRAGMENT.search(text) and len(text) <= 150 and not ends_sentence(text):
        core = text.strip(" |,&")
        if not core or (parse_byline(core) and word_count(core) <= 12):
            return "byline fragment"
    found = find_date(text)
    if found is not None and len(text) <= 120:
        s, e = found[1]
        before, after = text[:s].strip(" ,·|-–—/"), text[e:].strip(" ,·|-–—/")
        if s == 0 and not text[e : e + 1].isspace() and looks_like_name(after):
            return "date glued to a name"
        if _INNER_BY.search(text) and parse_byline(text) and word_count(text) <= 16:
            return "posted by, with a date"
        if looks_like_name(before) and word_count(after) <= 6:
            return "name beside a date"
        rest = " ".join(strip_dates(text).split()).strip(" ,·|-–—/~")
        rest = regex.sub(r"(?:\s++\d{1,4}+)++\Z", "", rest)
        if looks_like_name(rest):
            return "name beside a date"
    if len(text) <= 300 and regex.search(r"[|•·∙]|//", text):
        for s, e in _segments(text):
            if _BYLINE_START.match(text[s:e]) and parse_byline(text[s:e]):
                return "byline among fields"
    return None


def byline_rule(unit: Unit, profile: CompiledProfile) -> Decision | None:
    """Local rule: a ``By …`` / ``Von …`` line, an ``X | Outlet | Updated:`` line, a
    name glued to or beside a date, or a fragment of a byline broken over lines."""
    reason = _byline_shape(unit.text)
    if reason is not None:
        return Decision(role=Role.BYLINE, reason=reason)
    return None


def settle_bylines(units: Sequence[Unit], decisions: list[Decision]) -> None:
    """Join the pieces of a byline broken over lines.

    A byline unit that ends open (``By``, ``… and``, ``… ,``) takes the name-shaped unit
    right under it; a unit that opens with ``|`` or ``,`` takes the one right above. A
    title taken this way moves to the nearest title-shaped line above the byline.
    """
    n = len(units)
    _bare_name_in_head(units, decisions)
    for i in range(n):
        if decisions[i].role is not Role.BYLINE:
            continue
        text = units[i].text
        if decisions[i].reason == "byline fragment" and not _has_byline_neighbour(
            units, decisions, i
        ):
            decisions[i] = _stray(decisions, i)
            continue
        bare = decisions[i].reason == "byline word"
        open_end = bare or bool(regex.search(r"(?:\s(?:and|und|&)|,)\Z", text, _I))
        if open_end and i + 1 < n and (bare or not units[i + 1].gap_before):
            _absorb(units, decisions, i + 1, i)
        if text[:1] in "|," and i > 0 and not units[i].gap_before:
            _absorb(units, decisions, i - 1, i)


def _bare_name_in_head(units: Sequence[Unit], decisions: list[Decision]) -> None:
    """With no byline between the title and the body, a name alone on a line there is
    the byline (``Jane Roe`` two lines under the title, after a date line)."""
    roles = [d.role for d in decisions]
    title = next((i for i, r in enumerate(roles) if r is Role.TITLE), None)
    first = next((i for i, r in enumerate(roles) if r is Role.BODY), None)
    if title is None or first is None or not title < first <= title + 12:
        return
    if any(r is Role.BYLINE for r in roles[title:first]):
        return
    for k in range(title + 1, first):
        d = decisions[k]
        if (
            d.role is Role.BOILERPLATE
            and d.reason in ("before the article", "navigation-like line")
            and looks_like_name(units[k].text)
        ):
            decisions[k] = Decision(role=Role.BYLINE, reason="name between title and body")
            return


def _has_byline_neighbour(units: Sequence[Unit], decisions: Sequence[Decision], i: int) -> bool:
    """Whether a byline fragment touches another piece of a byline (no blank between)."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(units):
            continue
        joined = not (units[i].gap_before if j < i else units[j].gap_before)
        if joined and (
            decisions[j].role in (Role.BYLINE, Role.DATELINE) or _byline_shape(units[j].text)
        ):
            return True
        if joined and decisions[j].role is not Role.BODY and parse_byline(units[j].text):
            return True
    return False


def _stray(decisions: Sequence[Decision], i: int) -> Decision:
    """A byline fragment alone is body inside the main text, chrome outside it."""
    body = [k for k, d in enumerate(decisions) if d.role is Role.BODY]
    if body and body[0] < i < body[-1]:
        return Decision(role=Role.BODY, reason="inside the body")
    return Decision(role=Role.BOILERPLATE, reason="stray byline fragment")


def _absorb(units: Sequence[Unit], decisions: list[Decision], k: int, anchor: int) -> None:
    d = decisions[k]
    text = units[k].text
    if d.role in (Role.BYLINE, Role.BODY) and d.reason not in ("title above the body",):
        return
    if len(text) > 120 or ends_sentence(text) or not parse_byline(text.strip(" |,")):
        return
    was_title = d.role is Role.TITLE
    decisions[k] = Decision(role=Role.BYLINE, reason="byline continued over lines")
    if not was_title:
        return
    top = min(k, anchor)
    for j in range(top - 1, max(-1, top - 6), -1):
        dj = decisions[j]
        text_j = units[j].text
        if (
            dj.role is Role.BOILERPLATE
            and dj.reason == "before the article"
            and 2 <= word_count(text_j) <= 40
            and len(text_j) <= 300
        ):
            decisions[j] = Decision(role=Role.TITLE, reason="title above the byline")
            return


def byline_runs(doc: Classified) -> list[tuple[int, int]]:
    """Index ranges ``[first, last]`` of consecutive byline units (no blank between)."""
    runs: list[tuple[int, int]] = []
    for i, d in enumerate(doc.decisions):
        if d.role is not Role.BYLINE:
            continue
        if runs and runs[-1][1] == i - 1 and not doc.units[i].gap_before:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def _choose_run(doc: Classified, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The article's byline run(s): near the title and the start of the body."""
    if not runs:
        return []
    roles = [d.role for d in doc.decisions]
    title = next((i for i, r in enumerate(roles) if r is Role.TITLE), None)
    body = [i for i, r in enumerate(roles) if r is Role.BODY]
    first = body[0] if body else len(roles)
    last = body[-1] if body else len(roles)
    anchor = title if title is not None else first
    head = [r for r in runs if anchor <= r[0] <= first + 2]
    if head:
        return head

    def cost(run: tuple[int, int]) -> float:
        i = run[0]
        if i < anchor:
            return (anchor - i) * 1.5
        if i <= last:
            return 4 + (i - first) * 0.2
        return 12 + (i - last)

    ranked = sorted(runs, key=cost)
    best = ranked[0]
    if cost(best) > 80:
        return []
    return [best]


def read_authors(doc: Classified) -> tuple[list[Author], list[str]]:
    """Read the authors and the agencies off the article's byline run."""
    authors: list[Author] = []
    agencies: list[str] = []
    for a, b in _choose_run(doc, byline_runs(doc)):
        start, end = doc.units[a].start, doc.units[b].end
        raw = doc.view.text[start:end]
        for ns in parse_byline(raw):
            name = " ".join(ns.name.split())
            if ns.agency:
                if name not in agencies:
                    agencies.append(name)
            elif name and all(x.name != name for x in authors):
                span = doc.span(start + ns.start, start + ns.end)
                authors.append(
                    Author(
                        name=name,
                        span=span,
                        roles=ns.roles,
                        location=ns.location,
                        affiliations=ns.affiliations,
                    )
                )
    return authors, agencies


def chosen_byline_text(doc: Classified) -> list[str]:
    """The view text of the chosen byline run(s) at the head of the article (between the
    title and the start of the body), for the date reader."""
    roles = [d.role for d in doc.decisions]
    title = next((i for i, r in enumerate(roles) if r is Role.TITLE), None)
    first = next((i for i, r in enumerate(roles) if r is Role.BODY), len(roles))
    anchor = title if title is not None else first
    return [
        doc.view.text[doc.units[a].start : doc.units[b].end]
        for a, b in _choose_run(doc, byline_runs(doc))
        if anchor - 6 <= a <= first + 2
    ]
