"""The vocabulary of quoting: speech verbs, speaker words and titles, per language.

Everything here is data. A language is one :class:`Lexicon` of named token tuples. The
caller chooses the lexicons (``parse(text, lexicons=(ENGLISH, GERMAN, my_french))``);
:func:`patterns` composes the active ones into compiled :mod:`regex` patterns for
:mod:`opinionpiece.quotes`, once per choice. There is no global registry to mutate.

Multi-word entries are written with single spaces; when composed, each space matches any
run of white space. Every alternation goes through :func:`alternation`, which refuses an
empty list (an empty alternation would match everywhere).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from collections.abc import Iterable, Iterator

import attrs
import regex

from .language import NOT_ASCII_OR_PUNCTUATION

__all__ = [
    "DEFAULT_LEXICONS",
    "ENGLISH",
    "GERMAN",
    "Lexicon",
    "Patterns",
    "WordMatch",
    "WordSet",
    "alternation",
    "check",
    "cue_pattern",
    "english_verb_forms",
    "lexicons",
    "patterns",
    "using",
]


def _words(block: str) -> tuple[str, ...]:
    """The white-space separated words of ``block``, as a tuple (data helper)."""
    return tuple(block.split())


def _phrases(block: str) -> tuple[str, ...]:
    """The non-empty lines of ``block``, stripped, as a tuple (data helper)."""
    return tuple(line.strip() for line in block.splitlines() if line.strip())


def english_verb_forms(lemma: str) -> tuple[str, ...]:
    """Regular English forms of a verb lemma: base, -s, -ed and -ing.

    ``say`` is irregular and is listed in full elsewhere; this helper only spares writing
    the four forms of the many regular reporting verbs.

    Args:
        lemma: The base form, such as ``stress`` or ``argue``.

    Returns:
        The base, third person, past and gerund forms.
    """
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return (lemma, third, past, ing)


@attrs.frozen(kw_only=True, cache_hash=True)
class Lexicon:
    """The quoting vocabulary of one language, as named token tuples.

    Attributes:
        code: ISO 639-1 code (``en``, ``de``).
        speech_verbs: Every inflected form of a reporting verb (``said``, ``sagte``).
        speech_phrases: Multi-word cues (``told reporters``, ``pointed out``).
        according_to: Phrases that put the speaker after them (``according to``).
        post_quote_markers: Short words that introduce the speaker right after a quote,
            with no verb (German ``so`` in ``„…“, so Merkel``).
        naming_verbs: Verbs that name or describe the quoted words
            (``called``, ``described as``): ``what X called "…"``.
        speech_nouns: Nouns for what a speaker said, used with a possessive
            (``X's remarks "…"``, ``his words "…"``).
        pronouns: Personal pronouns that can be speakers.
        nominal_heads: Head nouns of non-name speakers (``spokesman``, ``newspaper``).
        determiners: Words that open a nominal speaker (``the``, ``a``).
        titles: Title words that may precede a name (``President``, ``Sen.``).
        title_modifiers: Capitalized words that belong to a title when they precede a
            title word (``Vice``, ``Foreign``, ``Chinese``).
        name_particles: Lower-case words inside names (``de``, ``van``, ``bin``).
        stop_capitals: Capitalized words that never start a name (sentence openers).
        auxiliaries: Words that may stand between a speaker and the cue (``also``, ``has``).
        elisions: Words written with a leading apostrophe (``'em``), not quote openers.
        after_speaker: Words that may follow a speaker named right after a cue
            (``said Smith in …``, ``said Smith on Monday``); any other word there means
            the cue opened a clause (``said the plan would …``), not a speaker.

    .. versionadded:: 0.1.0
    """

    code: str
    speech_verbs: tuple[str, ...]
    speech_phrases: tuple[str, ...] = ()
    according_to: tuple[str, ...] = ()
    post_quote_markers: tuple[str, ...] = ()
    naming_verbs: tuple[str, ...] = ()
    speech_nouns: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    nominal_heads: tuple[str, ...] = ()
    determiners: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    title_modifiers: tuple[str, ...] = ()
    name_particles: tuple[str, ...] = ()
    stop_capitals: tuple[str, ...] = ()
    auxiliaries: tuple[str, ...] = ()
    elisions: tuple[str, ...] = ()
    after_speaker: tuple[str, ...] = ()


# --------------------------------------------------------------------------- English

_EN_REGULAR_VERBS: tuple[str, ...] = _words(
    """
    acknowledge add admit advise affirm agree allege announce answer argue assert assure boast
    brag caution charge chide claim comment complain concede conclude confess confirm contend
    continue counter cry declare demand deny describe emphasize emphasise exclaim explain insist
    joke lament mention muse mutter note object observe offer opine plead pledge post predict
    proclaim promise quip recall recount reaffirm reassure reflect reiterate remark remind reply
    report respond retort reveal scoff scream shout snap sneer state stress suggest testify
    thunder tweet underline underscore urge vow warn whisper wonder yell ask inform recommend
    question worry fume rail mock assess estimate acknowledge caution
    """
)
# Irregular verbs, all forms listed.
_EN_IRREGULAR_VERBS: tuple[str, ...] = _phrases(
    """
    say
    says
    said
    saying
    tell
    tells
    told
    telling
    write
    writes
    wrote
    writing
    written
    speak
    speaks
    spoke
    speaking
    go on
    goes on
    went on
    tweet
    tweeted
    think
    thinks
    thought
    maintain
    maintains
    maintained
    forecast
    forecasts
    swear
    swears
    swore
    bemoan
    bemoaned
    """
)
_EN_PHRASES: tuple[str, ...] = _phrases(
    """
    told reporters
    told journalists
    told the audience
    told the crowd
    told supporters
    told lawmakers
    told the newspaper
    told the paper
    said in a statement
    said in an interview
    said in a speech
    pointed out
    points out
    went on to say
    added that
    wrote in
    posted on
    said on twitter
    wrote on twitter
    wrote on facebook
    summed it up
    put it
    puts it
    spelled out
    made clear
    made it clear
    cautioned that
    shot back
    fired back
    hit back
    chimed in
    weighed in
    spoke of
    was quoted as saying
    is quoted as saying
    were quoted as saying
    in the words of
    """
)
_EN_NAMING_VERBS: tuple[str, ...] = _phrases(
    """
    call
    calls
    called
    calling
    dub
    dubs
    dubbed
    label
    labels
    labeled
    labelled
    term
    terms
    termed
    describe
    describes
    described
    describing
    brand
    brands
    branded
    characterize
    characterized
    characterise
    characterised
    refer to
    refers to
    referred to
    hail
    hails
    hailed
    praise
    praises
    praised
    decry
    decries
    decried
    denounce
    denounces
    denounced
    slam
    slams
    slammed
    pledge
    pledged
    vow
    vowed
    promise
    promised
    seek
    seeks
    sought
    envision
    envisions
    envisioned
    envisage
    envisaged
    see
    sees
    saw
    deem
    deems
    deemed
    suggest
    suggests
    suggested
    advocate
    advocates
    advocated
    champion
    champions
    championed
    urge
    urges
    urged
    stress
    stresses
    stressed
    emphasize
    emphasizes
    emphasized
    want
    wants
    wanted
    promote
    promotes
    promoted
    back
    backs
    backed
    condemn
    condemns
    condemned
    invoke
    invokes
    invoked
    cite
    cites
    cited
    highlight
    highlights
    highlighted
    mean
    means
    meant
    recall
    recalled
    remember
    remembered
    call for
    calls for
    called for
    """
)
_EN_SPEECH_NOUNS: tuple[str, ...] = _phrases(
    """
    remark
    remarks
    words
    word
    emphasis
    statement
    statements
    comment
    comments
    speech
    address
    call
    calls
    message
    pledge
    promise
    promises
    vow
    claim
    claims
    assertion
    description
    characterization
    phrase
    slogan
    motto
    warning
    declaration
    tweet
    tweets
    post
    letter
    op-ed
    column
    essay
    argument
    appeal
    insistence
    suggestion
    proposal
    vision
    idea
    notion
    concept
    view
    mantra
    catchphrase
    refrain
    rallying cry
    battle cry
    plea
    quip
    joke
    retort
    reply
    response
    answer
    testimony
    memo
    announcement
    criticism
    praise
    advocacy
    push
    commitment
    """
)
_EN_PRONOUNS: tuple[str, ...] = _words(
    """
    he she they it we I
    """
)
_EN_NOMINAL_HEADS: tuple[str, ...] = _phrases(
    """
    spokesman
    spokeswoman
    spokesperson
    spokespeople
    spokesmen
    newspaper
    paper
    magazine
    agency
    ministry
    department
    report
    statement
    official
    officials
    source
    sources
    aide
    aides
    adviser
    advisers
    advisor
    advisors
    analyst
    analysts
    expert
    experts
    critic
    critics
    president
    minister
    secretary
    senator
    lawmaker
    lawmakers
    governor
    mayor
    chairman
    chairwoman
    chair
    director
    chief
    leader
    leaders
    campaign
    committee
    council
    government
    administration
    company
    firm
    group
    organization
    organisation
    party
    union
    candidate
    nominee
    congressman
    congresswoman
    representative
    ambassador
    diplomat
    diplomats
    envoy
    general
    commander
    officer
    police
    prosecutor
    prosecutors
    judge
    court
    lawyer
    lawyers
    attorney
    attorneys
    author
    authors
    writer
    editorial
    article
    study
    survey
    poll
    document
    memo
    letter
    website
    site
    network
    channel
    outlet
    researcher
    researchers
    scientist
    scientists
    professor
    economist
    economists
    observer
    observers
    commentator
    commentators
    columnist
    host
    anchor
    reporter
    reporters
    witness
    witnesses
    resident
    residents
    voter
    voters
    supporter
    supporters
    activist
    activists
    protester
    protesters
    man
    woman
    people
    crowd
    ceo
    founder
    executive
    executives
    manager
    strategist
    strategists
    operative
    pollster
    historian
    tweet
    post
    release
    press release
    white house
    kremlin
    pentagon
    foreign ministry
    narrator
    announcer
    ad
    advertisement
    video
    clip
    spot
    voice
    voice-over
    email
    e-mail
    filing
    complaint
    lawsuit
    ruling
    opinion
    verdict
    indictment
    transcript
    account
    book
    memoir
    platform
    resolution
    bill
    order
    decision
    press secretary
    senators
    members
    delegates
    officers
    workers
    students
    parents
    teachers
    doctors
    nurses
    leaders
    democrats
    republicans
    """
)
_EN_DETERMINERS: tuple[str, ...] = _words(
    """
    the a an one another this that his her their its our some many several two three other
    """
)
_EN_TITLES: tuple[str, ...] = _phrases(
    """
    President
    Vice President
    President-elect
    Prime Minister
    Minister
    Premier
    Chancellor
    Secretary
    Secretary-General
    Senator
    Sen.
    Representative
    Rep.
    Congressman
    Congresswoman
    Governor
    Gov.
    Lt. Gov.
    Mayor
    Ambassador
    Spokesman
    Spokeswoman
    Spokesperson
    Chairman
    Chairwoman
    Chair
    Director
    Commissioner
    Chief
    Judge
    Justice
    Chief Justice
    Attorney General
    General
    Gen.
    Admiral
    Adm.
    Colonel
    Col.
    Major
    Maj.
    Captain
    Capt.
    Lieutenant
    Lt.
    Sergeant
    Sgt.
    Officer
    Detective
    Sheriff
    Mr.
    Mrs.
    Ms.
    Miss
    Mr
    Mrs
    Ms
    Dr.
    Dr
    Prof.
    Professor
    Rev.
    Reverend
    Father
    Sister
    Brother
    Rabbi
    Imam
    Pope
    Cardinal
    Bishop
    Archbishop
    King
    Queen
    Prince
    Princess
    Sheikh
    Emir
    Sultan
    Speaker
    Leader
    Whip
    Candidate
    Nominee
    Councilman
    Councilwoman
    Councillor
    Alderman
    Delegate
    Assemblyman
    Assemblywoman
    Envoy
    Consul
    Chancellor
    CEO
    Chief Executive
    Founder
    Editor
    Anchor
    Host
    Coach
    Commander
    Marshal
    Sir
    Dame
    Lord
    Lady
    Supreme Leader
    State Councilor
    Foreign Minister
    Defense Secretary
    Secretary of State
    Secretary of Defense
    Press Secretary
    Spokesman
    Ald.
    Del.
    Sens.
    Reps.
    Govs.
    Pres.
    Supt.
    Insp.
    Atty.
    """
)
_EN_TITLE_MODIFIERS: tuple[str, ...] = _words(
    """
    Vice Deputy Former Acting Interim Assistant Associate Senior Chief Foreign Defense Defence
    Finance Interior Justice Health Trade Commerce Energy Education Labor Labour Home State
    Treasury Prime Executive Managing General Press Supreme Federal National Regional Provincial
    Municipal U.S. US UN U.N. EU NATO Democratic Republican GOP Labour Conservative House Senate
    Majority Minority White Party Communist Presidential Opposition Chinese Russian American
    British French German Japanese Indian Pakistani Iranian Israeli Palestinian Turkish Syrian
    Iraqi Afghan Saudi Egyptian Ukrainian Polish Italian Spanish Mexican Canadian Brazilian
    Australian Korean South North Vietnamese Philippine Filipino Indonesian Malaysian Thai
    Swedish Norwegian Danish Finnish Dutch Belgian Swiss Austrian Greek Hungarian Czech Serbian
    Cuban Venezuelan Colombian Argentine Chilean Peruvian Nigerian Kenyan Ethiopian African
    European Asian Arab Sri Lankan Bangladeshi Nepali Mongolian Kazakh Uzbek Belarusian Georgian
    Armenian Azerbaijani Emirati Qatari Jordanian Lebanese Libyan Tunisian Moroccan Algerian
    Sudanese Somali Ghanaian Senegalese Zimbabwean Zambian Tanzanian Ugandan Rwandan Cambodian
    Singaporean Taiwanese Irish Scottish Welsh Portuguese Romanian Bulgarian Croatian Slovak
    Slovenian Estonian Latvian Lithuanian Icelandic Cypriot Maltese Hong Kong Macao Macau
    Kremlin
    """
)
_EN_NAME_PARTICLES: tuple[str, ...] = _words(
    """
    de da di del della der den van von bin ibn al el le la du dos das ter ten zu y St.
    """
)
_EN_STOP_CAPITALS: tuple[str, ...] = _words(
    """
    The A An And But Or Nor So Yet For If When While Where Why What Who Whom Whose Which How
    That This These Those There Here Then Now Still Also In On At By To From With Without Of As
    After Before Since Until Although Though Because However Meanwhile Moreover Indeed Instead
    Yes No Not It Its He She They We I You His Her Their Our My Your Its Some Many Most All
    Every Each Both Either Neither One Another Other Such Even Just Only Last Next Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Asked Speaking Writing According Consider Put
    Simple Interestingly Similarly Above First Second Third Finally Earlier Later Today Tonight
    Yesterday Tomorrow Do Does Did Is Are Was Were Has Have Had Will Would Can Could Should May
    Might Must Let Please Thank Thanks Oh Well Mr Ms Mrs Sen Rep Gov Dr Like Unlike Despite
    During Over Under Against Among Between Through Into Upon About
    """
)
_EN_AUXILIARIES: tuple[str, ...] = _phrases(
    """
    also
    later
    then
    once
    previously
    earlier
    recently
    again
    further
    has
    had
    have
    would
    will
    did
    does
    do
    could
    might
    may
    must
    should
    reportedly
    allegedly
    repeatedly
    often
    frequently
    publicly
    privately
    famously
    simply
    flatly
    bluntly
    openly
    angrily
    quickly
    quietly
    firmly
    clearly
    herself
    himself
    themselves
    itself
    has also
    had also
    has previously
    once famously
    has often
    is
    was
    were
    are
    has been
    had been
    has long
    had long
    then
    even
    first
    last
    just
    not
    recently
    candidly
    succinctly
    aptly
    rightly
    memorably
    """
)
_EN_ACCORDING_TO: tuple[str, ...] = _phrases(
    """
    according to
    as quoted by
    in the words of
    quoting
    citing
    as put by
    """
)
_EN_ELISIONS: tuple[str, ...] = _words(
    """
    em til tis twas cause bout round n s ol nuff sup kay ya cept
    """
)

_EN_AFTER_SPEAKER: tuple[str, ...] = _phrases(
    """
    in
    on
    at
    during
    to
    of
    for
    from
    about
    after
    before
    when
    while
    with
    who
    whose
    which
    last
    this
    and
    as
    told
    via
    through
    according
    yesterday
    today
    tonight
    earlier
    later
    recently
    once
    afterward
    afterwards
    Monday
    Tuesday
    Wednesday
    Thursday
    Friday
    Saturday
    Sunday
    wrote
    added
    in an interview
    """
)

ENGLISH = Lexicon(
    code="en",
    speech_verbs=tuple(
        dict.fromkeys(
            [f for lemma in _EN_REGULAR_VERBS for f in english_verb_forms(lemma)]
            + list(_EN_IRREGULAR_VERBS)
        )
    ),
    speech_phrases=_EN_PHRASES,
    according_to=_EN_ACCORDING_TO,
    naming_verbs=_EN_NAMING_VERBS,
    speech_nouns=_EN_SPEECH_NOUNS,
    pronouns=_EN_PRONOUNS,
    nominal_heads=_EN_NOMINAL_HEADS,
    determiners=_EN_DETERMINERS,
    titles=_EN_TITLES,
    title_modifiers=_EN_TITLE_MODIFIERS,
    name_particles=_EN_NAME_PARTICLES,
    stop_capitals=_EN_STOP_CAPITALS,
    auxiliaries=_EN_AUXILIARIES,
    elisions=_EN_ELISIONS,
    after_speaker=_EN_AFTER_SPEAKER,
)

# --------------------------------------------------------------------------- German

GERMAN = Lexicon(
    code="de",
    speech_verbs=_phrases(
        """
        sagt
        sagte
        sagten
        gesagt
        erklärt
        erklärte
        erklärten
        betont
        betonte
        betonten
        meint
        meinte
        meinten
        fügt
        fügte
        ergänzt
        ergänzte
        warnt
        warnte
        warnten
        schreibt
        schrieb
        schrieben
        twittert
        twitterte
        stellt
        stellte
        kritisiert
        kritisierte
        fordert
        forderte
        berichtet
        berichtete
        bestätigt
        bestätigte
        räumt
        räumte
        versichert
        versicherte
        unterstreicht
        unterstrich
        bekräftigt
        bekräftigte
        antwortet
        antwortete
        erwidert
        erwiderte
        mahnt
        mahnte
        sagen
        teilt
        teilte
        behauptet
        behauptete
        argumentiert
        argumentierte
        erzählt
        erzählte
        fragt
        fragte
        ruft
        rief
        verkündet
        verkündete
        kommentiert
        kommentierte
        hieß es
        heißt es
        """
    ),
    speech_phrases=_phrases(
        """
        sagte der
        sagte die
        teilte mit
        fügte hinzu
        stellte klar
        räumte ein
        sagte am
        sagte in
        """
    ),
    according_to=("laut", "nach Angaben von"),
    post_quote_markers=("so",),
    naming_verbs=_phrases(
        """
        nannte
        nennt
        bezeichnete
        bezeichnet
        sprach von
        spricht von
        """
    ),
    speech_nouns=_words(
        """
        Worte Aussage Äußerung Forderung Warnung Rede
        """
    ),
    pronouns=_words(
        """
        er sie es Er Sie Es
        """
    ),
    nominal_heads=_words(
        """
        Sprecher Sprecherin Zeitung Ministerium Regierung Behörde Minister Ministerin Kanzler
        Kanzlerin Präsident Präsidentin Polizei Experte Experten Expertin Bericht Mitteilung
        """
    ),
    determiners=_words(
        """
        der die das ein eine Der Die Das
        """
    ),
    titles=_words(
        """
        Bundeskanzlerin Bundeskanzler Kanzlerin Kanzler Bundespräsident Präsident Präsidentin
        Minister Ministerin Außenminister Außenministerin Innenminister Finanzminister
        Ministerpräsident Ministerpräsidentin Bürgermeister Bürgermeisterin Herr Frau Sprecher
        Sprecherin Chef Chefin Vorsitzende Vorsitzender Prof. Dr.
        """
    ),
    title_modifiers=_words(
        """
        Bundes Ex SPD CDU CSU FDP AfD Grünen
        """
    ),
    name_particles=("von", "van", "de", "zu", "der"),
    stop_capitals=_words(
        """
        Der Die Das Ein Eine Und Aber Doch Wenn Als Wie Was Wer Im In Am An Auf Mit Nach Bei Für
        Von Zu Es Er Sie Wir Ich Man Auch Noch Nur So Dann Dass Denn Oder Laut
        """
    ),
    auxiliaries=_words(
        """
        auch noch dann später zudem bereits hat habe
        """
    ),
    after_speaker=_words(
        """
        am im in auf bei vor nach gegenüber der dem den zu mit über während laut und heute
        gestern bereits
        """
    ),
)

#: The lexicons used when the caller names none (English first, then German).
DEFAULT_LEXICONS: tuple[Lexicon, ...] = (ENGLISH, GERMAN)

# The lexicons of the quote extraction running in this context. Set for the duration
# of one :func:`opinionpiece.quotes.extract_quotes` call by :func:`using`; there is no
# global registry to mutate.
_ACTIVE: contextvars.ContextVar[tuple[Lexicon, ...]] = contextvars.ContextVar(
    "opinionpiece_lexicons", default=DEFAULT_LEXICONS
)


# The compiled patterns of the active choice, set together with _ACTIVE.
_PATTERNS: contextvars.ContextVar[Patterns | None] = contextvars.ContextVar(
    "opinionpiece_patterns", default=None
)


def check(lexicons: Iterable[Lexicon]) -> tuple[Lexicon, ...]:
    """Validate a choice of lexicons: at least one, each with speech verbs.

    Raises:
        ValueError: If there is no lexicon, or one has no speech verbs.
    """
    chosen = tuple(lexicons)
    if not chosen:
        raise ValueError("at least one lexicon is needed")
    for lex in chosen:
        if not lex.speech_verbs:
            raise ValueError(f"lexicon {lex.code!r} has no speech verbs")
    return chosen


@contextlib.contextmanager
def using(lexicons: Iterable[Lexicon]) -> Iterator[None]:
    """Make ``lexicons`` the active ones within the ``with`` block (this context only)."""
    chosen = check(lexicons)
    token = _ACTIVE.set(chosen)
    compiled = _PATTERNS.set(_compile(chosen))
    try:
        yield
    finally:
        _PATTERNS.reset(compiled)
        _ACTIVE.reset(token)


def lexicons() -> tuple[Lexicon, ...]:
    """The active lexicons (the defaults unless inside :func:`using`)."""
    return _ACTIVE.get()


def alternation(words: Iterable[str], *, ignore_case_first: bool = False) -> str:
    """A non-capturing, longest-first alternation of literal words and phrases.

    Each space inside a phrase matches one or more white-space characters.

    Args:
        words: The literal alternatives.
        ignore_case_first: Also accept the alternatives with a capital first letter.

    Returns:
        The pattern source, such as ``(?:told\\s+reporters|said)``.

    Raises:
        ValueError: If ``words`` is empty (an empty alternation matches everywhere).
    """
    items = _alternatives(words, ignore_case_first=ignore_case_first)
    if not items:
        raise ValueError("refusing to build an empty alternation")
    parts = [r"\s+".join(regex.escape(p) for p in w.split()) for w in items]
    parts.sort(key=lambda p: (-len(p), p))
    return "(?:" + "|".join(parts) + ")"


def _alternatives(words: Iterable[str], *, ignore_case_first: bool = False) -> set[str]:
    """The literal alternatives of :func:`alternation` (before escaping)."""
    items: set[str] = set()
    for w in words:
        w = w.strip()
        if not w:
            continue
        items.add(w)
        if ignore_case_first:
            items.add(w[0].upper() + w[1:])
    return items


#: The run of word characters (those the word boundaries ``_WB_L`` and ``_WB_R`` tell
#: apart) starting at a position, and, as a reverse pattern, the one ending at it.
WORD_RUN = regex.compile(r"[\p{L}\p{N}_]*+")
WORD_RUN_REV = regex.compile(r"(?r)[\p{L}\p{N}_]*+")


def _edge_runs(
    groups: Iterable[tuple[Iterable[str], bool]], *, last: bool = False
) -> frozenset[str]:
    """The runs of word characters that open (or, with ``last``, close) the literal
    alternatives of :func:`alternation` of each ``(words, ignore_case_first)`` group.

    An alternative opens with its first word, which ends at white space or at a
    character that is not a word character; so a text an alternative matches at a
    position has, as its run of word characters there, the alternative's opening run.
    """
    runs: set[str] = set()
    for words, ignore_case_first in groups:
        for item in _alternatives(words, ignore_case_first=ignore_case_first):
            parts = item.split()
            edge = WORD_RUN_REV.match(parts[-1]) if last else WORD_RUN.match(parts[0])
            runs.add(edge.group() if edge is not None else "")
    return frozenset(runs)


def _phrase_set(words: Iterable[str]) -> frozenset[str]:
    """The entries of :func:`alternation` as single-spaced phrases: a phrase of tokens
    joined by single spaces matches the alternation whole exactly when it is in the set."""
    return frozenset(" ".join(w.split()) for w in words if w.strip())


def _collect(lexs: tuple[Lexicon, ...], field: str) -> tuple[str, ...]:
    out: list[str] = []
    for lex in lexs:
        out.extend(getattr(lex, field))
    return tuple(dict.fromkeys(out))


_TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")
#: ``_TOKEN`` on text of ASCII and general punctuation (U+2000–U+206F: curly quotes,
#: dashes), whose letters and digits are ``[A-Za-z0-9]`` (a test checks every code point
#: of the block): the standard library's engine finds the same words faster.
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*")
_GAP = regex.compile(r"\s+")


@attrs.frozen
class WordMatch:
    """Where a :class:`WordSet` entry was found (a small stand-in for a regex match)."""

    begin: int
    finish: int
    text: str
    kinds: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """The first kind of the entry found (``""`` for a plain word set)."""
        return self.kinds[0] if self.kinds else ""

    def start(self) -> int:
        """Start offset."""
        return self.begin

    def end(self) -> int:
        """End offset (exclusive)."""
        return self.finish

    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.begin, self.finish)

    def group(self) -> str:
        """The matched text."""
        return self.text


class WordSet:
    """Whole-word lookup of words and phrases: the fast twin of an :func:`alternation`.

    A hash lookup per word instead of trying hundreds of alternatives at every position;
    it finds the entries the alternation would, at word boundaries, with any white space
    between the words of a phrase. Entries may carry a kind (``cue``, ``noun``), so one
    pass over a window finds every kind at once.
    """

    __slots__ = ("_first",)

    def __init__(
        self,
        entries: Iterable[str] | dict[str, Iterable[str]],
        *,
        ignore_case_first: bool = False,
    ) -> None:
        groups = entries if isinstance(entries, dict) else {"": entries}
        kinds: dict[tuple[str, ...], list[str]] = {}
        for kind, items in groups.items():
            for entry in items:
                words = tuple(_TOKEN.findall(entry))
                if not words or " ".join(words) != " ".join(entry.split()):
                    continue  # entries must be plain words separated by spaces
                variants = [words]
                if ignore_case_first:
                    variants.append((words[0][0].upper() + words[0][1:], *words[1:]))
                for v in variants:
                    seen = kinds.setdefault(v, [])
                    if kind not in seen:
                        seen.append(kind)
        if not kinds:
            raise ValueError("refusing to build an empty word set")
        first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for words, ks in kinds.items():
            first.setdefault(words[0], []).append((words, tuple(ks)))
        # longest phrase first; ties keep the order the entries were given in
        self._first = {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in first.items()}

    def _phrase_at(
        self,
        text: str,
        start: int,
        end0: int,
        phrases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...],
        endpos: int,
    ) -> WordMatch | None:
        # the words after the first one, read once for all the phrases (each phrase used to
        # read them again: ``said`` tried four phrases, two pattern calls a word each)
        after: list[tuple[str, int]] = []  # (word, its end)
        more = True  # whether a word may follow the last one read
        for words, kinds in phrases:
            n = len(words)
            k = 1
            while k < n:
                if k > len(after):
                    if not more:
                        break
                    pos = after[-1][1] if after else end0
                    gap = _GAP.match(text, pos, endpos)
                    nxt = _TOKEN.match(text, gap.end(), endpos) if gap is not None else None
                    if nxt is None:
                        more = False
                        break
                    after.append((nxt.group(), nxt.end()))
                if after[k - 1][0] != words[k]:
                    break
                k += 1
            if k == n:
                end = after[n - 2][1] if n > 1 else end0
                return WordMatch(start, end, text[start:end], kinds)
        return None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> WordMatch | None:
        """An entry starting exactly at ``pos`` (and at a word start), or None."""
        endpos = len(text) if endpos is None else endpos
        if pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "_"):
            return None
        m = _TOKEN.match(text, pos, endpos)
        if m is None:
            return None
        phrases = self._first.get(m.group())
        return None if phrases is None else self._phrase_at(text, pos, m.end(), phrases, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[WordMatch]:
        """Every entry in ``text[pos:endpos]``, left to right, without overlaps."""
        endpos = len(text) if endpos is None else endpos
        first = self._first
        skip = pos
        plain = NOT_ASCII_OR_PUNCTUATION.search(text, pos, endpos) is None
        for m in (_ASCII_TOKEN if plain else _TOKEN).finditer(text, pos, endpos):
            phrases = first.get(m.group())
            if phrases is None:
                continue
            start = m.start()
            if start < skip or (start > 0 and text[start - 1] == "_"):
                continue
            found = self._phrase_at(text, start, m.end(), phrases, endpos)
            if found is not None:
                skip = found.finish
                yield found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> WordMatch | None:
        """The first entry in ``text[pos:endpos]``, or None."""
        return next(self.finditer(text, pos, endpos), None)


@attrs.frozen(kw_only=True)
class Patterns:
    """Compiled patterns composed from the active lexicons.

    The large word lists (cues, naming verbs, ``according to`` phrases, speech nouns) are
    :class:`WordSet` lookups: a hash lookup per word is far faster than a regex of several
    hundred alternatives. :func:`cue_pattern` composes the same cues as a regex for callers
    who want one.

    Attributes:
        cue_words: Speech verbs and phrases (``said``, ``told reporters``).
        all_words: Cues, naming verbs, ``according to`` phrases and speech nouns in one
            lookup, with kinds ``cue``, ``naming``, ``according`` and ``noun``.
        naming_words: Naming verbs (``called``, ``described``).
        according_words: ``according to``-type phrases (capitalized first word too).
        noun_words: Speech nouns (``remarks``, ``words``).
        post_marker: A short marker before a speaker after a quote (German ``so``).
        pronoun: A pronoun, as a whole word.
        nominal: A nominal speaker (``the spokesman``, ``a senior official``).
        nominal_rev: The same, as a reverse pattern: ``match(text, pos, endpos)`` finds a
            nominal speaker ending exactly at ``endpos``.
        nominal_first: The runs of word characters (:data:`WORD_RUN`) a text matched by
            ``nominal`` opens with: where the text's run is not one of them, ``nominal``
            does not match (the cheap test before the pattern).
        nominal_last: The runs of word characters (:data:`WORD_RUN_REV`) a text matched
            by ``nominal_rev`` ends with.
        title_word: One title token sequence, anchored (``Prime Minister``, ``Sen.``).
        title_phrases: The same titles as a set, each with single spaces: the fast test
            for a phrase of tokens already joined by single spaces (what ``title_word``
            matches whole).
        title_modifier: One title modifier (``Vice``, ``Chinese``).
        stop_capital: One capitalized word that never starts a name.
        stop_capitals: The same words as a set (the fast test for one token).
        particle: One name particle.
        auxiliary: Adverbs/auxiliaries between a speaker and the cue, with spaces.
        elision: An elided word after an apostrophe (``em``), anchored.
        after_speaker: What may follow a speaker named after a cue: punctuation, the end
            of the text or an ``after_speaker`` word. Anchored with ``match``.
    """

    cue_words: WordSet
    all_words: WordSet
    naming_words: WordSet
    according_words: WordSet
    noun_words: WordSet
    post_marker: regex.Pattern[str]
    pronoun: regex.Pattern[str]
    nominal: regex.Pattern[str]
    nominal_rev: regex.Pattern[str]
    nominal_first: frozenset[str]
    nominal_last: frozenset[str]
    title_word: regex.Pattern[str]
    title_phrases: frozenset[str]
    title_modifier: regex.Pattern[str]
    stop_capital: regex.Pattern[str]
    stop_capitals: frozenset[str]
    particle: regex.Pattern[str]
    auxiliary: regex.Pattern[str]
    elision: regex.Pattern[str]
    after_speaker: regex.Pattern[str]


_WB_L = r"(?<![\p{L}\p{N}_])"
_WB_R = r"(?![\p{L}\p{N}_])"


def patterns() -> Patterns:
    """The compiled patterns of the active lexicons (compiled once per choice)."""
    found = _PATTERNS.get()
    return found if found is not None else _compile(_ACTIVE.get())


@functools.lru_cache(maxsize=16)
def _compile(lexs: tuple[Lexicon, ...]) -> Patterns:
    """Compile the patterns of ``lexs``."""
    cue_words = _collect(lexs, "speech_verbs") + _collect(lexs, "speech_phrases")
    post = _collect(lexs, "post_quote_markers") or ("\u0000never",)
    heads = alternation(_collect(lexs, "nominal_heads"), ignore_case_first=True)
    dets = alternation(_collect(lexs, "determiners"), ignore_case_first=True)
    modifier = r"(?:[\p{L}][\p{L}\p{N}'’.-]*\s+)"
    nominal = rf"{_WB_L}(?:{dets}\s+{modifier}{{0,3}}?{heads}|{heads}){_WB_R}"
    nominal_rev = rf"(?r){_WB_L}(?:{dets}\s+{modifier}{{0,3}}?)?{heads}"

    def word(src: str) -> regex.Pattern[str]:
        return regex.compile(_WB_L + src + _WB_R)

    return Patterns(
        cue_words=WordSet(cue_words),
        all_words=WordSet(
            {
                "cue": cue_words,
                "naming": _collect(lexs, "naming_verbs"),
                "according": [
                    v for w in _collect(lexs, "according_to") for v in (w, w[0].upper() + w[1:])
                ],
                "noun": _collect(lexs, "speech_nouns"),
            }
        ),
        naming_words=WordSet(_collect(lexs, "naming_verbs")),
        according_words=WordSet(_collect(lexs, "according_to"), ignore_case_first=True),
        noun_words=WordSet(_collect(lexs, "speech_nouns")),
        post_marker=word(alternation(post)),
        pronoun=word(alternation(_collect(lexs, "pronouns"), ignore_case_first=True)),
        nominal=regex.compile(nominal),
        nominal_rev=regex.compile(nominal_rev),
        nominal_first=_edge_runs(
            ((_collect(lexs, "determiners"), True), (_collect(lexs, "nominal_heads"), True))
        ),
        nominal_last=_edge_runs(((_collect(lexs, "nominal_heads"), True),), last=True),
        title_word=regex.compile(alternation(_collect(lexs, "titles")) + r"\Z"),
        title_phrases=_phrase_set(_collect(lexs, "titles")),
        title_modifier=regex.compile(alternation(_collect(lexs, "title_modifiers")) + r"\Z"),
        stop_capital=regex.compile(alternation(_collect(lexs, "stop_capitals")) + r"\Z"),
        stop_capitals=_phrase_set(_collect(lexs, "stop_capitals")),
        particle=regex.compile(alternation(_collect(lexs, "name_particles")) + r"\Z"),
        auxiliary=regex.compile(r"(?:" + alternation(_collect(lexs, "auxiliaries")) + r"\s+){0,2}"),
        elision=regex.compile(
            alternation(_collect(lexs, "elisions"), ignore_case_first=True) + _WB_R
        ),
        after_speaker=regex.compile(
            r"\s*(?:[.,;:!?()\]—–―-]|\Z|"
            + alternation(_collect(lexs, "after_speaker"))
            + _WB_R
            + ")"
        ),
    )


def cue_pattern() -> regex.Pattern[str]:
    """Every active speech verb and phrase as one whole-word :mod:`regex` pattern.

    Not used by :mod:`opinionpiece.quotes` (which uses the faster
    :attr:`Patterns.cue_words`); offered for callers who want a pattern.
    """
    lexs = _ACTIVE.get()
    words = _collect(lexs, "speech_verbs") + _collect(lexs, "speech_phrases")
    return _cue_regex(words)


@functools.lru_cache(maxsize=16)
def _cue_regex(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(_WB_L + alternation(words) + _WB_R)
