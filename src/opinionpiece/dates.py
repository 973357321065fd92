"""Publication dates as printed on news pages, read into ``date``/``datetime``.

A ``datetime`` is returned when a time is given, a ``date`` otherwise; a timezone only
when the text states one (``Z``, an offset, or a zone abbreviation such as ``EDT`` or
``ET``).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Sequence
from functools import lru_cache

import regex

from .model import Role
from .profiles import CompiledProfile
from .rules import Classified, Decision, ends_sentence, word_count
from .segment import Unit

__all__ = ["MONTHS", "dateline_rule", "find_date", "read_published"]

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        # English, German, then French, Spanish, Italian, Portuguese, Dutch
        ("january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"),
        ("february", "feb", "februar", "février", "febrero", "febbraio", "fevereiro", "februari"),
        ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "maart"),
        ("april", "apr", "avril", "abril", "aprile"),
        ("may", "mai", "mayo", "maggio", "maio", "mei"),
        ("june", "jun", "juni", "juin", "junio", "giugno", "junho"),
        ("july", "jul", "juli", "juillet", "julio", "luglio", "julho"),
        ("august", "aug", "août", "agosto", "augustus"),
        (
            "september",
            "sep",
            "sept",
            "septembre",
            "septiembre",
            "setiembre",
            "settembre",
            "setembro",
        ),
        ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"),
        ("november", "nov", "novembre", "noviembre", "novembro"),
        ("december", "dec", "dezember", "dez", "décembre", "diciembre", "dicembre", "dezembro"),
    ),
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i
# Russian month names, nominative and genitive (``15 августа 2016``)
for _i, _names in enumerate(
    (
        ("январь", "января"),
        ("февраль", "февраля"),
        ("март", "марта"),
        ("апрель", "апреля"),
        ("май", "мая"),
        ("июнь", "июня"),
        ("июль", "июля"),
        ("август", "августа"),
        ("сентябрь", "сентября"),
        ("октябрь", "октября"),
        ("ноябрь", "ноября"),
        ("декабрь", "декабря"),
    ),
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

_MONTH = "(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?+"
#: Zone abbreviations read as a stated timezone: fixed offsets, and the US generic names
#: (``ET``), which follow daylight saving time through the tz database.
_FIXED_ZONES: dict[str, float] = {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "HKT": 8, "SGT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
}  # fmt: skip
_GENERIC_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_ZONE_NAMES = "|".join(sorted([*_FIXED_ZONES, *_GENERIC_ZONES], key=len, reverse=True))
_ZONE = (
    r"(?P<tz>Z|[+-]\d{2}:?\d{2}|UTC|GMT|(?-i:"  # abbreviations in capitals only (`et`)
    + _ZONE_NAMES
    + r"))(?![\p{L}\d])"
)
# `09.00 GMT`, `10.30am` (The Guardian): a dot between hours and minutes only before a
# zone or AM/PM, so that `2023 12.50 euros` is no time
_DOT_TIME = r"\.(?=\d{2}\s*+(?:[AaPp]\.?[Mm]|Z\b|UTC|GMT|(?-i:" + _ZONE_NAMES + r")\b))"
_TIME = (
    r"(?:[T ,]\s*+(?:(?:at|um|à|a las|-)\s++)?+"
    r"(?P<h>\d{1,2})(?::|" + _DOT_TIME + r")(?P<mi>\d{2})(?::(?P<s>\d{2}))?+(?:\.\d++)?+"
    r"\s*+(?P<ampm>[AaPp]\.?[Mm]\.?)?+\s*+(?:" + _ZONE + r")?+)?+"
)
_TIME_FIRST = (
    r"(?:(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?+\s*+(?P<ampm>[AaPp]\.?[Mm]\.?)?+"
    r"\s*+(?:" + _ZONE + r")?+,?\s++)"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?+\.?+"

#: What the two month-first forms (`Fri September 14, 2018`, `May 14, 2020`) need right
#: after the month.
_DAY_YEAR = r"\s++(?P<d>\d{1,2})(?:st|nd|rd|th)?+,?\s++(?P<y>\d{4})(?!\d)"

#: What the two day-first forms with a month name (`07-Oct-2026`, `3. Dezember 2025`) hold
#: right after the day's last digit (the first with a single `-` or space before the month).
_DAY_MONTH = r"\.?+(?:[- ]|\s*+/)\s*+(?:de\s++)?+" + _MONTH

#: What a form holds besides its digits, for the gates below: nothing that needs a gate,
#: the day and year right after a month name (``_DAY_YEAR``), or a month name right
#: after the day (``_DAY_MONTH``).
_UNGATED, _GATED_DAY_YEAR, _GATED_DAY_MONTH = "", "day-year", "day-month"

#: The date forms, each with what it holds (``_MONTH_FIRST``, ``_DAY_FIRST`` are read
#: from these tags), in the order they are tried.
_FORMS: tuple[tuple[str, str], ...] = (
    # 2025-12-03 07:42, 2019/9/5 20:13:40, 2020-10-28T10:00:00Z
    (_UNGATED, r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)" + _TIME),
    # 16:15, 07-Oct-2026
    (
        _GATED_DAY_MONTH,
        _TIME_FIRST + r"?(?P<d>\d{1,2})[- ]" + _MONTH + r"[- ](?P<y>\d{4})(?!\d)",
    ),
    # 07-Oct-2026, 7 October 2026, 3. Dezember 2025, 4 de mayo del 2022,
    # 29 / Dezember / 2022
    (
        _GATED_DAY_MONTH,
        r"(?<!\d)(?P<d>\d{1,2})"
        + _DAY_MONTH
        + r"(?:[- ,]|\s*+/)\s*+(?:del?+\s++)?+(?P<y>\d{4})(?!\d)"
        + _TIME,
    ),
    # 5:47 PM ET, Fri September 14, 2018 (a time, its zone and the weekday first)
    (
        _GATED_DAY_YEAR,
        r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>\d{2})\s*+(?P<ampm>[AaPp]\.?[Mm]\.?)?+\s*+(?:"
        + _ZONE
        + r")?+,?\s++(?:"
        + _WEEKDAY
        + r",?\s++)?+"
        + _MONTH
        + _DAY_YEAR,
    ),
    # May 14, 2020; Feb 17, 2026 10:37 AM; July 5, 2019 Friday
    (_GATED_DAY_YEAR, r"\b" + _MONTH + _DAY_YEAR + _TIME),
    # 03.12.2025, 13. 1. 2020 (German day-first)
    (
        _UNGATED,
        r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})(?!\d)" + _TIME,
    ),
    # 17/11/2019, 12/30/2019 05:03 AM, 01.21.2020 07:00 AM: the order is read from the
    # numbers (a part above 12 is the day) and, when ambiguous, from an AM/PM time
    # (month first, US style); otherwise day first.
    (
        _UNGATED,
        r"(?<![\d./])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})(?!\d)" + _TIME,
    ),
    # 19.10.19, 28.09.19 12:44, 1.11.23 20:19: German day-first with a two-digit
    # year (not a version number such as 1.2.3.4)
    (
        _UNGATED,
        r"(?<![\d./])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<yy>\d{2})(?![\w]|\.\d)" + _TIME,
    ),
    # 11/08/23 5:19pm: a two-digit year with slashes, read like 17/11/2019
    (_UNGATED, r"(?<![\d./])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d{2})(?![\d/])" + _TIME),
    # Dezember 26, 2019 handled above; 26 de mayo de 2022 is not read.
)

_PATTERNS = [regex.compile(p, regex.IGNORECASE | regex.VERSION1) for _gate, p in _FORMS]


#: The month-first forms (the patterns ending in ``_DAY_YEAR``) are tried only on a text
#: holding what they end with: looking for the month names at every word of a line is
#: the dearest step of :func:`find_date`, and most lines with a year have no such date.
_MONTH_FIRST = frozenset(i for i, (gate, _p) in enumerate(_FORMS) if gate == _GATED_DAY_YEAR)
_DAY_YEAR_RE = regex.compile(_DAY_YEAR, regex.IGNORECASE | regex.VERSION1)
#: Likewise the day-first forms with a month name, on a text holding a digit and a month
#: name after it (the month names are then tried only after a digit).
_DAY_FIRST = frozenset(i for i, (gate, _p) in enumerate(_FORMS) if gate == _GATED_DAY_MONTH)
_DAY_MONTH_RE = regex.compile(r"\d" + _DAY_MONTH, regex.IGNORECASE | regex.VERSION1)

_DIGIT = regex.compile(r"\d", regex.VERSION1)
#: What every pattern above must find: a four-digit year, or a short numeric date.
_DATE_HINT = regex.compile(r"\d{4}|\d[./]\d{1,2}[./]\d{2}", regex.VERSION1)


@lru_cache(maxsize=8)
def _zone(name: str) -> dt.tzinfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):  # no tz database on this system
        return None


def _tz(value: str | None) -> dt.tzinfo | None:
    if not value:
        return None
    value = value.upper()
    if value in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    if value in _GENERIC_ZONES:
        return _zone(_GENERIC_ZONES[value])
    if value in _FIXED_ZONES:
        return dt.timezone(dt.timedelta(hours=_FIXED_ZONES[value]), value)
    sign = 1 if value[0] == "+" else -1
    digits = value[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _century(yy: int) -> int:
    """A two-digit year: 20yy up to next year's, else 19yy (pages are not dated ahead)."""
    return 2000 + yy if yy <= (dt.date.today().year + 1) % 100 else 1900 + yy


def _build(m: regex.Match[str]) -> dt.date | dt.datetime | None:
    g = m.groupdict()
    try:
        year = int(g["y"]) if g.get("y") is not None else _century(int(g["yy"]))
        if g.get("a") is not None:
            a, b = int(g["a"]), int(g["b"])
            us = bool(g.get("ampm")) and a <= 12
            if a > 12 or (b <= 12 and not us):
                day, month = a, b
            else:
                day, month = b, a
        else:
            month = MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
            day = int(g["d"])
        if not 1900 <= year <= 2100:
            return None
        if g.get("h") is None:
            return dt.date(year, month, day)
        hour = int(g["h"])
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        return dt.datetime(
            year, month, day, hour, int(g["mi"]), int(g.get("s") or 0), tzinfo=_tz(g.get("tz"))
        )
    except (ValueError, KeyError, TypeError):
        return None


@lru_cache(maxsize=1024)  # the rules and readers ask again about the same lines
def find_date(text: str) -> tuple[dt.date | dt.datetime, tuple[int, int]] | None:
    """Find the first date in ``text``: the value and its ``(start, end)`` offsets."""
    if _DATE_HINT.search(text) is None:
        return None  # every form has a year in four digits or ends `1.2.20`, `1/2/20`
    best: tuple[dt.date | dt.datetime, tuple[int, int]] | None = None
    day_year = _DAY_YEAR_RE.search(text) is not None
    day_month = _DAY_MONTH_RE.search(text) is not None
    for i, pattern in enumerate(_PATTERNS):
        if (i in _MONTH_FIRST and not day_year) or (i in _DAY_FIRST and not day_month):
            continue
        m = pattern.search(text)
        if m is None:
            continue
        value = _build(m)
        if value is not None and (
            best is None
            or m.start() < best[1][0]
            or (m.start() == best[1][0] and m.end() > best[1][1])
        ):
            best = (value, m.span())
    return best


def strip_dates(text: str, limit: int = 4) -> str:
    """``text`` without its dates (at most ``limit`` of them), each replaced by a space."""
    for _ in range(limit):
        found = find_date(text)
        if found is None:
            break
        s, e = found[1]
        text = text[:s] + " " + text[e:]
    return text


#: A label that announces a publication date: ``Published:``, ``Veröffentlicht am``.
DATE_LABEL_RE = regex.compile(
    r"\A(?:published|posted|updated|date|datum|stand|erstellt|veröffentlicht|aktualisiert|"
    r"publiziert|eingestellt|publié|publicado|pubblicato)(?:\s++(?:on|am|le|el|il))?+"
    r"\s*+[:：]?+\s*+(?=\S)",
    regex.IGNORECASE | regex.VERSION1,
)


def dateline_rule(unit: Unit, profile: CompiledProfile) -> Decision | None:
    """Local rule: a short line that is mostly dates, or a labelled date line
    (``Veröffentlicht am: 6. August 2009 Kategorie: …``), is a dateline."""
    text = unit.text
    if len(text) > 240 or ends_sentence(text):
        return None
    found = find_date(text)
    if found is None:
        return None
    label = DATE_LABEL_RE.match(text)
    if label is not None and found[1][0] - label.end() <= 20:
        return Decision(role=Role.DATELINE, reason="labelled date line")
    if len(text) <= 100 and word_count(strip_dates(text)) <= 4:
        return Decision(role=Role.DATELINE, reason="date line")
    s, e = found[1]
    if len(text) <= 200 and (s == 0 or (e == len(text) and text[:s].rstrip()[-1:] in "•·|-–—/")):
        return Decision(role=Role.DATELINE, reason="line opening or closing with a date")
    return None


#: Words that state a publication (or last change) around a date, anywhere on the page:
#: ``Der Beitrag wurde am … veröffentlicht``, ``Published: …``, ``Erschienen am …``.
_STATEMENT = regex.compile(
    r"\b(?:veröffentlicht|published|erschienen|gepostet|posted|publiziert|publicado|publié|"
    r"pubblicato|erstveröffentlichung|aktualisiert|updated|actualizado|mis\s++à\s++jour|"
    r"zuletzt\s++(?:geändert|bearbeitet|aktualisiert)|geändert|last\s++(?:modified|edited|"
    r"updated)|erstellt|created)\b",
    regex.IGNORECASE | regex.VERSION1,
)
#: A date that is an event's, not the page's: ``Termin: 21.02.2020``, ``Release: …``.
_EVENT = regex.compile(
    r"\A(?:termin|termine|release|veranstaltung|wann|event|beginn|start|deadline|frist|"
    r"einsendeschluss|anmeldeschluss|anpfiff|kick-?off)\b",
    regex.IGNORECASE | regex.VERSION1,
)
_OPENER_SEP = "/|–—-,·⋅•:("
_UPDATE = regex.compile(
    r"\A\W{0,3}+(?:updated?+|aktualisiert|aktualisierung|zuletzt|last\s++(?:updated|modified)|"
    r"geändert|stand|actualizado|mis\s++à\s++jour|modifié)\b",
    regex.IGNORECASE | regex.VERSION1,
)
#: ``Pressemitteilung vom``, ``Communiqué du``: a one-word label and a preposition.
_LABEL_PREP = regex.compile(r"\p{Lu}[\p{L}-]{2,30}+\s++(?:vom|am|du|del|de|dal)", regex.VERSION1)


def _opening_date(text: str) -> dt.date | dt.datetime | None:
    """The date a body paragraph opens with, as a press release or news item prints it.

    ``29.11.2022 – Mehrfach …``, ``Wien, 14. Dezember 2021 – …``, ``Red. / 31.10.2023 …``,
    ``Posted on 25. Januar 2022 …``; never a sentence that merely starts with a date phrase
    (``On June 28, 2021, the two leaders met …``).
    """
    head = text[:160]
    found = find_date(head)
    if found is None:
        return None
    s, e = found[1]
    before = head[:s].strip()
    label = DATE_LABEL_RE.match(head)
    if label is not None and s - label.end() <= 20:
        return found[0]
    if len(before) > 40 or (
        before and before[-1] not in _OPENER_SEP and not _LABEL_PREP.fullmatch(before)
    ):
        return None
    after = head[e:].lstrip(" ,")
    if not after or after[0] in _OPENER_SEP + ".|" or after[:3].casefold() in ("um ", "uhr"):
        return found[0]
    if before:  # `Red. / 31.10.2023 Die …`: the date stands between a label and the text
        return found[0]
    return None


_PUBLISHED = regex.compile(
    r"\b(?:veröffentlicht|published|erschienen|gepostet|posted|publiziert|publicado|publié|"
    r"pubblicato|erstveröffentlichung)\b",
    regex.IGNORECASE | regex.VERSION1,
)


def _weight(text: str) -> float:
    """A date line that says it is the publication date (``Veröffentlicht am``) counts
    as nearer; an update (``Updated:``) does not."""
    if len(text) <= 300 and _PUBLISHED.search(text[:120]):
        return 0.5
    return 1.0


def read_published(
    doc: Classified, byline_texts: Sequence[str] = ()
) -> dt.date | dt.datetime | None:
    """The publication date.

    In order: a date in the article's byline (``byline_texts``, the chosen byline run),
    then the date line nearest the title and the start of the body (above it or just
    inside it, a labelled line such as ``Veröffentlicht am …`` counting as nearer; also
    a subheading-like meta line and a date that opens one of the first body paragraphs),
    then a publication statement anywhere (``Der Beitrag wurde am … veröffentlicht``),
    then the first date line inside the body. Dates inside body sentences
    (``On June 28, …``) are never read: only date lines, bylines and statements are.
    Event dates (``Termin: …``) and copyright lines are skipped.
    """
    for text in byline_texts:
        found = find_date(text)
        if found is not None:
            return found[0]
    marks = doc.landmarks()
    body, first, last, anchor = marks.body, marks.first, marks.last, marks.anchor
    early_body = frozenset(body[:5])
    dated: list[tuple[int, dt.date | dt.datetime, float]] = []
    statements: list[tuple[int, dt.date | dt.datetime]] = []
    roles = [d.role for d in doc.decisions]
    for i, (unit, role) in enumerate(zip(doc.units, roles, strict=True)):
        text = unit.text
        if _DIGIT.search(text, 0, 400) is None or _EVENT.match(text):
            continue
        near = anchor - 12 <= i <= first + 3
        value: dt.date | dt.datetime | None = None
        found = None
        if (
            role in (Role.DATELINE, Role.BYLINE, Role.TITLE)
            or (role is Role.BOILERPLATE and near and len(text) <= 120)
            or (role is Role.HEADING and near and len(text) <= 160)
        ):
            found = find_date(text)
        elif role is Role.BOILERPLATE and near and len(text) <= 240:
            found = find_date(text[:60])  # `By Ela on 31. October, 2023 | 18 Comments. …`
        elif role is Role.BODY and i in early_body:
            value = _opening_date(text)
        if found is not None and not _copyright(text, found[1][0]):
            value = found[0]
        if value is not None:
            dated.append((i, value, _weight(text)))
        if len(text) <= 400 and _STATEMENT.search(text[:240]):
            found = find_date(text)
            if found is not None and not _copyright(text, found[1][0]):
                statements.append((i, found[0]))
    near_dates = [(i, v, w) for i, v, w in dated if anchor - 15 <= i <= first + 3]
    # An update (``Updated: …``, ``Update vom …``) printed beside the publication date
    # is not the publication date.
    updates = {i for i, _, _ in near_dates if _UPDATE.match(doc.units[i].text)}
    near_dates = [
        x
        for x in near_dates
        if x[0] not in updates
        or not any(abs(j - x[0]) <= 8 and j not in updates for j, _, _ in near_dates)
    ]
    if near_dates:
        return min(
            near_dates,
            key=lambda x: (x[0] - anchor if x[0] >= anchor else 2 * (anchor - x[0])) * x[2],
        )[1]
    if statements:
        return min(statements, key=lambda x: abs(x[0] - anchor))[1]
    inside = [(i, v) for i, v, _ in dated if first < i < last]
    if inside:
        return inside[0][1]
    after = [(i, v) for i, v, _ in dated if last < i <= last + 15]
    if after:
        return after[0][1]
    before = [(i, v) for i, v, _ in dated if i < anchor]
    if before:
        return before[-1][1]
    return None


_COPYRIGHT = regex.compile(r"©|\(c\)|copyright", regex.IGNORECASE)


def _copyright(text: str, date_start: int) -> bool:
    """Whether the date at ``date_start`` is a copyright line's (``© 2019 …``): a
    copyright mark before it. ``Veröffentlicht am 5. Mai 2023 / ©site`` is not one."""
    return _COPYRIGHT.search(text, 0, date_start + 1) is not None
