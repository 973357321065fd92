"""Author and editor's notes: strip the label, split into bio and disclaimer.

Notes come at the top (``Editor's note: NAME is …``, CGTN, CNN) or at the end
(``The author is …`` in China Daily and Global Times; ``NAME is a columnist for …`` in
Fox News, Al Jazeera, The Guardian; a disclosure statement in The Conversation). Every
note unit is split into sentences; the sentences matching a disclaimer formula of the
profile or the generic vocabulary make the ``disclaimer``, the others the ``bio``.
:func:`attach_bios` gives each author the part about them and reads ``roles``
(``foreign affairs commentator``) and ``affiliations`` (``University of Maryland``) off it.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from . import diagnostics as diag
from .bylines import is_given_name, looks_like_name, meta_names, natural_case, parse_byline
from .model import Author, Diagnostic, EditorNote, Role
from .normalize import collapse_ws
from .profiles import CompiledProfile
from .rules import Classified, Decision, word_count
from .segment import Unit

__all__ = [
    "END_NOTE_RE",
    "PROVENANCE_RE",
    "attach_bios",
    "bio_affiliations",
    "bio_roles",
    "bio_subject",
    "note_rule",
    "read_note",
    "settle_notes",
    "split_note",
    "split_sentences",
]

_FLAGS = regex.VERSION1
#: An end note without label: ``The author is …``, ``The writer is …``.
END_NOTE_RE = regex.compile(
    r"\A[\[(]?+(?:the\s++(?:author|authors|writer|writers)\s++(?:is|are|was|were|"
    r"contributed|teaches|works|writes)\b|"
    r"(?:der|die)\s++(?:autor|autorin|autoren|autorinnen)\s++(?:ist|sind|war|lehrt|arbeitet)\b|"
    r"disclosure\s++statement\b)",
    _FLAGS | regex.IGNORECASE,
)
_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "gen",
        "col",
        "lt",
        "sen",
        "rep",
        "gov",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_BOUNDARY = regex.compile(
    r"(?<=[.!?…][\"”’)]?+)\s++(?=[\"“(]?+[\p{Lu}\p{N}]|[\w.+-]++@|https?+://|www\.)", _FLAGS
)


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations (``U.S.``, ``Dr.``) intact."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        # the last word before the boundary, from a bounded window: a long run of
        # abbreviations (``A. B. C. …``) must not re-read the growing sentence each time
        window = text[max(start, m.start() - 100) : m.start()]
        last = window.rsplit(None, 1)[-1].rstrip('.!?…"”’)').lower() if window.strip() else ""
        if last in _ABBREV or (len(last) == 1 and last.isalpha()):
            continue
        out.append(text[start : m.start()].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


#: Sentences of a note about the article's history, not its author (neither bio nor
#: disclaimer): ``The following column first appeared in …``.
PROVENANCE_RE = regex.compile(
    r"\b(?:(?:first|originally|previously)\s++(?:appeared|published|ran)|"
    r"was\s++(?:amended|updated|corrected)\s++on|is\s++(?:adapted|excerpted)\s++from|"
    r"erschien\s++zuerst|zuerst\s++erschienen)\b",
    _FLAGS | regex.IGNORECASE,
)


#: Sentences of a note that point elsewhere (neither bio nor disclaimer): a contact
#: address, a handle, a link, ``View more opinion at CNN.``, ``Follow him on Twitter.``
POINTER_RE = regex.compile(
    r"\A[\w.+-]++@[\w-]++\.|\Ahttps?+://|\Awww\.|\A(?:view|read|see|follow|click|contact|"
    r"subscribe|sign\s++up)\b|\A(?:twitter|x|facebook|instagram|e-?mail)\s*+:",
    _FLAGS | regex.IGNORECASE,
)


def split_note(text: str, profile: CompiledProfile) -> tuple[str, str | None, str | None]:
    """Split a note into ``(text without label, bio, disclaimer)``.

    Sentences matching a disclaimer formula make the disclaimer; sentences about the
    article's history (:data:`PROVENANCE_RE`) or pointing elsewhere (:data:`POINTER_RE`:
    a contact address, ``View more opinion at …``) stay only in the text; the rest is bio.
    """
    m = profile.note_label_re.match(text)
    body = text[m.end() :] if m else text
    body = body.strip()
    bio: list[str] = []
    disclaimer: list[str] = []
    for sentence in split_sentences(body):
        if (
            profile.disclaimer_re is not None
            and may_be_disclaimer(sentence, profile)
            and profile.disclaimer_re.match(sentence)
        ):
            disclaimer.append(sentence)
        elif not PROVENANCE_RE.search(sentence) and not POINTER_RE.match(sentence):
            bio.append(sentence)
    return body, (" ".join(bio) or None), (" ".join(disclaimer) or None)


def _may_be_end_note(text: str) -> bool:
    """Whether ``text`` opens (after one bracket) with a letter that case-folds to ``t``
    or ``d``, as every ``END_NOTE_RE`` phrase does: checked before the pattern."""
    first = text[1:2] if text[:1] in "[(" else text[:1]
    return first.casefold()[:1] in ("t", "d")


def note_rule(unit: Unit, profile: CompiledProfile) -> Decision | None:
    """Local rule: a labelled note, an end note, or a lone disclaimer."""
    if profile.note_label_re.match(unit.text):
        return Decision(role=Role.EDITOR_NOTE, reason="note label")
    if _may_be_end_note(unit.text) and END_NOTE_RE.match(unit.text):
        return Decision(role=Role.EDITOR_NOTE, reason="author note")
    if (
        profile.disclaimer_re is not None
        and len(unit.text) <= 400
        # (a line with a full stop before its end holds more than one formula's sentence)
        and not (profile.disclaimer_one_sentence and "." in unit.text[:-1])
        and may_be_disclaimer(unit.text, profile)
        and profile.disclaimer_re.fullmatch(unit.text)
    ):
        return Decision(role=Role.EDITOR_NOTE, reason="disclaimer")
    return None


def may_be_disclaimer(text: str, profile: CompiledProfile) -> bool:
    """Cheap test: could ``text`` match the profile's disclaimer patterns at all? It must
    hold a disclaimer keyword, and the literal runs of one of the patterns' alternatives
    (``disclaimer_runs``: `only` alone is in many lines; `expressed`, needed with it, is
    not), case-folded (see :func:`opinionpiece.profiles._folded`)."""
    keys = profile.disclaimer_keywords
    low = text.casefold()
    if keys is None:
        pass
    elif len(text) <= 100 and profile.disclaimer_keys_re is not None:
        # one search for all the keywords: on a short line, faster than the loop (on a
        # long one, slower: the standard library tries the alternation at every position)
        if profile.disclaimer_keys_re.search(low) is None:
            return False
    elif not any(k in low for k in keys):
        return False
    return "İ" in text or any(all(r in low for r in runs) for runs in profile.disclaimer_runs)


def read_note(doc: Classified) -> tuple[EditorNote | None, list[Diagnostic]]:
    """Merge every note unit into one :class:`EditorNote`."""
    units = doc.of(Role.EDITOR_NOTE)
    if not units:
        return None, []
    texts: list[str] = []
    bios: list[str] = []
    disclaimers: list[str] = []
    spans = []
    for unit in units:
        text, bio, disclaimer = split_note(unit.text, doc.profile)
        texts.append(text)
        spans.append(doc.unit_span(unit))
        if bio:
            bios.append(bio)
        if disclaimer:
            disclaimers.append(disclaimer)
    found: list[Diagnostic] = []
    if not disclaimers:
        found.append(diag.make("OP301", "the author note has no disclaimer sentence", spans[0]))
    note = EditorNote(
        text=" ".join(texts),
        spans=tuple(spans),
        bio=" ".join(bios) or None,
        disclaimer=" ".join(disclaimers) or None,
    )
    return note, found


_THE_AUTHOR = regex.compile(r"\bthe\s++(?:authors?+|writers?+)\b", _FLAGS | regex.IGNORECASE)

# ----------------------------------------------------------------------------- end bios

_BULLET = r"(?:[o•·*▪–-]\s++)?+"
_TOKEN = r"\p{Lu}[\p{L}\p{M}.-]*+(?:['’]\p{Lu}[\p{L}\p{M}.-]*+)?+"
_HONOR = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Rev)\.?+\s++)?+"
#: ``NAME is a …``, ``NAME teaches …``, ``NAME's new book …``: the subject of a bio.
_SUBJECT = regex.compile(
    r"\A[\[(]?+"
    + _BULLET
    + r"(?P<lead>(?:\p{Lu}\p{Ll}++\s++){0,2}?)"
    + _HONOR
    + r"(?P<name>"
    + _TOKEN
    + r"(?:\s++(?:"
    + _TOKEN
    + r"|"
    r"(?:van|von|der|de|del|da|di|du|la|le|bin|al|el)(?=\s))){1,4}+)"
    r"(?:,?+\s*+(?:Jr|Sr|III|II)\b\.?+)?+(?:,\s*+[^,.]{1,60}+,)?+"
    r"(?:\s++(?P<verb>is|was|has\s++been|serves|served|teaches|taught|writes|wrote|"
    r"represents|works|worked|lives|leads|heads|directs|hosts|ist|war|lehrt|schreibt|"
    r"arbeitet|leitet)\b|['’]s\s++(?:new|latest|next|most\s++recent|forthcoming)\s++book\b)",
    _FLAGS,
)
#: Words that make a sentence about a person a bio (``is a professor``).
_BIO_WORDS = regex.compile(
    r"\b(?:professor|lecturer|columnist|author|writer|journalist|editor|correspondent|"
    r"commentator|analyst|director|president|chair(?:man|woman)?+|fellow|researcher|"
    r"scientist|historian|sociologist|diplomat|engineer|reporter|"
    r"scholar|founder|co-?founder|host|pastor|member|executive|psychiatrist|economist|"
    r"attorney|lawyer|consultant|advis[eo]r|expert|contributor|candidate|student|minister|"
    r"senator|ambassador|secretary|officer|chief|head|associate|partner|manager|"
    r"university|institute|college|school|foundation|center|centre|book|books|"
    r"professorin|autorin|autor|journalistin|redakteur(?:in)?+|leiter(?:in)?+)\b",
    _FLAGS | regex.IGNORECASE,
)


def bio_subject(text: str) -> tuple[str, int, int] | None:
    """The person a bio sentence is about: ``(name, start, end)``, or ``None``.

    >>> bio_subject("Jane Roe is a professor at Some University.")
    ('Jane Roe', 0, 8)
    """
    m = _SUBJECT.match(text[:400])
    if m is None:
        return None
    name, start = m["name"], m.start("name")
    first, _, rest = name.partition(" ")
    if first in _DESCRIPTORS and looks_like_name(rest):
        name, start = rest.lstrip(), start + len(name) - len(rest.lstrip())
    if not looks_like_name(name):
        return None
    return natural_case(name), start, start + len(name)


#: Words that can stand before a name without being part of it.
_DESCRIPTORS = frozenset(
    ["Republican", "Democrat", "Democratic", "Senator", "Sen.", "Rep.", "Former", "Professor"]
)


#: A bio naming its author by the first name only: ``Matthew is PCMag's … editor``, or
#: in the first person, ``Ich bin Steffi, …`` / ``Hallo, ich bin Steffi …`` / ``I'm Jo, …``.
_FIRST_NAME_BIO = regex.compile(
    r"\A(?:(?P<third>\p{Lu}\p{Ll}[\p{L}\p{M}-]*+)\s++(?:is|was|has\s++been|serves|teaches|"
    r"writes|works|ist|war|lehrt|schreibt|arbeitet)\s|"
    r"(?:(?:Hallo|Hi|Hey|Hello|Moin|Servus)\s*+[,!]?+\s*+)?+(?i:ich\s++bin|I\s++am|I['’]m)\s++"
    r"(?P<first>\p{Lu}\p{Ll}[\p{L}\p{M}-]*+)(?=[\s,.!]))",
    _FLAGS,
)


#: A paragraph opening in the first person (``Hallo, ich bin …``, ``I'm …``): under an
#: author box's heading, the author's bio even when it does not repeat the name.
_FIRST_PERSON = regex.compile(
    r"\A(?:(?:Hallo|Hi|Hey|Hello|Moin|Servus)\s*+[,!]?+\s*+)?+(?i:ich\s++bin|I\s++am|I['’]m)\s",
    _FLAGS,
)


def _first_name_bio(text: str, author_names: list[str]) -> bool:
    """Whether ``text`` is a bio naming a found author by the first name only: in the
    third person with a word of description (``Matthew is PCMag's UK-based editor``), or
    in the first person (``Ich bin Steffi, …``)."""
    m = _FIRST_NAME_BIO.match(text)
    if m is None:
        return False
    name = m["third"] or m["first"]
    if not any(a.split()[0] == name for a in author_names if a.split()):
        return False
    return m["first"] is not None or bool(_BIO_WORDS.search(split_sentences(text)[0]))


#: The heading of an author box: ``About Jane Roe``, ``Über Steffi 1009 Artikel``.
_BOX_HEADING = regex.compile(
    r"\A(?:About|Über|Mehr\s++über|À\s++propos\s++de)\s++(?P<name>[^\d]{2,60}?)"
    r"(?:\s++\d[\d.]*+\s++\p{L}++)?+\Z",
    _FLAGS,
)


def _box_names(text: str) -> list[str]:
    """The name an author box's heading gives (``About Jane Roe``: Jane Roe), if any."""
    m = _BOX_HEADING.match(text) if len(text) <= 80 else None
    if m is None:
        return []
    name = m["name"]
    if not (looks_like_name(name) or (" " not in name and is_given_name(name))):
        return []
    return [name]


#: The words of body text above a bio naming its author by the first name only: it
#: follows an article (a home page opening ``Ich bin NAME, …`` is the page's text).
_PROSE_ABOVE = 80


def _follows_prose(units: Sequence[Unit], body: list[int], i: int) -> bool:
    words = 0
    for k in body:
        if k >= i:
            break
        words += word_count(units[k].text)
        if words >= _PROSE_ABOVE:
            return True
    return False


def _is_end_bio(
    text: str, author_names: list[str], *, after_prose: bool = False, box: str = ""
) -> bool:
    if after_prose and len(text) <= 900:
        boxed = _box_names(box)
        if _first_name_bio(text, [*author_names, *boxed]):
            return True
        if boxed and _FIRST_PERSON.match(text):
            return True  # `Über Kathrin` / `Hallo, ich bin Foodbloggerin, …`
    if len(text) > 900 or bio_subject(text) is None:
        return False
    first = split_sentences(text)[0]
    subject = bio_subject(text)
    if subject is None:
        return False
    if _about_author(subject[0], author_names):
        return True
    return bool(_BIO_WORDS.search(first))


def _about_author(subject: str, author_names: list[str]) -> bool:
    return any(subject == a or subject.split()[-1] == a.split()[-1] for a in author_names)


def _claim_top_bio(units: Sequence[Unit], decisions: list[Decision], names: list[str]) -> None:
    """A short bio of the byline's author printed between the title and the body (RT:
    ``NAME is a … analyst.`` over the standfirst) is a note, not the first paragraph.

    Only a unit among the first four under the title, about a byline name, and reading
    like a bio (:data:`_BIO_WORDS`) is claimed.
    """
    if not names:
        return
    title = next((i for i, d in enumerate(decisions) if d.role is Role.TITLE), None)
    if title is None:
        return
    for i in range(title + 1, min(len(units), title + 5)):
        d = decisions[i]
        if d.role is Role.BODY:
            text = units[i].text
            subject = bio_subject(text) if len(text) <= 400 else None
            if (
                subject is not None
                and _about_author(subject[0], names)
                and len(split_sentences(text)) <= 2
                and _BIO_WORDS.search(text)
            ):
                decisions[i] = Decision(role=Role.EDITOR_NOTE, reason="author bio at the top")
            return
        if d.role not in (Role.BYLINE, Role.DATELINE, Role.STANDFIRST, Role.BOILERPLATE, None):
            return


#: The reason ``bylines`` gives a post's meta line near the title (read with
#: :func:`~opinionpiece.bylines.meta_names`).
META_REASON = "meta line near the title"
#: Reasons of the chrome under the article that may still hold the author's bio.
_AFTER_BODY = ("after the article", "prose outside the main text")
#: … and, for the end bio, a short line after the body (``NAME is a Guardian columnist``).
_END_BIO_CHROME = (*_AFTER_BODY, "short line after the body")


def settle_notes(
    units: Sequence[Unit], decisions: list[Decision], profile: CompiledProfile
) -> None:
    """Claim the author bio at the end of the article (or at the top, under the title)
    as a note.

    The last body paragraph (and the one before it, when both are about the author) is
    a bio when it opens with a person and a verb of description (``NAME is a columnist
    for …``, ``NAME teaches at …``, ``NAME's new book …``) and reads like a bio. Lines
    right after the body get the same test.
    """
    # the names the bylines read (`Ein Gastbeitrag von Dr. Miriam Albers`: Miriam Albers)
    # (a post's meta line, `1. Februar 2022 Steffi Kaufratgeber`, is read as the
    # authors are read off it)
    names = [
        ns.name
        for i, d in enumerate(decisions)
        if d.role is Role.BYLINE
        for ns in (meta_names if d.reason == META_REASON else parse_byline)(units[i].text)
        if not ns.agency
    ]
    _claim_top_bio(units, decisions, names)
    body = [i for i, d in enumerate(decisions) if d.role is Role.BODY]
    if len(body) < 2:
        return
    last = body[-1]
    candidates = list(range(last + 1, min(len(units), last + 4)))
    candidates += [body[-1], *(body[-2:-1] if len(body) > 2 else [])]
    history: int | None = None
    for i in candidates:
        d = decisions[i]
        if d.role not in (Role.BODY, Role.BOILERPLATE):
            continue
        if d.role is Role.BOILERPLATE and d.reason not in _END_BIO_CHROME:
            continue
        text = units[i].text
        if _is_end_bio(
            text,
            names,
            after_prose=_follows_prose(units, body, i),
            box=units[i - 1].text if i > 0 else "",
        ) or _post_under_end_byline(units, decisions, body, i):
            decisions[i] = Decision(role=Role.EDITOR_NOTE, reason="author bio at the end")
            if history is not None:
                decisions[history] = Decision(role=Role.EDITOR_NOTE, reason="note on the history")
                history = None
        elif i == last and len(text) <= 200 and PROVENANCE_RE.search(text):
            history = i  # `This article was first published on …` after the bio
        elif i == last and _names_an_author(units, body, names, i):
            continue  # (a last paragraph under the bio: the one before is still looked at)
        elif i in body:
            break
    _claim_author_box(units, decisions, last)


def _names_an_author(units: Sequence[Unit], body: list[int], names: list[str], i: int) -> bool:
    """Whether the body paragraph before unit ``i`` opens with the full name of a found
    author and a verb of description (``Jane Roe ist Head of Social bei …``): their bio,
    with one more paragraph under it."""
    if len(body) < 3 or body[-2] >= i:
        return False
    text = units[body[-2]].text
    subject = bio_subject(text) if len(text) <= 900 else None
    return subject is not None and subject[0] in names and bool(_BIO_WORDS.search(text))


#: The opening words of a bio that states the author's post without their name
#: (``Freier Autor in Berlin und …``, ``Senior editor at …``).
_POST_OPENING = 5


def _post_under_end_byline(
    units: Sequence[Unit], decisions: Sequence[Decision], body: list[int], i: int
) -> bool:
    """Whether unit ``i`` sits right under a byline printed after the article's start
    (an author box: ``Von Jane Roe`` / ``Freie Autorin in Berlin und …``) and opens with
    the author's post: the bio, though it does not repeat the name."""
    if i < 1 or decisions[i - 1].role is not Role.BYLINE or i - 1 < body[0]:
        return False
    text = units[i].text
    if len(text) > 600 or not _follows_prose(units, body, i):
        return False
    opening = " ".join(text.split()[:_POST_OPENING])
    return text[:1].isupper() and _BIO_WORDS.search(opening) is not None


def _claim_author_box(units: Sequence[Unit], decisions: list[Decision], last: int) -> None:
    """An author box under the article (Al Jazeera: the name, a role line, then the bio
    opening with that name) holds the bio, a few lines further down than an end bio."""
    for i in range(last + 2, min(len(units), last + 9)):
        d = decisions[i]
        if d.role is not Role.BOILERPLATE or d.reason not in _AFTER_BODY:
            continue
        text = units[i].text
        subject = bio_subject(text) if len(text) <= 900 else None
        if subject is None:
            continue
        above = (units[j].text for j in range(max(last + 1, i - 2), i))
        if any(natural_case(collapse_ws(line)) == subject[0] for line in above):
            decisions[i] = Decision(role=Role.EDITOR_NOTE, reason="author bio in an author box")
            return


# ----------------------------------------------------------------------------- roles

_ROLE_RE = regex.compile(
    r"(?:\b(?:is|was|as|and|are|were|ist|war)\s++|,\s*+)(?:(?:a|an|the|ein|eine)\s++)?+"
    r"(?:(?:and|or)\s++)?+(?:(?:a|an|the|ein|eine)\s++)?+"
    r"(?P<role>(?:(?!(?:and|or|a|an|the|of|in|at|for|with|is|was|were|are|has|had|been)\s)"
    r"(?:\p{Ll}[\p{Ll}-]*+|\p{Lu}\p{Ll}++(?=\s++\p{Ll}))\s++){0,4}"
    r"(?:professor|lecturer|columnist|author|writer|journalist|editor|correspondent|"
    r"commentator|analyst|director|president|chair(?:man|woman)?+|fellow|researcher|"
    r"scholar|founder|co-founder|host|pastor|member|executive|psychiatrist|economist|"
    r"attorney|lawyer|consultant|advis[eo]r|expert|contributor|recipient|student|"
    r"ambassador|secretary|officer|associate|partner|manager|diplomat|historian|"
    r"scientist|reporter|dean|head|chief|candidate|novelist|poet|critic|master|"
    r"engineer|physician|doctor|teacher|activist|entrepreneur|"
    r"(?i:professor(?:in)?+|autor(?:in)?+|journalist(?:in)?+|redakteur(?:in)?+|leiter(?:in)?+|"
    r"korrespondent(?:in)?+|kolumnist(?:in)?+|wissenschaftler(?:in)?+|"
    r"politolog(?:e|in)|historiker(?:in)?+|ökonom(?:in)?+)))\b",
    _FLAGS,
)
_ORG_TOKEN = r"\p{Lu}(?:[\p{L}\p{M}&'’-]|\.(?=\p{L}))*+"
_ORG_RE = regex.compile(
    r"\b(?:at|of|for|with|from|in|to|an\s++der|bei|der|des|beim|am)\s++(?:the\s++)?+"
    r"(?P<org>" + _ORG_TOKEN + r"(?:\s++(?:of|for|and|on|de|für|&|" + _ORG_TOKEN + r")){0,8}+)",
    _FLAGS,
)
_ORG_WORD = regex.compile(
    r"\b(?:University|Universität|Institute|Institut|College|School|Academy|Foundation|"
    r"Center|Centre|Council|Commission|Association|Society|Program|Programme|Project|"
    r"Union|Bank|Ministry|Department|Agency|Office|Group|Company|Corporation|Committee|"
    r"Forum|Network|Observatory|Laboratory|Hospital|Church|Team|Party|Times|News|Post|"
    r"Review|Journal|Daily|Press|Hochschule|Stiftung|Verband|Zeitung)\b|"
    r"\.(?:com|org|net|de)\b",
    _FLAGS,
)
_ORG_TRAIL = regex.compile(r"(?:\s++(?:of|for|and|on|de|für|&))++\Z", _FLAGS)


def bio_roles(bio: str) -> tuple[str, ...]:
    """The roles a bio gives (``foreign affairs commentator``, ``former researcher``).

    >>> bio_roles("She is a senior fellow and author. He was a former assistant researcher.")
    ('senior fellow', 'author', 'former assistant researcher')
    """
    out: list[str] = []
    for m in _ROLE_RE.finditer(bio):
        role = " ".join(m["role"].split())
        if role and role not in out:
            out.append(role)
    return tuple(out)


def bio_affiliations(bio: str) -> tuple[str, ...]:
    """The organisations a bio names (``University of Maryland``).

    >>> bio_affiliations("He teaches at the University of Maryland, the U.S.")
    ('University of Maryland',)
    """
    out: list[str] = []
    for m in _ORG_RE.finditer(bio):
        org = _ORG_TRAIL.sub("", " ".join(m["org"].split())).rstrip(".,")
        if org and _ORG_WORD.search(org) and org not in out:
            out.append(org)
    return tuple(out)


def _with_bio(author: Author, bio: str) -> Author:
    # (a role the byline already gives, `Political analyst`, is not repeated in
    # another case)
    known = {r.casefold() for r in author.roles}
    roles = (*author.roles, *(r for r in bio_roles(bio) if r.casefold() not in known))
    roles = tuple(dict.fromkeys(roles))
    affs = tuple(dict.fromkeys((*author.affiliations, *bio_affiliations(bio))))
    return attrs.evolve(author, bio=bio, roles=roles, affiliations=affs)


def attach_bios(
    authors: list[Author], note: EditorNote | None, doc: Classified | None = None
) -> list[Author]:
    """Give each author the part of the note's bio about them.

    With one author, the whole bio goes to them when it names them or speaks of "the
    author". With several, each sentence goes to the author it names; sentences naming
    nobody (``He is …``) go to the last one named. With no author from the byline and a
    ``doc``, the persons the bio is about become the authors (span in the note).
    """
    if note is None or not note.bio:
        return authors
    bio = note.bio
    if not authors:
        if doc is None:
            return authors
        return _authors_from_note(doc, note)
    if len(authors) == 1:
        a = authors[0]
        mentions = any(p in bio for p in a.name.split() if len(p) > 2)
        if mentions or _THE_AUTHOR.search(note.text):
            return [_with_bio(a, bio)]
        return authors
    bios: dict[int, list[str]] = {}
    current: int | None = None
    for sentence in split_sentences(bio):
        for k, a in enumerate(authors):
            if a.name in sentence or a.name.split()[-1] in sentence:
                current = k
                break
        if current is not None:
            bios.setdefault(current, []).append(sentence)
    return [_with_bio(a, " ".join(bios[k])) if k in bios else a for k, a in enumerate(authors)]


#: The most authors read off the notes: an article has a handful, and a dump of thousands
#: of note lines must not make attaching bios quadratic (each sentence against each name).
_MAX_NOTE_AUTHORS = 20


def _authors_from_note(doc: Classified, note: EditorNote) -> list[Author]:
    out: list[Author] = []
    # the headline, or the first line when none was found (a dump opening with it)
    titles = " ".join([u.text for u in doc.of(Role.TITLE)] + [u.text[:300] for u in doc.units[:1]])
    for unit in doc.of(Role.EDITOR_NOTE):
        if len(out) >= _MAX_NOTE_AUTHORS:
            break
        m = doc.profile.note_label_re.match(unit.text)
        raw = doc.raw_text(unit)
        offset = 0
        if m is not None:
            m2 = doc.profile.note_label_re.match(raw)
            offset = m2.end() if m2 is not None else 0
        found = bio_subject(raw[offset : offset + 400])
        if found is None:
            continue
        name, s, e = found
        if any(a.name == name for a in out) or name in titles:
            continue  # a note about the person the headline names is not the author's bio
        span = doc.span(unit.start + offset + s, unit.start + offset + e)
        out.append(Author(name=name, span=span))
    if len(out) == 1:
        return [_with_bio(out[0], note.bio or "")]
    return attach_bios(out, note)
