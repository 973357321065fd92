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

import functools
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
    "gastbeitrag von",
    "kommentar von",
    "eine kolumne von",
    "kolumne von",
    "ein interview von",
    "interview von",
    "rezept von",
    "themenstarter",
    "themenstarterin",
    "themenersteller",
    "thread starter",
    "about the author",
    "über den autor",
    "über die autorin",
    "autoren",
    "autorinnen",
    "gepostet von",
    "artikel von",
    "ein artikel von",
    "beitrag von",
    "blog beitrag von",
    "blogbeitrag von",
    "text von",
    "texte von",
    "publicado por",
    "escrito por",
    "publié par",
    "écrit par",
    "autor",
    "autorin",
    "author",
    "authors",
    "auteur",
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
    "autor*in",
    "autor/in",
    "redaktion",
    "text & fotos",
    "text und fotos",
    "text & bild",
    "text und bild",
    "von",
    "por",
    "责任编辑",
    "作者",
    "记者",
    "编辑",
)
#: Honorifics before a name, kept as roles.
_HONORIFICS = (
    "Dr.",
    "Dr",
    "Prof.",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Rev.",
    "Mr.",
    "Mrs.",
    "Rechtsanwalt",
    "Rechtsanwältin",
    "Themenstarter",
    "Themenstarterin",
)
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
    r"engineer|developer|designer|advocate|strategist|officer|redaktion|"
    r"online-redaktion|präsident(?:in)?+|vizepräsident(?:in)?+|vorsitzende[rn]?+|sprecher(?:in)?+|"
    r"minister(?:in)?+|pressesprecher(?:in)?+|bürgermeister(?:in)?+)\b",
    _I,
)
_ORG_WORDS = regex.compile(
    r"\b(?:university|universität|institute|institut|program|programme|center|centre|"
    r"foundation|council|association|school|college|academy|ministry|bank|group|"
    r"company|agency|commission|union|society|press|news|times|post|daily)\b",
    _I,
)
_LABELLED = regex.compile(r"\A[\p{L}-]{2,20}+\s*+:", _FLAGS)
#: A user handle, or a token that may be one (``jroe``, ``j.roe_82``).
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
        "zum",
        "zur",
        "beim",
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
_SEPARATORS = regex.compile(
    r"\s++[–—~/-]\s++|\s*+(?:\||·|•|∙|//)\s*+|\s++»\s++(?=\S)"
    # `Peter Maahn/SP-X`: an agency glued on with a slash
    r"|(?<=\p{Ll})/(?=\p{Lu}[\p{Lu}\d-]++\b)",
    _FLAGS,
)
_SPLIT = regex.compile(
    r"\s*+(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bAnd\b(?=\s++\p{Lu}))\s*+",
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
# `(?:\G|(?<!\s))`: a match starts only where the search starts or at the first space of
# a run, so a long run of spaces is read once, not once per space (linear, not quadratic).
_CUT = regex.compile(
    r"(?:\G|(?<!\s))(?:"
    r"\s++(?i:" + _MONTH_NAMES + r")\.?+\s*+\d.*+\Z|"
    r"\s++(?:on|am|um|le|el|vor|seit|mit|(?i:updated|aktualisiert|published|veröffentlicht|"
    r"stand|posted|kommentare?+|comments?+|vom|erstellt|last\s++updated|zuletzt|twitter|"
    r"facebook|linkedin|instagram|lesezeit|uhr)|at(?=\s++\d)|in(?=\s++\p{Ll})|"
    # `Von Henry In Aktuell`: a blog's category after the name
    r"In(?=\s++\p{Lu}\p{Ll}))\b.*+\Z|"
    r"\s*+[(@<\[{\"“«].*+\Z|\s++\d.*+\Z|"
    r"\s++(?:Illustrations?+|Fotos?+|Photos?+|Bilder?+|Grafik)\b.*+\Z|\s++[\w.+-]++@.*+\Z|"
    # `Posted by X under Fun`, `By X For The Mail On Sunday`: a category or the outlet
    r"\s++(?:under|(?i:for)\s++(?=(?:The\s++)?+\p{Lu}))\b.*+\Z)",
    _FLAGS | regex.DOTALL,
)
_MONTH_PIECE = regex.compile(r"\A(?i:" + _MONTH_NAMES + r")\.?+(?:\s*+\d|\Z)", _FLAGS)
_ROLE_TAIL = regex.compile(
    r"(?:,\s*+|\s++)(?P<role>" + voc.alternation(_TRAILING_ROLES) + r"|Special to\s++.{2,60}+)"
    r"\s*+\Z",
    _FLAGS,
)
_ROLE_PIECE = regex.compile(
    r"\A(?:" + voc.alternation(_TRAILING_ROLES) + r"|Special to\s++.{2,60}+)\Z", _FLAGS
)
#: A role word in front of a name (``FOCUS-Online-Experte``, ``Gastautorin``).
_LEAD_ROLE = regex.compile(
    r"\A(?P<role>(?:\p{L}[\p{L}\d]*+-)*+(?i:experte|expertin|gastautor|gastautorin|"
    r"chefredakteur|chefredakteurin|redakteur|redakteurin|korrespondent|korrespondentin|"
    r"kolumnist|kolumnistin|reporterin))\s++(?=\p{Lu})",
    _FLAGS,
)
_HONORIFIC_HEAD = regex.compile(
    r"\A(?P<role>" + voc.alternation(_HONORIFICS) + r")(?:\s++|(?<=\.)(?=\p{Lu}))",
    _FLAGS,
)


#: ``Uhr`` / ``h`` after a time that a date reader left (``11:30 Uhr von X``).
_CLOCK_WORD = regex.compile(r"(?i:uhr|h|hrs?+)\b[\s,]*+", _FLAGS)


# Precompiled (a pattern string handed to ``regex.search`` is looked up in the module's
# cache on every call, which costs more than the match on a short line).
_LETTERS = regex.compile(r"\p{L}++", _FLAGS)
_INITIAL_END = regex.compile(r"\b\p{Lu}\.\Z", _FLAGS)
_ABBREV_END = regex.compile(r"\b(?:Jr|Sr|Jun|Sen|jun|sen)\.\Z", _FLAGS)
#: A token: a run of characters other than white space.
_NON_SPACE = regex.compile(r"\S++", _FLAGS)
#: Numbers left at the end of a line once its dates are gone; the look-behind makes the
#: search start only at the first space of a run (linear on long runs of spaces).
_TRAILING_NUMBERS = regex.compile(r"(?<!\s)(?:\s++\d{1,4}+)++\Z", _FLAGS)
_FIELD_SEPARATOR = regex.compile(r"[|•·∙]|//", _FLAGS)


def _has_field_separator(text: str) -> bool:
    """``_FIELD_SEPARATOR.search(text) is not None``, by looking for each of its marks
    (a test checks every code point)."""
    return "|" in text or "•" in text or "·" in text or "∙" in text or "//" in text


_OPEN_END = regex.compile(r"(?:\s(?:and|und|&)|,)\Z|\A(?:and|und|&)\Z", _I)


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
    änderung suchbegriff produkte products kitchen kitchens styles fold unfold
    veröffentlicht published aktualisiert updated erstellt geändert posted datum date
    follow folgen abonnieren subscribe information informationen details ort quelle
    moderator moderatorin administrator admin forum forenprofi mitglied member
    abteilung öffentlichkeitsarbeit pressestelle department"""
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
        return _LETTERS.sub(
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
    if text[-1] in ".!?:;,|" and not _INITIAL_END.search(text):
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


def _honorifics(text: str) -> tuple[list[str], int]:
    """The honorifics in front of ``text`` (up to three: ``Prof. Dr.``) and where they end."""
    roles: list[str] = []
    start = 0
    for _ in range(3):
        m = _HONORIFIC_HEAD.match(text[start:])
        if m is None:
            break
        roles.append(m["role"])
        start += m.end()
    return roles, start


def _strip_piece(piece: str) -> tuple[str, int, int, tuple[str, ...], str | None]:
    """Split one byline piece into name, its offsets in ``piece``, roles and place."""
    roles, start = _honorifics(piece)
    end = len(piece)
    location: str | None = None
    lead = _LEAD_ROLE.match(piece[start:])
    if lead is not None and lead.end() < end - start:
        # `FOCUS-Online-Experte Robin Tschöpe`, `Gastautor Jan Roe`
        roles.append(lead["role"])
        start += lead.end()
    # cut trailing noise (dates, "on", "am", handles) and places
    cut = _CUT.search(piece, start)
    if cut is not None and cut.start() > start:
        end = cut.start()
    m2 = _PLACE.search(piece[:end], start)
    if m2 is not None:
        location = " ".join(m2["place"].split()).strip(" ,.")
        end = m2.start()
    m3 = _ROLE_TAIL.search(piece[:end], start)
    left = piece[start : m3.start()].split() if m3 is not None else []
    if len(left) == 1 and not is_given_name(left[0]):
        m3 = None  # `Rasender Reporter`: a pen name, not a name and a role
    if m3 is not None and m3.start() > start:
        roles.append(" ".join(m3["role"].split()))
        end = m3.start()
    else:
        m4 = _NAME_ROLE.match(" ".join(piece[start:end].split()))
        if m4 is not None and looks_like_name(m4["name"]):
            roles.append(m4["role"])
            end = start + piece[start:end].rfind(m4["role"].split()[0])
    # a chrome word glued after the name (`Daniel Lemire Categories`)
    for tok in _NON_SPACE.finditer(piece[start:end]):
        if tok.group().lower().strip(":") in _TAIL_WORDS:
            end = start + tok.start()
            break
    while end > start and piece[end - 1] in " \t\n,;:–—-":
        end -= 1
    if (
        end - start > 3
        and piece[end - 1] == "."
        and not _INITIAL_END.search(piece, start, end)
        and not _ABBREV_END.search(piece, start, end)
    ):
        end -= 1  # `By Tatyana Turner.`: the full stop closes the line, not the name
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
        if _LABELLED.match(whole) or _MONTH_PIECE.match(whole):
            break  # `Datum: 03.Mär.19`, `August 14`: another field begins
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
            if (
                prefixed
                and not out
                and _HANDLE.fullmatch(flat)
                and flat.casefold() not in _TAIL_WORDS
                and flat.casefold() not in _STOP
            ):
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
        return []  # (no byline is that long: not worth remembering)
    # The rules, the settling passes and the readers ask about the same lines again (a
    # byline is read five to fifteen times per parse): the answer is remembered per text,
    # and each caller gets a list of its own.
    return list(_read_byline(text))


@functools.lru_cache(maxsize=2048)
def _read_byline(text: str) -> tuple[NameSpan, ...]:
    """:func:`parse_byline`, remembered (it reads only ``text`` and fixed vocabulary)."""
    return tuple(_parse_byline(text))


def _parse_byline(text: str) -> list[NameSpan]:
    """:func:`parse_byline` without the memory."""
    if _EMBED.match(text.lstrip()):  # (parse_byline turned away longer texts)
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
            clock = _CLOCK_WORD.match(text, cursor, e)
            if clock is not None:
                cursor = clock.end()
        prefixed = False
        m = _PREFIX_RE.match(text[cursor:e])
        if m is not None and cursor + m.end() < e:
            cursor += m.end()
            prefixed = True
            labelled = ":" in m.group() or "：" in m.group()
            m = _PREFIX_RE.match(text[cursor:e])  # `BYLINE: By X`
            if labelled and m is not None and cursor + m.end() < e:
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
    r"\A(?:(?:post\s++author\s++)?+by|von|vom|durch|por|par|written\s++by|posted\s++by|"
    r"words\s++(?:written\s++)?+by|(?:geschrieben|erstellt|eingestellt|verfasst|"
    r"veröffentlicht|publiziert|gepostet)\s++von|(?:ein\s++)?+artikel\s++von|"
    r"(?:blog\s*+)?+beitrag\s++von|texte?+\s++von|(?:publicado|escrito)\s++por|"
    r"(?:ein\s++|eine\s++)?+(?:gastbeitrag|kommentar|kolumne|interview)\s++von|"
    r"rezept\s++von|themenstarter(?:in)?+|themenersteller|thread\s++starter|"
    r"(?:publié|écrit)\s++par|escribe|"
    r"about\s++the\s++author\s*+[-–—:]|über\s++(?:den\s++autor|die\s++autorin)\s*+[-–—:]|"
    r"(?:byline|autor|autorin|autoren|author|authors|auteur|text|words|redaktion|"
    r"autor\*in|text\s*+(?:&|und)\s*+(?:fotos|bild)|责任编辑|作者|记者|编辑))"
    r"(?:\s*+[:：]\s*+|\s++|\Z)",
    _I,
)
#: ``Autorin: …`` with a colon: a labelled byline even inside a sentence-like line
#: (``Autorin: Uta Berg, Projektleiterin der Stiftung in Tunis.``).
_LABEL_COLON = regex.compile(
    r"(?i:autor|autorin|autor\*in|author|authors|byline|redaktion|text)\s*+:", _FLAGS
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


#: The role word at the end, necessary for both: searched among the last characters only
#: (the longest role word is 15 characters; case folding never lengthens the text's side).
_ROLE_END = regex.compile(_ROLE_NOUN + r"\Z", _FLAGS)


#: The last letters of the role words: a necessary condition for ``_ROLE_END`` on the
#: case-folded last character (which full case folding may turn into two, ``ﬆ``).
_ROLE_LAST = frozenset("rnt")


class _NameRole:
    """``match`` tries the one-word role, then the two-word role, keeping a real name."""

    @staticmethod
    def match(text: str) -> regex.Match[str] | None:
        if text[-1:].casefold()[-1:] not in _ROLE_LAST:
            return None  # (what every role word ends in, case-folded)
        if _ROLE_END.search(text, max(0, len(text) - 16)) is None:
            return None
        for pattern in (_NAME_ROLE1, _NAME_ROLE2):
            m = pattern.match(text)
            if m is not None and looks_like_name(m["name"]):
                return m
        return None


_NAME_ROLE = _NameRole()
_FRAGMENT = regex.compile(
    r"\A(?:\||,|and\s|und\s|&)|(?:\s(?:and|und|&)|,|\|)\Z|\A(?:and|und|&)\Z", _FLAGS
)
#: What a ``_FRAGMENT`` match starts or ends with (it is case-sensitive).
_FRAGMENT_START = ("|", ",", "and", "und", "&")
_FRAGMENT_END = ("and", "und", "&", ",", "|")
_PIPED_DATE = regex.compile(
    r"\|\s*+(?:updated|published|aktualisiert|stand|veröffentlicht|publicado|publié|"
    r"pubblicato|postado|posted)\b",
    _I,
)
#: An embedded social post (``Ein Beitrag geteilt von X (@x) am …``): not the article's byline.
_EMBED = regex.compile(
    r"\A(?i:ein\s++beitrag\s++geteilt\s++von|a\s++post\s++shared\s++by|"
    r"une\s++publication\s++partagée\s++par|una\s++publicación\s++compartida\s++por)\b"
    # a quoted tweet's signature: `— Jane Roe (@janeroe) October 27, 2021`
    r"|\A[—–-]?+\s*+[^()\n]{1,60}+\(@[\w.]{1,30}+\)\s*+(?=[^\n]{0,25}?(?:19|20)\d\d)",
    _FLAGS,
)


#: What an ``_EMBED`` match needs: a phrase starting with one of these letters (only
#: ASCII letters match them case-insensitively), or a handle in brackets.
_EMBED_FIRST = "aAeEuU"


#: The first two letters of the ``_BYLINE_START`` words (lower case), for its pre-check:
#: every pair of ASCII characters that can open a match (a test tries each of them).
_BYLINE_PAIRS = frozenset(
    "ab ar au be bl by du ei er es ga ge in ko pa po pu re te th ve vo wo wr".split()
)


#: The first three characters (lower case) of a ``_BYLINE_START`` match: every triple
#: of ASCII characters that can open one (a test tries each pair of ``_BYLINE_PAIRS``
#: with every ASCII character after it). ``the`` opens ``themenstarter``, ``by`` and a
#: white space a byline.
_BYLINE_TRIPLES = frozenset(
    "abo art aut bei blo byl dur ein ers esc gas gep ges int kol kom par por pos pub red "
    "rez tex the thr ver vom von wor wri".split()
) | frozenset({"by:", "by ", "by\t", "by\n", "by\x0b", "by\x0c", "by\r"})
_BYLINE_OPENINGS = _BYLINE_PAIRS | _BYLINE_TRIPLES


def may_open_byline(text: str) -> bool:
    """Cheap test: could ``_BYLINE_START`` match ``text``? Its first three characters (its
    first two, when it has two), when ASCII, must open a match, in either case
    (``regex``'s IGNORECASE matches an ASCII letter only to its two cases, to ``K`` for
    ``k`` and ``ſ`` for ``s``, all of them non-ASCII; every word is two letters or
    longer); a text opening with another character is tried."""
    head = text[:3]
    return not head.isascii() or head.lower() in _BYLINE_OPENINGS


def _byline_shape(text: str) -> str | None:
    """Why ``text`` is a byline unit, or ``None``."""
    if len(text) > 240:
        return None
    if text[:1] in "-–—•·*~":
        text = text.lstrip("-–—•·*~ ")  # `---- by Kenneth Surin`
    if (text[:1] in _EMBED_FIRST or "(@" in text) and _EMBED.match(text):
        return None
    # (`_LABEL_COLON` needs a colon)
    labelled = len(text) <= 200 and ":" in text and _LABEL_COLON.match(text) is not None
    piped = "|" in text and _PIPED_DATE.search(text) is not None
    if text.endswith(":") and not labelled and _BYLINE_START.sub("", text, count=1).strip(" :"):
        # `By Main Ingredient:`: a heading over a list, not a byline (but `Autor Mark
        # Newton:` names a person)
        names = parse_byline(text[:-1])
        if not names or not is_given_name(names[0].name.split()[0]):
            return None
    # (asked up to three times below)
    starts = may_open_byline(text) and _BYLINE_START.match(text) is not None
    if (
        is_prose(text)
        and not labelled
        and not piped
        # `By Tatyana Turner.`: a short byline closed by a full stop
        and not (starts and word_count(text) <= 10)
        # `By Ela on 31. October, 2023 | 18 Comments. This post may contain …`
        # `1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min.`
        and not (
            word_count(text) <= 14
            and find_date(text[:40]) is not None
            and _INNER_BY.search(text) is not None
        )
        and not (starts and find_date(text[:60]) is not None)
    ):
        return None
    if starts:
        rest = _BYLINE_START.sub("", text, count=1).strip()
        if not rest:
            return "byline word"
        if parse_byline(text):
            return "byline form"
        return None
    if piped and parse_byline(text):
        return "byline with outlet and date"
    m = _NAME_ROLE.match(text)
    if m is not None and looks_like_name(m["name"]):
        return "name and role"
    if (
        len(text) <= 150
        and (text.startswith(_FRAGMENT_START) or text.endswith(_FRAGMENT_END))
        and not ends_sentence(text)
        and _FRAGMENT.search(text)
    ):
        core = text.strip(" |,&")
        if core.casefold() in ("and", "und"):
            core = ""  # `and` alone between two names on their own lines
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
        rest = _TRAILING_NUMBERS.sub("", rest)
        if looks_like_name(rest):
            return "name beside a date"
    if len(text) <= 300 and _has_field_separator(text):
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


def settle_bylines(
    units: Sequence[Unit], decisions: list[Decision], profile: CompiledProfile | None = None
) -> None:
    """Join the pieces of a byline broken over lines, and weigh the names placed by
    position (``profile``: an outlet's profile vouches for the names it prints alone
    under the title; without one, such a name needs a given name or a date beside it).

    A byline unit that ends open (``By``, ``… and``, ``… ,``) takes the name-shaped unit
    right under it; a unit that opens with ``|`` or ``,`` takes the one right above. A
    title taken this way moves to the nearest title-shaped line above the byline.
    """
    n = len(units)
    if profile is None or profile.profile.name == "generic":
        # an outlet's profile that prints the name alone under the title vouches for it
        _weak_positional_names(units, decisions)
    _bare_name_in_head(units, decisions)
    for i in range(n - 1):
        # `10.12.2022 18:27 von` / `Jane Roe`: a date line that ends in `von` opens a byline
        if (
            decisions[i].role is Role.DATELINE
            and _LEAD_END.search(units[i].text)
            and (not units[i + 1].gap_before or looks_like_name(units[i + 1].text))
        ):
            decisions[i] = Decision(role=Role.BYLINE, reason="byline word")
    # the first and last body unit, found once (bylines settled here never move them)
    body_bounds: tuple[int, int] | None = None
    for i in range(n):
        if decisions[i].role is not Role.BYLINE:
            continue
        text = units[i].text
        if decisions[i].reason == "byline fragment" and not _has_byline_neighbour(
            units, decisions, i
        ):
            if body_bounds is None:
                body = [k for k, d in enumerate(decisions) if d.role is Role.BODY]
                body_bounds = (body[0], body[-1]) if body else (0, -1)
            decisions[i] = _stray(decisions, i, body_bounds)
            continue
        bare = decisions[i].reason == "byline word"
        open_end = bare or bool(_OPEN_END.search(text))
        if open_end and i + 1 < n and (bare or not units[i + 1].gap_before):
            _absorb(units, decisions, i + 1, i)
        if text[:1] in "|,&" and i > 0 and not units[i].gap_before:
            _absorb(units, decisions, i - 1, i)
    _meta_line_in_head(units, decisions)
    _bare_names_near_title(units, decisions)


def _weak_positional_names(units: Sequence[Unit], decisions: list[Decision]) -> None:
    """A capitalized pair placed as the byline by its position only (``Neuestes Werk``
    under the title) stays chrome unless it opens with a given name or sits right over or
    under a date line: menus and sections share the shape of a name."""
    for k, d in enumerate(decisions):
        if d.role is not Role.BYLINE or d.reason not in _POSITIONAL:
            continue
        if (
            _opens_with_given_name(units[k].text)
            or _beside_a_date(units, decisions, k)
            or _named_in_a_sentence(units, k)
        ):
            continue
        decisions[k] = Decision(role=Role.BOILERPLATE, reason="name-shaped line, no person")


#: A relative or labelled time on the line beside a name (``Erstellt: vor 4 Stunden``,
#: ``vor 2 Stunden``, ``3 hours ago``).
_RELATIVE_TIME = regex.compile(
    r"\b(?i:vor\s++\d++\s++(?:sekunden|minuten|stunden|tagen|wochen|monaten)|"
    r"\d++\s++(?:seconds?+|minutes?+|hours?+|days?+|weeks?+)\s++ago|"
    r"hace\s++\d++\s++(?:minutos?+|horas?+|días?+)|il\s++y\s++a\s++\d++)",
    _FLAGS,
)


def _signed_by_handle(units: Sequence[Unit], k: int) -> bool:
    """Whether a line right under the name on unit ``k`` is the person's handle or address
    (``Edilson La Rosa`` / ``edilsonlarosa`` / ``edilsonlarosam@example.com``)."""
    handles = [
        line
        for j in range(k + 1, min(len(units), k + 3))
        if len(line := units[j].text.casefold().strip()) <= 60
        and " " not in line  # a handle or an address, not the name repeated
    ]
    if not handles:
        return False  # (the common case: the name is not squashed for nothing)
    squashed = "".join(c for c in units[k].text.casefold() if c.isalnum())
    if len(squashed) < 6:
        return False
    return any(squashed in "".join(c for c in line if c.isalnum()) for line in handles)


def _beside(units: Sequence[Unit], k: int) -> list[int]:
    """The lines right over and under unit ``k`` (those there are)."""
    return [j for j in (k - 1, k + 1) if 0 <= j < len(units)]


def _datelines_beside(units: Sequence[Unit], decisions: Sequence[Decision], k: int) -> list[int]:
    """The lines right over and under unit ``k`` that are date lines."""
    return [j for j in _beside(units, k) if decisions[j].role is Role.DATELINE]


def _beside_a_date(units: Sequence[Unit], decisions: Sequence[Decision], k: int) -> bool:
    """Whether the line right over or under unit ``k`` (no blank between) gives a date."""
    for j in _beside(units, k):
        if units[max(j, k)].gap_before:
            continue
        if decisions[j].role is Role.DATELINE:
            return True
        text = units[j].text
        if len(text) <= 80 and (find_date(text) is not None or _RELATIVE_TIME.search(text)):
            return True
    return False


def _named_in_a_sentence(units: Sequence[Unit], k: int) -> bool:
    """Whether the name on unit ``k`` comes back inside a sentence of the page (an
    editor's note or bio: ``Tomasz Wierzbicki is an energy economist …``)."""
    name = " ".join(units[k].text.split())
    if len(name) < 5:
        return False
    presents = regex.compile(regex.escape(name) + _PRESENTS, _FLAGS)
    return any(
        j != k and name in u.text and presents.search(u.text) is not None
        for j, u in enumerate(units)
    )


#: After a name in a sentence that presents the person (``… is an economist``).
_PRESENTS = (
    r"\s++(?i:is|was|ist|war|has|hat|lebt|lives|works|arbeitet|schreibt|writes|teaches|"
    r"lehrt|leitet|leads|est|es|è)\b"
)


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
            and (
                # `Neuestes Werk` is a menu entry; `Jane Roe` a person, more so over a date
                _opens_with_given_name(units[k].text)
                or bool(_datelines_beside(units, decisions, k))
            )
        ):
            decisions[k] = Decision(role=Role.BYLINE, reason="name between title and body")
            return


#: Words of a post's meta line that are not the author: comment counts, reading times,
#: category labels (``1 Kommentar``, ``Schreibe einen Kommentar``, ``5 Min.``, ``Uhr``).
_META_WORDS = _words(
    """kommentar kommentare kommentieren comment comments antworten reply replies schreibe
    leave hinterlasse keine no lesezeit min min. read uhr zuletzt geändert aktualisiert
    updated update kategorie kategorien categories category tags tag filed lesezeichen
    share teilen ergänzungen views aufrufe mins minutes minuten cet cest est edt pst pdt
    gmt utc mez mesz bst jetzt now hier here symbolbild foto fotos bild photo päivitetty
    julkaistu opdateret uppdaterad bijgewerkt aggiornato"""
)
#: Words that may lead into the author on a meta line and are not part of the name.
_META_LEAD = _words("von vom by par por am on um le el à at posted veröffentlicht publié")
_CLOCK = regex.compile(r"(?<!\d)\d{1,2}(?::\d{2}|\s?+[AaPp]\.?+[Mm]\b)", _FLAGS)
_META_SPLIT = regex.compile(r"\s*+[|·•⋅»/]\s*+|\s++[–—-]\s++|\A[–—-]\s++", _FLAGS)
_WEEKDAYS = _words(
    """monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
    donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo mo di mi do fr sa
    so"""
)


_GIVEN_NAMES = voc.GIVEN_NAMES
#: Words that may stand alone as the author of a post (the newsroom).
_NEWSROOM = _words("redaktion redaction rédaction redacción redazione newsroom staff")


def is_given_name(token: str) -> bool:
    """Whether ``token`` (or its first part before a hyphen) is a common given name."""
    low = token.casefold().strip(".,;:")
    return low in _GIVEN_NAMES or low.split("-", 1)[0] in _GIVEN_NAMES


def _opens_with_given_name(text: str) -> bool:
    """Whether ``text``, honorifics aside (``Prof. Dr.``), opens with a given name."""
    first = text[_honorifics(text)[1] :].split(None, 1)
    return bool(first) and is_given_name(first[0])


def _handle_shaped(token: str) -> bool:
    """A user handle rather than a word: lower case first, or digits, ``_``, inner capitals
    (``karstenruppert``, ``r23``, ``ThE_PaiN``, ``HansEhrlich``)."""
    if not _HANDLE.fullmatch(token):
        return False
    return (
        token[0].islower()
        or any(c.isdigit() or c == "_" for c in token)
        or any(c.isupper() for c in token[1:])
    )


def meta_names(text: str) -> list[NameSpan]:
    """The author on a post's meta line, which prints a date, the author and more in a row.

    ``28. Januar 2015 karstenruppert Schreibe einen Kommentar``, ``2. Februar 2020
    Alexander Roll 1 Kommentar Inklusion, Kapitalismus``, ``Redaktion 1. November 2023
    10:29``, ``Paddy · April 19, 2019 · Mac · 7 comments``, ``04.02.2022 | 13:10 Uhr |
    Uta Helkenberg``. The line must hold a date or a time. Dates and times are cut out;
    of what is left, the first piece that is not a count, a reading time or a label gives
    the name: one handle-like token, or two or three capitalized tokens (a token that opens
    a lowercase phrase or a comma list is a category, not part of the name).
    """
    if len(text) > 300 or _EMBED.match(text):
        return []
    at_time = _HANDLE_AT_TIME.search(text)
    if at_time is not None and at_time["handle"].casefold() not in _PLACE_WORDS:
        # `Filed under: Alltag, Bücher — jancak @ 00:11`
        return [
            NameSpan(
                name=at_time["handle"], start=at_time.start("handle"), end=at_time.end("handle")
            )
        ]
    masked = text
    dated = False
    for _ in range(4):
        found = find_date(masked)
        if found is None:
            break
        dated = True
        s, e = found[1]
        masked = masked[:s] + "|" * (e - s) + masked[e:]
    for m in _CLOCK.finditer(masked):
        dated = True
        masked = masked[: m.start()] + "|" * (m.end() - m.start()) + masked[m.end() :]
    if not dated:
        return []
    pos = 0
    pieces: list[tuple[int, int]] = []
    for m in [*_META_SPLIT.finditer(masked), None]:
        end = m.start() if m is not None else len(masked)
        if end > pos:
            pieces.append((pos, end))
        pos = m.end() if m is not None else len(masked)
    lead = _META_BY.search(masked)
    if lead is not None:
        end = next((e for s, e in pieces if s <= lead.end() <= e), len(masked))
        found_name = _meta_piece(masked, lead.end(), end, lead=True)
        return [found_name] if found_name is not None else []
    if len(_NON_SPACE.findall(masked.replace("|", " "))) > 14:
        return []  # a sentence that mentions a date, not a meta line
    for s, e in pieces:
        found_name = _meta_piece(masked, s, e, lead=False)
        if found_name is not None:
            return [found_name]
    return []


def _meta_piece(text: str, s: int, e: int, *, lead: bool) -> NameSpan | None:
    """The name at the start of one piece of a meta line, or ``None``.

    After a ``von``/``by`` (``lead``) any name or handle is taken; without one, a lone
    token must be a handle, a given name or the newsroom (``Redaktion``), and a longer
    name must open with a given name.
    """
    tokens = [(m.start(), m.end(), m.group()) for m in _NON_SPACE.finditer(text, s, e)]
    while tokens and (
        tokens[0][2].casefold().strip(":") in _META_LEAD
        or not any(c.isalnum() for c in tokens[0][2])
    ):
        tokens = tokens[1:]
    if (
        len(tokens) > 1
        and tokens[0][2].endswith(":")
        and tokens[0][2][:-1].casefold() in (_META_LABELS)
    ):
        tokens = tokens[1:]  # `Redaktion: Eberhard Fuhr`: a label names the author
        lead = True
    if not tokens:
        return None
    first = tokens[0][2].strip(",;:")
    low = first.casefold()
    if (
        not first
        or low in _META_WORDS
        or low in _WEEKDAYS
        or low.strip(".") in MONTHS
        or low in _STOP
        or first[0].isdigit()
    ):
        return None
    taken: list[tuple[int, int, str]] = []
    for k, (ts, _te, tok) in enumerate(tokens[:4]):
        word = tok.rstrip(",;:")
        wlow = word.casefold()
        if (
            not word
            or wlow in _META_WORDS
            or wlow in _STOP
            or wlow.strip(".") in MONTHS
            or (k > 0 and any(c.isdigit() for c in word))
            or "|" in word
        ):
            break
        nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
        if (
            k > 0
            and word[:1].isupper()
            and (
                tok.endswith(",")
                or (
                    nxt[:1].islower()
                    and nxt not in _PARTICLES
                    and nxt.casefold() not in _META_LEAD
                    and nxt.casefold() not in _META_WORDS
                )
            )
        ):
            break  # `Netzwerk, Windows`, `Politique scientifique`: a category begins
        if k > 0 and not (word[:1].isupper() or word in _PARTICLES):
            break
        taken.append((ts, ts + len(word), word))
        if tok.endswith((",", ";", ":")):
            break
    while taken and taken[-1][2] in _PARTICLES:
        taken.pop()
    if not taken:
        return None
    if (
        not lead
        and len(taken) == 3
        and not is_given_name(taken[1][2])
        and not _INITIAL.fullmatch(taken[1][2])
        and taken[1][2] not in _PARTICLES
    ):
        taken = taken[:2]  # `Carola Pönisch Kultur`: a meta line's category follows the name
    name = " ".join(t[2] for t in taken)
    after = text[taken[-1][1] : taken[-1][1] + 1]
    if len(taken) == 1:
        lone = taken[0][2]
        if (
            not _HANDLE.fullmatch(lone)
            or lone.endswith(".")
            or lone.casefold() in _NOT_NAME_WORDS
            or lone.casefold() in _PARTICLES
            or lone.casefold() in _PLACE_WORDS
            or is_agency(lone)
        ):
            return None
        rest = text[taken[-1][1] : taken[-1][1] + 40]
        counted = bool(_META_AFTER.match(rest))
        if (
            not lead
            and (
                after in (":", ",")
                or not (
                    is_given_name(lone)
                    or lone.casefold() in _NEWSROOM
                    or counted
                    or (
                        _handle_shaped(lone)
                        and (
                            taken[0][0] == 0
                            or bool(_CATEGORY_NEXT.match(rest))
                            # `1. November 2016 surfguard`: the handle closes a line of dates
                            or (
                                lone[0].islower()
                                and not text[taken[0][1] :].strip()
                                and not text[: taken[0][0]].strip(" |")
                            )
                        )
                    )
                )
            )
        ):
            return None
    elif (
        not looks_like_name(name)
        or is_agency(name)
        or (not lead and (after == ":" or not is_given_name(taken[0][2])))
    ):
        return None
    return NameSpan(name=natural_case(name), start=taken[0][0], end=taken[-1][1])


_META_REASON = "meta line near the title"
#: `— handle @ 00:11`: a post's author and time after a spaced dash.
_HANDLE_AT_TIME = regex.compile(
    r"(?:\A|\s)[—–-]\s++(?P<handle>[\p{Ll}\d][\p{L}\d_.-]{1,29}+)\s++@\s*+\d{1,2}:\d{2}\b",
    _FLAGS,
)
#: Words that lead into a place on a meta line (``31. Jan. 2022 in Köln``), not handles.
_PLACE_WORDS = _words("in im at aus bei en à ab bis seit für from since until")
#: A byline word that leads into a name on the next line even across a blank line
#: (``Von``, ``Kommentar von``, ``by``, ``Autor:``), unlike a bare heading (``Autoren``).
_LEAD_WORD = regex.compile(r"(?:\b(?i:by|von|vom|por|par|durch)|[:：])\s*+\Z", _FLAGS)
#: ``… von`` / ``… by`` at the end of a line: the name follows on the next line.
_LEAD_END = regex.compile(r"\s(?i:von|vom|by|por|par)\Z", _FLAGS)
#: A role under a name in an author box (``Pressesprecherin``, ``Redakteur``, ``Editor``).
_BOX_ROLE = regex.compile(
    r"(?i:sprecher|redakteur|autor|journalist|leiter|referent|korrespondent|editor|writer|"
    r"reporter|columnist|correspondent|contributor|fotograf|photographer|vorsitzende|"
    r"präsident|president|gründer|founder|inhaber|geschäftsführer)",
    _FLAGS,
)
#: A heading over an author box (``Autor``, ``Über den Autor``, ``About the author``).
_BOX_HEAD = regex.compile(
    r"\A(?i:autor|autorin|autoren|authors?+|the\s++authors?+|über\s++den\s++autor|über\s++die\s++autorin|"
    r"zum\s++autor|zur\s++autorin|about\s++the\s++author|written\s++by|artikel\s++von|"
    r"rezept\s++von|entwicklung\s++dieses\s++rezeptes)\s*+:?+\s*+\Z",
    _FLAGS,
)
#: A line under the name in an author box that leads to the person's other pieces or
#: profile (``Weitere Beiträge``, ``Alle Posts vom Autor``, ``More from Jane Roe``).
_BOX_CUE = regex.compile(
    r"(?i:weitere\s++(?:beiträge|artikel)|alle\s++(?:beiträge|artikel|posts)|mehr\s++von|"
    r"more\s++(?:from|by|stories|articles)|all\s++(?:posts|articles|stories)|"
    r"view\s++(?:all|profile)|zu\s++allen\s++\p{L}++\s++vom\s++autor|"
    r"artikel\s++von\s++\p{Lu}|kirjoittajan|autorenprofil|author\s++profile|"
    r"profil\s++ansehen)",
    _FLAGS,
)
_INITIAL = regex.compile(r"\p{Lu}\.", _FLAGS)
#: After a handle on a meta line: a separator, or a category list (``tlow btw17, …``).
_CATEGORY_NEXT = regex.compile(r"\s*+\||\s++[^\s,]{1,30}+,", _FLAGS)
_META_LABELS = _words("redaktion autor autorin author text von by verfasser verfasst")
#: What follows the author on a post's meta line: a comment count or a comment link.
_META_AFTER = regex.compile(
    r"\s++(?:\d{1,5}+\s++(?i:kommentare?+|comments?+|antworten|replies|ergänzungen)|"
    r"(?i:schreibe\s++einen|leave\s++a|hinterlasse\s++einen|keine\s++kommentare|"
    r"no\s++comments|ein\s++kommentar))\b",
    _FLAGS,
)
_META_BY = regex.compile(
    r"(?:(?<=[\s|])|\A)(?i:von|vom|by|par|por)[:：]?+\s++(?=[\p{L}\d])", _FLAGS
)


def _meta_line_in_head(units: Sequence[Unit], decisions: list[Decision]) -> None:
    """With no byline naming a person near the title, a post's meta line there (a date
    with the author beside it, :func:`meta_names`) is the byline."""
    roles = [d.role for d in decisions]
    title = next((i for i, r in enumerate(roles) if r is Role.TITLE), None)
    first = next((i for i, r in enumerate(roles) if r is Role.BODY), None)
    if first is None:
        return
    anchor = title if title is not None else first
    window = sorted(
        {*range(max(0, anchor - 2), anchor + 4), *range(max(0, first - 2), first + 6)},
        key=lambda k: abs(k - anchor) if k >= anchor else 2 * (anchor - k),
    )
    n = len(units)
    weak: list[int] = []
    for k in range(anchor, min(n, first + 3)):
        if roles[k] is Role.BYLINE and parse_byline(units[k].text):
            if decisions[k].reason not in _POSITIONAL:
                return
            weak.append(k)  # a name placed by position only: a meta line says more
    for k in window:
        if not 0 <= k < n or k == title:
            continue
        d = decisions[k]
        text = units[k].text
        if d.role is Role.BODY and (
            (find_date(text[:80]) is None and not _HANDLE_AT_TIME.search(text[:300]))
            or (k > first + 1 and len(text) > 100)
        ):
            continue
        if d.role not in (
            Role.DATELINE,
            Role.HEADING,
            Role.BOILERPLATE,
            Role.CAPTION,
            Role.BODY,
            Role.BYLINE,
        ):
            continue
        found = meta_names(text)
        if found and not _listed_posts(units, k, found[0].name):
            decisions[k] = Decision(role=Role.BYLINE, reason=_META_REASON)
            for j in weak:
                decisions[j] = Decision(role=Role.BOILERPLATE, reason="name-shaped line")
            return


def _listed_posts(units: Sequence[Unit], k: int, name: str) -> bool:
    """Whether the dated line ``k`` naming ``name`` is one of a list of posts (``Recent
    Posts``: ``October 30, 2020 Kate May`` / ``October 28, 2020 Kate May`` / …)."""
    lo, hi = max(0, k - 12), min(len(units), k + 13)
    seen = 0
    for j in range(lo, hi):
        text = units[j].text
        if j != k and name in text and len(text) <= 120 and find_date(text) is not None:
            seen += 1
    return seen >= 1


_BARE_REASON = "names alone near the title"


def _head_window(decisions: Sequence[Decision]) -> tuple[int, int, list[int]] | None:
    """``(anchor, first, window)``: the title (or the first body unit), the first body
    unit, and the unit indices around them nearest first (above the title counts double)."""
    roles = [d.role for d in decisions]
    title = next((i for i, r in enumerate(roles) if r is Role.TITLE), None)
    first = next((i for i, r in enumerate(roles) if r is Role.BODY), None)
    if first is None:
        return None
    anchor = title if title is not None else first
    n = len(decisions)
    window = sorted(
        {
            k
            for k in (*range(anchor - 5, anchor + 7), *range(first - 4, first + 6))
            if 0 <= k < n and k != title
        },
        key=lambda k: abs(k - anchor) if k >= anchor else 2 * (anchor - k),
    )
    return anchor, first, window


def _has_head_byline(units: Sequence[Unit], decisions: Sequence[Decision], a: int, b: int) -> bool:
    """Whether a byline unit between ``a`` and ``b`` (inclusive) reads as a byline."""
    return any(
        decisions[k].role is Role.BYLINE
        and (decisions[k].reason == _META_REASON or parse_byline(units[k].text))
        for k in range(max(0, a), min(len(units), b + 1))
    )


def _bare_names_near_title(units: Sequence[Unit], decisions: list[Decision]) -> None:
    """With no byline near the title, a line there holding only people's names
    (``Marie Jaster``, ``Isabel Caro, Rocío Latorre y José Miguel Wilson``) is the
    byline, provided the first name opens with a common given name: a capitalized pair
    alone (``Handball Schweiz``, ``Letzte Änderung``) is more often a menu or a section."""
    found = _head_window(decisions)
    if found is None:
        return
    anchor, first, window = found
    if _has_head_byline(units, decisions, anchor - 4, first + 2):
        return
    for k in window:
        dated = _beside_a_date(units, decisions, k) or _signed_by_handle(units, k)
        if _names_only(units[k].text, decisions[k], dated=dated):
            decisions[k] = Decision(role=Role.BYLINE, reason=_BARE_REASON)
            return
    last = max(i for i, d in enumerate(decisions) if d.role is Role.BODY)
    lo, hi = max(0, anchor - 60), min(len(units), last + 40)
    if any(
        decisions[i].role is Role.BYLINE and any(not x.agency for x in parse_byline(units[i].text))
        for i in range(lo, hi)
    ):
        return  # a byline near enough to be read names the author
    # An author box: the name alone, then their address, a bio naming them again or
    # their role (``Jan Roe`` / ``jan.roe@example.org``, ``Jan Roe`` / ``Jan Roe teaches
    # …``, ``Jan Roe`` / ``Pressesprecherin``); or a name beside a date line.
    n = len(units)
    for k in range(max(first, last - 1), min(n, last + 4)):
        # a sign-off under the last paragraph: `– Jane Roe`
        text = units[k].text
        if (
            text[:1] in "-–—"
            and len(text) <= 60
            and looks_like_name(text.lstrip("-–— "))
            and decisions[k].role in (Role.BODY, Role.BOILERPLATE, Role.HEADING)
        ):
            decisions[k] = Decision(role=Role.BYLINE, reason="sign-off")
            return
    for k in range(first + 1, min(n, last + 2)):
        if (
            decisions[k].role in (Role.BOILERPLATE, Role.HEADING)
            and _names_only(units[k].text, decisions[k])
            and (k + 1 == n or _FOOTNOTE.match(units[k + 1].text))
        ):
            # `Denis Clerc` under the last paragraph, over the notes (`(1) Ces chiffres …`)
            decisions[k] = Decision(role=Role.BYLINE, reason="sign-off")
            return
    for k in range(first, n - 1):
        lone = units[k].text
        if (
            k <= last + 2
            and decisions[k].role in (Role.BOILERPLATE, Role.HEADING)
            and " " not in lone
            and is_given_name(lone)
            and _beside_a_date(units, decisions, k)
        ):
            # `Benni` / `10. September 2017` under the last paragraph
            decisions[k] = Decision(role=Role.BYLINE, reason="name beside a date line")
            return
        if not _may_hold_names_only(lone, decisions[k]):
            continue  # (the box around it does not matter then)
        after = [units[j].text for j in range(k + 1, min(k + 3, n))]
        boxed = (k > 0 and bool(_BOX_HEAD.match(units[k - 1].text))) or bool(
            after and len(after[0]) <= 80 and _BOX_CUE.search(after[0])
        )
        names = _names_only(lone, decisions[k], dated=boxed)
        if not names:
            continue
        surname = names[0].name.split()[-1].casefold()
        if (
            boxed
            or (len(surname) >= 3 and any(surname in t[:200].casefold() for t in after))
            or (after and len(after[0]) <= 120 and _BOX_ROLE.search(after[0]))
        ):
            decisions[k] = Decision(role=Role.BYLINE, reason="author box")
            return
        if k <= last + 6 and any(
            not units[max(j, k)].gap_before or len(units[j].text) <= 40
            for j in _datelines_beside(units, decisions, k)
        ):
            # `Jane Roe` / `03/05/2022 22:46`: a name printed over or under the date
            decisions[k] = Decision(role=Role.BYLINE, reason="name beside a date line")
            return


def _may_hold_names_only(text: str, d: Decision) -> bool:
    """What :func:`_names_only` asks first, whether dated or not: a short line, opening
    with a capital, of a role a byline may take over."""
    return (
        d.role in (Role.BOILERPLATE, Role.HEADING, Role.BODY, Role.BYLINE)
        and len(text) <= 100
        and text[:1].isupper()
    )


#: A word naming the writer's post before their name: ``FOCUS-Online-Experte Jane Roe``,
#: ``Gastautorin Jane Roe``, ``Columnist Jane Roe``.
_WRITER_LEAD = regex.compile(
    r"\A[\p{L}-]*?(?i:experte|expertin|gastautor|gastautorin|autor|autorin|redakteur|"
    r"redakteurin|korrespondent|korrespondentin|kolumnist|kolumnistin|columnist|"
    r"contributor|correspondent)\s++",
    _FLAGS,
)


def _names_only(text: str, d: Decision, *, dated: bool = False) -> list[NameSpan]:
    """The persons of a line holding only names, the first opening with a given name
    (or, with ``dated``, any name: the line sits right over or under a date)."""
    lead = _WRITER_LEAD.match(text)
    if (
        not _may_hold_names_only(text, d)
        or not (dated or _opens_with_given_name(text[lead.end() :] if lead else text))
        or (ends_sentence(text) and not _INITIAL_END.search(text))
        or any(c.isdigit() for c in text)
    ):
        return []
    names = parse_byline(text)
    if (
        not names
        or len(names) > 4
        or any(
            x.agency
            or (
                not dated
                and any(r not in _HONORIFICS and not _WRITER_LEAD.match(r + " ") for r in x.roles)
            )
            for x in names
        )
        or not (dated or _opens_with_given_name(names[0].name))
        or any(len(x.name.split()) < 2 for x in names)
        or sum(x.end - x.start + sum(len(r) for r in x.roles) for x in names) < 0.6 * len(text)
    ):
        return []
    return names


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


def _stray(
    decisions: Sequence[Decision], i: int, bounds: tuple[int, int] | None = None
) -> Decision:
    """A byline fragment alone is body inside the main text, chrome outside it.

    ``bounds`` are the first and last body unit when the caller knows them.
    """
    if bounds is None:
        body = [k for k, d in enumerate(decisions) if d.role is Role.BODY]
        bounds = (body[0], body[-1]) if body else (0, -1)
    if bounds[0] < i < bounds[1]:
        return Decision(role=Role.BODY, reason="inside the body")
    return Decision(role=Role.BOILERPLATE, reason="stray byline fragment")


def _absorb(units: Sequence[Unit], decisions: list[Decision], k: int, anchor: int) -> None:
    d = decisions[k]
    text = units[k].text
    if d.role in (Role.BYLINE, Role.BODY) and d.reason not in ("title above the body",):
        return
    if len(text) > 120 or ends_sentence(text):
        return
    if not parse_byline(text.strip(" |,")) and not (
        # `by` / `delta201`: a name read with the byline word over it
        decisions[anchor].reason == "byline word"
        and _LEAD_WORD.search(units[anchor].text)
        and k == anchor + 1
        and parse_byline(f"{units[anchor].text} {text}")
    ):
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
        if (
            runs
            and runs[-1][1] == i - 1
            and (
                not doc.units[i].gap_before
                # `Von` / blank / `X`: a byline word that leads into the next line
                or (
                    doc.decisions[i - 1].reason == "byline word"
                    and _LEAD_WORD.search(doc.units[i - 1].text) is not None
                )
            )
        ):
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


#: Reasons of byline units placed by position only (a name-shaped line under a title).
_POSITIONAL = frozenset(
    {"name under the title", "name under a line", "name between title and body"}
)


def _evidence_rank(doc: Classified, i: int) -> int:
    """0 for a byline that says so (``By …``, ``Von …``, ``… | Updated: …``), 1 for a
    name read beside a date or alone near the title, 2 for a name placed by position."""
    d = doc.decisions[i]
    if _BYLINE_START.match(doc.units[i].text) or d.reason in (
        "byline form",
        "byline with outlet and date",
        "byline among fields",
        "posted by, with a date",
    ):
        return 0
    return 2 if d.reason in _POSITIONAL else 1


def _post_list_entry(doc: Classified, run: tuple[int, int]) -> bool:
    """A name read beside a date that is one entry of a list of posts (the same name on
    other dated lines around it), not a byline."""
    a, b = run
    if a != b or _evidence_rank(doc, a) == 0:
        return False
    persons = [x.name for x in parse_byline(doc.units[a].text) if not x.agency]
    return len(persons) == 1 and _listed_posts(doc.units, a, persons[0])


def _handle_only(doc: Classified, run: tuple[int, int]) -> int:
    """1 when a run names only a lowercase account (``Gespeichert von human``), which a
    byline naming a person in full beats at the same level of evidence."""
    text = doc.view.text[doc.units[run[0]].start : doc.units[run[1]].end]
    persons = [x.name for x in parse_byline(text) if not x.agency]
    return int(bool(persons) and all(p[:1].islower() and " " not in p for p in persons))


def _choose_run(doc: Classified, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The article's byline run(s): near the title and the start of the body."""
    runs = [r for r in runs if not _post_list_entry(doc, r)]
    if not runs:
        return []
    marks = doc.landmarks()
    first, last, anchor = marks.first, marks.last, marks.anchor
    barriers = [k for k, d in enumerate(doc.decisions) if d.reason == "section barrier"]

    def teaser(i: int) -> bool:
        """Under a `Lesen Sie auch` / `Related` barrier: a teaser's byline."""
        return any(first < k < i for k in barriers)

    head = [
        r
        for r in runs
        if anchor <= r[0] <= first + 2
        or (anchor <= r[0] <= first + 4 and _evidence_rank(doc, r[0]) == 0 and not teaser(r[0]))
    ]
    if head:
        ranked_head = sorted(head, key=lambda r: (_evidence_rank(doc, r[0]), _handle_only(doc, r)))
        if _evidence_rank(doc, ranked_head[0][0]) > 0:
            # a byline that says so a few lines over the title beats a name read by its
            # position or beside a date under it (the title may be a teaser's)
            above = [r for r in runs if anchor - 8 <= r[0] < anchor]
            stated = [r for r in above if _evidence_rank(doc, r[0]) == 0]
            return sorted(stated, key=lambda r: anchor - r[0]) + ranked_head
        return ranked_head

    def cost(run: tuple[int, int]) -> float:
        i = run[0]
        if i < anchor:
            return (anchor - i) * 1.5
        extra = 8 if teaser(i) else 0
        if i <= last:
            return 4 + (i - first) * 0.2 + extra
        return 12 + (i - last) + extra

    ranked = sorted(runs, key=lambda r: cost(r) + 3 * _evidence_rank(doc, r[0]))
    return [r for r in ranked if cost(r) <= 80][:3]


def read_authors(doc: Classified) -> tuple[list[Author], list[str]]:
    """Read the authors and the agencies off the article's byline run."""
    authors: list[Author] = []
    agencies: list[str] = []
    for a, b in _choose_run(doc, byline_runs(doc)):
        if authors:
            break  # the first run that names a person is the article's byline
        start, end = doc.units[a].start, doc.units[b].end
        raw = doc.view.text[start:end]
        meta = a == b and doc.decisions[a].reason == _META_REASON
        found = meta_names(raw) if meta else parse_byline(raw)
        if not meta and a == b and found and not _BYLINE_START.match(raw.lstrip()):
            # `30. Oktober 2023 Carola Pönisch Kultur`: on a post's meta line the words
            # after the name are its category
            shorter = meta_names(raw)
            if (
                shorter
                and len(shorter[0].name.split()) >= 2
                and len(shorter[0].name) < len(found[0].name)
                and found[0].name.startswith(shorter[0].name + " ")
            ):
                found = shorter
        word = raw.strip()
        if (
            not found
            and a == b
            and (word.casefold() in _NEWSROOM or (" " not in word and is_given_name(word)))
            and _beside_a_date(doc.units, doc.decisions, a)
        ):
            # `Redaktion` / `am 3. Februar 2022 um 21:17`: the newsroom signs the piece
            at = raw.find(word)
            found = [NameSpan(name=word, start=at, end=at + len(word))]
        lines = _closed_lines(doc, a, b)
        if lines is not None:
            # `By Jane Doe` / `John Smith`: lines that each close a name are separate
            # names, not one name broken over lines
            split = [
                (doc.units[k].start, ns) for k in lines for ns in parse_byline(doc.units[k].text)
            ]
            if sum(1 for _, ns in split if not ns.agency) > 1:
                for line_start, ns in split:
                    _add_name(doc, authors, agencies, line_start, ns)
                continue
        if a < b and not any(not x.agency for x in found):
            # a run of separate bylines (`Geschrieben von A` / `Geschrieben von B`)
            for k in range(a, b + 1):
                one = parse_byline(doc.units[k].text)
                if any(not x.agency for x in one):
                    start = doc.units[k].start
                    raw = doc.view.text[start : doc.units[k].end]
                    found = parse_byline(raw)
                    break
        for ns in found:
            _add_name(doc, authors, agencies, start, ns)
        if (
            len(authors) == 1
            and b + 1 < len(doc.units)
            and doc.decisions[b + 1].reason == _ROLE_LINE
        ):
            authors[0] = _with_role_line(authors[0], doc.units[b + 1].text)
        if authors and _BOX_HEAD.match(doc.units[a].text):
            _box_list(doc, authors, agencies, b)
        if authors and doc.decisions[a].reason == _BARE_REASON:
            # `LP` / `Luana Patriolino` / `RF` / `Raphael Felice`: avatar initials, then
            # each co-author's name
            k = b + 1
            while k + 1 < len(doc.units) and _INITIALS_LINE.fullmatch(doc.units[k].text):
                nxt = doc.units[k + 1]
                more = _names_only(doc.raw_text(nxt), doc.decisions[k + 1])
                if len(more) != 1 or _initials(nxt.text, capitals_only=True) != doc.units[k].text:
                    break
                _add_name(doc, authors, agencies, nxt.start, more[0])
                k += 2
    if not authors:
        inner = _byline_line_in_head(doc)
        if inner is not None:
            for ns in inner[1]:
                _add_name(doc, authors, agencies, inner[0], ns)
    if not authors:
        dated_line = _meta_date_line(doc)
        if dated_line is not None:
            _add_name(doc, authors, agencies, dated_line[0], dated_line[1])
    if not authors:
        holder = _copyright_holder(doc) or _site_owner(doc)
        if holder is not None:
            _add_name(doc, authors, agencies, holder[0], holder[1])
    if len(authors) == 1 and _INITIALS_LINE.fullmatch(authors[0].name):
        # `Posted by DT` on a blog whose licence line names Donald Townsend
        full = _licensed_by(doc, authors[0].name)
        if full is not None:
            authors = []
            _add_name(doc, authors, agencies, full[0], full[1])
    return authors, agencies


#: The reason ``classify`` gives the line under an author's name that states their post
#: (Al Jazeera: ``NAME`` / ``Political analyst based in Dakar``).
_ROLE_LINE = "the author's role under the byline"
#: A post in words: ``Political analyst``, ``Senior fellow at the Delta Institute``.
_POST = regex.compile(r"\p{Lu}[\p{L}\p{M}.'’,&/ -]{2,80}+", _FLAGS)
_BASED_IN = regex.compile(r"\s++(?i:based\s++in)\s++(?P<place>\p{Lu}[^,;]{0,40}+)\Z", _FLAGS)


def _with_role_line(author: Author, line: str) -> Author:
    """``author`` with the post the line under their name states as a role, its
    ``based in PLACE`` as the location: ``Political analyst based in Dakar``."""
    role = " ".join(line.split()).strip(" ,;|–—-")
    location = author.location
    m = _BASED_IN.search(role)
    if m is not None and m.start() > 0:
        location = location or m["place"].strip()
        role = role[: m.start()].rstrip(" ,")
    if not _POST.fullmatch(role) or not (
        any(w[:1].islower() for w in role.split()[1:]) or _ROLE_WORDS.search(role)
    ):
        return author  # a section (`Energie & Umwelt`) or a button (`+ FOLLOW`), not a post
    if role.casefold() in (r.casefold() for r in author.roles):
        return author
    return attrs.evolve(author, roles=(*author.roles, role), location=location)


def _box_list(doc: Classified, authors: list[Author], agencies: list[str], b: int) -> None:
    """An author box under an ``Author``/``Authors`` heading (The Conversation): each
    name line (the last one read ends at ``b``) over a line giving their post and
    institution (``Senior Lecturer in Urban Ecology, University of Eastwick``), then
    the next author's name and post. The posts become the authors' roles and
    affiliations; the names after the first join the authors."""
    units = doc.units
    k = b
    while k + 1 < len(units) and authors:
        post = units[k + 1]
        if post.gap_before or len(post.text) > 150 or ends_sentence(post.text):
            return
        read = parse_byline(f"{units[k].text}, {post.text}")
        last = authors[-1]
        if len(read) != 1 or natural_case(" ".join(read[0].name.split())) != last.name:
            return
        if not (read[0].roles or read[0].affiliations):
            return
        authors[-1] = attrs.evolve(
            last,
            roles=tuple(dict.fromkeys((*last.roles, *read[0].roles))),
            affiliations=tuple(dict.fromkeys((*last.affiliations, *read[0].affiliations))),
        )
        k += 2
        if k >= len(units) or units[k].gap_before:
            return
        more = _names_only(units[k].text, doc.decisions[k], dated=True)
        if len(more) != 1:
            return
        count = len(authors)
        _add_name(doc, authors, agencies, units[k].start, more[0])
        if len(authors) == count:
            return


#: A licence line naming the holder: ``Ein Blog von Jane Roe steht unter einer Creative
#: Commons …``, ``… by Jane Roe is licensed under …``.
_LICENCE = regex.compile(
    r"\b(?i:von|by)\s++(?P<name>\p{Lu}\p{Ll}++(?:\s++\p{Lu}[\p{L}'’-]++){1,2}+)\s++"
    r"(?i:steht\s++unter|is\s++licensed\s++under|ist\s++lizenziert)",
    _FLAGS,
)


def _initials(name: str, *, capitals_only: bool = False) -> str:
    """The first letter of each word of ``name`` (with ``capitals_only``, of each word
    opening with a capital): ``JR`` for ``Jane Roe``."""
    return "".join(t[0] for t in name.split() if not capitals_only or t[:1].isupper())


def _licensed_by(doc: Classified, initials: str) -> tuple[int, NameSpan] | None:
    """The person a licence or rights line names whose initials are ``initials``."""
    holder = _copyright_holder(doc)
    if holder is not None and _initials(holder[1].name) == initials:
        return holder
    for unit in doc.units:
        if len(unit.text) > 300 or ("ommons" not in unit.text and "icens" not in unit.text):
            continue
        raw = doc.raw_text(unit)
        m = _LICENCE.search(raw)
        if m is None or _initials(m["name"]) != initials:
            continue
        return unit.start, NameSpan(name=m["name"], start=m.start("name"), end=m.end("name"))
    return None


@functools.lru_cache(maxsize=64)  # (asked once per name the page's bylines give)
def _last_title_part(line: str) -> str | None:
    """What follows the last separator of a ``<title>``-like line (``Headline - Site``:
    ``Site``, maybe empty); ``None`` without a separator."""
    seps = list(_TITLE_SPLIT.finditer(line))
    return line[seps[-1].end() :].strip() if seps else None


def _without_site_name(doc: Classified, start: int, ns: NameSpan) -> NameSpan:
    """``Sarah Schnieder Reiterrevue International`` on a page titled ``… - Reiterrevue
    International``: the site's name glued after the person's is cut off."""
    if ns.agency or not doc.units:
        return ns
    site = _last_title_part(doc.units[0].text)
    if site is None:
        return ns
    name = ns.name
    if not site or len(site) >= len(name) or not name.casefold().endswith(" " + site.casefold()):
        return ns
    kept = name[: len(name) - len(site)].rstrip()
    if len(kept.split()) < 2:
        return ns
    raw = doc.view.text[start + ns.start : start + ns.end]
    cut = raw.casefold().rfind(site.split()[0].casefold())
    if cut <= 0:
        return ns
    end = ns.start + len(raw[:cut].rstrip())
    return attrs.evolve(ns, name=kept, end=end)


#: A copyright or licence line in a page's footer that names a person (``© 2019 Jane
#: Roe``, ``Copyright (c) 2012- Jane Roe. All rights reserved.``, ``2009-2020 by Jane
#: Roe``, ``© since 2010 by J.Roe``, ``CC-BY-NC-ND Jane Roe``).
_COPYRIGHT = regex.compile(
    r"(?:(?:©|\((?i:c)\)|(?i:copyright))(?:\s*+(?:©|\((?i:c)\)))?+|(?i:cc-by[\w-]*+)|"
    r"(?<![\d.])(?=(?:19|20)\d\d\s*+(?:[-–]\s*+(?:(?:19|20)\d\d)?+\s*+)?+(?i:by)\s))"
    r"\s*+(?:(?i:since)\s++)?+(?:(?:19|20)\d\d(?:\s*+[-–]\s*+(?:(?:19|20)\d\d)?+)?+\s*+)?+"
    r"(?:[-–]\s*+)?+(?:(?i:by)\s++)?+"
    r"(?P<name>\p{Lu}(?:[\p{L}'’-]|\.(?=\p{Lu}))*+\.??"
    r"(?:\s++(?:\p{Lu}(?:[\p{L}'’-]|\.(?=\p{Lu}))*+\.??|van|von|de|der|da|di|la|le)){0,3}?)"
    r"\s*+(?:[.|•·,–-]|(?i:all\s++rights|alle\s++rechte|\d{4})|\Z)",
    _FLAGS,
)


#: Words that make a rights holder a firm or a studio rather than a person.
_FIRM_WORDS = regex.compile(
    r"\b(?i:gmbh|ag|kg|ug|e\.?\s?v|inc|ltd|llc|sa|spa|srl|bv|nv|plc|co|media|medien|verlag|studio|design|"
    r"photography|fotografie|productions?+|consulting|blog|magazin|magazine|wiki)\b",
    _FLAGS,
)


def _byline_line_in_head(doc: Classified) -> tuple[int, list[NameSpan]] | None:
    """A byline printed as one line of a longer unit near the title (``TAG: … ⏎ By Jane
    Roe``, ``Posted on DATE Author Redaktion ⏎ Home » …``): ``(line start, names)``."""
    marks = doc.landmarks()
    n = len(doc.units)
    for k in range(max(0, marks.anchor), min(n, marks.first + 3)):
        unit = doc.units[k]
        raw = doc.view.text[unit.start : unit.end]
        if "\n" not in raw.strip() or len(raw) > 3000:
            continue
        pos = 0
        for line in raw.split("\n"):
            at = pos
            pos += len(line) + 1
            flat = " ".join(line.split())
            if not flat or _byline_shape(flat) not in _STATED:
                continue
            names = parse_byline(line)
            if any(not x.agency for x in names):
                return unit.start + at, names
    for k in range(max(0, marks.anchor), min(n, marks.first + 2)):
        # `Tine 2. Februar 2020 Radtouren Berlin ⏎ …`: a meta line opening a unit
        unit = doc.units[k]
        raw = doc.view.text[unit.start : unit.end]
        line = raw.lstrip().split("\n", 1)[0]
        if "\n" not in raw.strip() or find_date(line) is None:
            continue
        found = meta_names(line)
        if found:
            return unit.start + raw.index(line), found
    if marks.body:
        for k in range(marks.last + 1, min(n, marks.last + 21)):
            # `Posted by Jane Roe at 18:52 Tagged with: …` under the article
            unit = doc.units[k]
            raw = doc.view.text[unit.start : unit.end]
            line = raw.lstrip().split("\n", 1)[0][:200]
            lead = _PREFIX_RE.match(line)
            if lead is None or not _BYLINE_START.match(line):
                continue
            names = parse_byline(line)
            if (
                names
                and not names[0].agency
                and names[0].start == lead.end()
                and (looks_like_name(names[0].name) or _handle_shaped(names[0].name))
            ):
                return unit.start + raw.index(line), names
    return None


def _meta_date_line(doc: Classified) -> tuple[int, NameSpan] | None:
    """With no byline anywhere near the title, a date line inside the article that names
    the author the way a post's meta line does (``16. Mai 2019 Jane Roe Netzwerk, Windows``)."""
    marks = doc.landmarks()
    if not marks.body:
        return None
    for k in range(max(0, marks.anchor), marks.last + 1):
        if doc.decisions[k].role is not Role.DATELINE or len(doc.units[k].text) > 160:
            continue
        found = meta_names(doc.raw_text(doc.units[k]))
        if found and (
            len(found[0].name.split()) >= 2
            or _handle_shaped(found[0].name)
            or (
                k < marks.first
                and is_given_name(found[0].name)
                and not _SENTENCE_AFTER.match(doc.raw_text(doc.units[k]), found[0].end)
            )
        ):
            return doc.units[k].start, found[0]
    return None


#: A footnote under an article: ``(1) …``, ``[2] …``, ``* …``.
_FOOTNOTE = regex.compile(r"\A(?:\(\d{1,2}\)|\[\d{1,2}\]|\*)\s*+\S", _FLAGS)

#: After a first name, a word and a lowercase one: a headline (``Dorothea Wierer darf
#: …``), not a meta line's name and category.
_SENTENCE_AFTER = regex.compile(r"\s++\p{Lu}[\p{L}-]*+\s++\p{Ll}", _FLAGS)

_INITIALS_LINE = regex.compile(r"\p{Lu}{2,3}+", _FLAGS)

#: Reasons of a line that says it is a byline (``By …``, ``Posted … by …``).
_STATED = frozenset({"byline form", "posted by, with a date", "byline with outlet and date"})


_TITLE_SPLIT = regex.compile(r"\s++[|–—-]\s++", _FLAGS)


def _site_owner(doc: Classified) -> tuple[int, NameSpan] | None:
    """With no byline at all, a personal site named after its owner in the page title
    (``Zeitphilosophie – Dr. Jane Roe``): the last part of the first line, when it is a
    person's name opening with a given name."""
    if not doc.units:
        return None
    unit = doc.units[0]
    raw = doc.view.text[unit.start : unit.end]
    seps = list(_TITLE_SPLIT.finditer(raw))
    if not seps or len(raw) > 200:
        return None
    start = seps[-1].end()
    part = raw[start:].strip()
    first = doc.landmarks().first
    if not part or not any(
        " ".join(doc.units[j].text.split()) == part for j in range(1, min(first, 40))
    ):
        return None  # the site's header repeats its owner's name above the article
    found = parse_byline(part)
    if (
        len(found) != 1
        or found[0].agency
        or not looks_like_name(found[0].name)
        or not _opens_with_given_name(found[0].name)
        or _FIRM_WORDS.search(part)
    ):
        return None
    return unit.start + raw.index(part, start), found[0]


#: A name printed with its initial glued on (``C.Habermueller``).
_GLUED_INITIAL = regex.compile(r"\p{Lu}\.\p{Lu}\p{Ll}{2,}+", _FLAGS)

#: What makes a rights line the site's footer rather than a photo credit (``© Jane
#: Roe`` under a picture): a year, ``by``, ``all rights``, or other footer fields.
_FOOTER_MARK = regex.compile(r"(?:19|20)\d\d|\b(?i:by|copyright|rights|rechte)\b|[|•·]", _FLAGS)
_CREDIT_LEAD = regex.compile(r"\A(?i:foto|fotos|photo|photos|bild|bilder|image|images)\b", _FLAGS)


def _copyright_holder(doc: Classified) -> tuple[int, NameSpan] | None:
    """With no byline at all, the person a personal site's footer names as the holder of
    the rights (a blog's owner writes its posts): ``(unit start, name)`` or ``None``.

    Only a person counts: the name opens with a common given name and is no agency,
    outlet or company (``© Telebasel``, ``© EnBW AG`` are not authors).
    """
    marks = doc.landmarks()
    n = len(doc.units)
    lo = marks.first + 1 if marks.body else max(0, n - 40)
    for k in range(n - 1, max(lo, n - 150) - 1, -1):
        unit = doc.units[k]
        text = unit.text
        if (
            len(text) > 200
            or doc.decisions[k].role is Role.BODY
            or not _FOOTER_MARK.search(text)
            or _CREDIT_LEAD.match(text)
        ):
            continue
        for m in _COPYRIGHT.finditer(text):
            name = m["name"].rstrip(".'’-")
            if _GLUED_INITIAL.fullmatch(name):
                pass  # `© since 2010 by C.Habermueller`
            elif (
                not looks_like_name(name)
                or not _opens_with_given_name(natural_case(name))
                or is_agency(name)
                or _ORG_WORDS.search(name)
                or _FIRM_WORDS.search(name)
            ):
                continue
            raw = doc.view.text[unit.start : unit.end]
            at = raw.find(name, m.start("name") if raw == text else 0)
            if at < 0:
                continue
            return unit.start, NameSpan(name=natural_case(name), start=at, end=at + len(name))
    return None


def _closed_lines(doc: Classified, a: int, b: int) -> list[int] | None:
    """The units of a byline run when every line closes (no ``and``/``,``/``|`` joins
    it to the next), else ``None``."""
    if a >= b:
        return None
    for k in range(a, b):
        text, nxt = doc.units[k].text, doc.units[k + 1].text
        if _OPEN_END.search(text) or _FRAGMENT.match(nxt) or text.endswith("|"):
            return None
        # only bare names follow (a line with its own `By`/`Von` is another byline)
        if _BYLINE_START.match(nxt) or not looks_like_name(nxt):
            return None
    return list(range(a, b + 1))


def _add_name(
    doc: Classified, authors: list[Author], agencies: list[str], start: int, ns: NameSpan
) -> None:
    """Add one name read from a byline: an agency apart, a person once."""
    ns = _without_site_name(doc, start, ns)
    name = " ".join(ns.name.split())
    if ns.agency:
        if name not in agencies:
            agencies.append(name)
    elif name and all(x.name != name for x in authors):
        authors.append(
            Author(
                name=name,
                span=doc.span(start + ns.start, start + ns.end),
                roles=ns.roles,
                location=ns.location,
                affiliations=ns.affiliations,
            )
        )


def chosen_byline_text(doc: Classified) -> list[str]:
    """The view text of the chosen byline run(s) at the head of the article (between the
    title and the start of the body), for the date reader."""
    marks = doc.landmarks()
    first, anchor = marks.first, marks.anchor
    return [
        doc.view.text[doc.units[a].start : doc.units[b].end]
        for a, b in _choose_run(doc, byline_runs(doc))
        if anchor - 6 <= a <= first + 2
    ]
