"""Per-field accuracy of opinionpiece on the development data sets.

Usage::

    .venv/bin/python benchmarks/eval_fields.py [DATA_DIR] [--show FIELD] [--limit N]

``DATA_DIR`` is the datasets directory (holding ``trafilatura-eval/``,
``chinadaily-mibrix/`` and ``webis-editorials/``); without it the environment variable
``OPINIONPIECE_DATA`` is used. ``--show FIELD`` prints the failures of one field
(``traf.authors``, ``traf.titles``, ``traf.dates``, ``cd.authors``, ``cd.credits``,
``webis.bios``).

Normalization used by every comparison (``norm``): Unicode NFKC, case folded, curly
quotes and dashes made plain, every run of non-word characters collapsed to one space,
stripped.

trafilatura-eval (``dumps/NAME.txt`` with facts in ``evaldata.json``)
--------------------------------------------------------------------
Each dump is parsed whole, as it is (the dump is the page as a text scraper keeps it).

* **authors** -- scored on pages whose gold ``author`` is non-empty. The gold string is
  split on ``;``, ``,``, `` and ``, `` und `` and ``&`` (a list is taken as it is); an
  author is right when the set of normalized gold names equals the set of normalized
  ``Article.authors`` names. Honorifics (``Dr``, ``Prof``) are dropped on both sides.
  Reported beside it, not part of the score: on pages whose gold author is empty, the
  share where the parser also reports no author; and ``traf.authors*``, the same score
  on the pages whose gold author is not one of the gold errors listed in
  ``AUTHOR_GOLD_ERRORS`` below (the headline ``traf.authors`` counts every page).

  Gold errors (``AUTHOR_GOLD_ERRORS``): pages whose gold ``author`` contradicts what
  the library is asked to return, or is plainly wrong. The parser is not bent to them.

  - an agency, wire or outlet given as the author (the library puts these in
    ``Article.agencies``, never in ``authors``): ``dpa/lno``, ``hessenschau.de/bb``,
    ``dsw / DPA``, ``SWR Fernsehen``, ``red, wien.ORF.at/Agenturen``,
    ``MDR THÜRINGEN/ls``, ``AFP/The Local``, ``FR mit dpa``, ``APA/AP``, ``JIJI``,
    ``kathpress``, ``det/dpa``, ``Agencia EFE``, ``Deutschlandfunk``, ``7 News WSVN``,
    and site names (``www.koffergepackt.com``, ``uncut-news.ch``, ``Fluessiggas.de``,
    ``SolarServer``);
  - an organisation, company or newsroom given as the author of a page that names no
    person: ``Greenpeace``, ``Ørsted``, ``Nordex SE``, ``EnBW …``, ``Empa``, ``ZVEI``,
    ``VZS``, ``Offshore-Stiftung``, ``Daheim Solar``, ``Oekologisch-bauen``,
    ``Wikimedia Foundation``, ``brand eins``, ``Emotion``, ``Greator``, ``nwx``,
    ``she works``, ``heavenlynnhealthy``, ``BBAW``, ``Pressestelle des Deutschen
    Caritasverbandes``, ``Die Redaktion von Battery News``, ``Greentech.LIVE
    Redaktion``, ``Redaktion Gelbe Liste Pharmindex``, ``auto-motor.at Redaktion``,
    ``Redaktion Polizeiticker Schweiz``, ``Teufel Blog Redaktion``, ``Support Team``,
    ``revamp-it Webteam``;
  - a place, topic or section rather than a person: ``MEDELLÍN`` (a section),
    ``Baselbiet, Ormalingen`` (places), ``Jeanine Áñez`` (a topic link under the
    article), ``Catch more fish`` (a forum section), ``Rezepte von Mutti`` (a category);
  - a role, affiliation, place or byline word kept in the name (the library strips
    them into ``roles``/``location``): ``…, PhD``, ``James Lynch from University of
    Michigan``, ``… For The Mail On Sunday``, ``Camila Méndez en Territorio``,
    ``Dr. Karin J. Schmitz Abteilung Öffentlichkeitsarbeit``, ``Amber Guetebier
    Shares``, ``Von Roland Brockmann und …``, ``Markus M. Haefliger, London, …``,
    ``STAFF AND NEWS SERVICE REPORTS`` (split at ``and`` into a person ``news service
    reports``), ``Michael Rädel, Redaktion`` (``Redaktion`` is his desk, not a second
    author);
  - a name split or joined wrongly by the gold string itself: ``Herz und Blut`` (one
    blog's name, split at ``und``), ``E. BARRENECHE / J. I. DA SILVA`` (two people
    joined by ``/``);
  - misspelt: ``oachim Schork`` (the page says Joachim Schork);
  - a photo credit or photo source, not the writer: ``Jens Büttner``
    (``© APA/APA (dpa)/Jens Büttner`` under a picture), ``JUERGEN HASENKOPF``
    (``Quelle:`` of the photo);
  - a placeholder: ``Unknown`` (Blogger's name for a profile without one);
  - a name printed nowhere in the dump (taken from the page's metadata): five pages.
* **titles** -- scored on pages with a non-empty gold ``title``: right when the
  normalized titles are equal, or when one contains the other and the shorter is at least
  half as long as the longer (a page title that carries the site name, ``Title – Blog``).
  Soft hyphens (U+00AD, invisible) are dropped from both first: a few gold titles carry
  them where the page's text does not. Gold titles known to be wrong
  (``TITLE_GOLD_ERRORS`` below), counted as failures all the same; ``traf.titles*``,
  reported beside, is the same score on the other pages:

  - misspelt: ``7mind.de.grenzen`` (``setzten``), ``baumeister.de.sportzentrum``
    (``Kerenzberg``);
  - a wording printed nowhere in the dump (taken from the page's metadata):
    ``selbstversorger.de-Huhn``, ``gothamist.com-plagues``, ``redtri.com.jokes``
    (``265 Hilarious Jokes``; the page says 317), the stern.de page
    ``d70fab3adde74d5fb63552855c981395`` (``… es drohen Chaos-Tage``),
    ``deutsche-wirtschafts-nachrichten.de-Industriestrompreis``,
    ``Ostbelgiendirekt.be-ARD-Doku``, ``winfuture.de-NASA``,
    ``singapur-reiseinfo.de.abc`` (``Reise ABC für Singapur``);
  - the text as the page should have been decoded: ``archive.org.he.xinhuanet.com.25340717``
    (the dump itself is mojibake: ``»°¾ç¡¶…``);
  - the page title with the site's name kept: ``creativecommons.org``
    (``What we do - Creative Commons``; the page prints ``What we do``),
    ``baike.baidu.com.tanya`` (``蔡健雅_百度百科``, ``百度百科`` being the site).
* **dates** -- scored on pages with a non-empty gold ``date``: right when
  ``Article.published`` is on the same calendar day.

chinadaily-mibrix (the two CSV files)
-------------------------------------
Each row is turned into a dump shaped like a scraped China Daily page:

1. the ``title``, a blank line;
2. the byline line as China Daily prints it: ``By AUTHOR | China Daily | Updated: DATE``
   for a person, ``AUTHOR | Updated: DATE`` when ``author`` is one of the source names
   the site prints without ``By`` (``SOURCES`` below: Xinhua, China Daily,
   chinadaily.com.cn, ..., and any domain name such as ``fmprc.gov.cn``), or
   ``Updated: DATE`` alone when ``author`` is empty; ``DATE`` is ``date_cleaned``. The
   literal ``\\xc2\\xa0`` / ``\\xc3\\xb3`` escapes a few CSV cells hold (UTF-8 bytes
   printed as escapes by the original scraper) are decoded back into characters
   (U+00A0, ``ó``). Then a blank line;
3. the body ``text`` (one line: the CSV lost the paragraph breaks), a blank line;
4. each distinct non-empty caption of ``fig_captions`` as its own paragraph, the first
   one printed twice (two paragraphs) as pages that carry a hidden and a visible copy do.

* **authors** -- scored on rows with a non-empty ``author``. Gold persons: the ``author``
  split on ``,``, `` and `` and ``&``, each part cut at `` in `` / `` at `` (a place;
  a one-word part right after a part with a place continues that place:
  ``in Nairobi, Kenya``), honorifics dropped; a part that is a source name is an agency,
  not a person. Right when the normalized person names equal the normalized
  ``Article.authors`` names *and* every gold agency is in ``Article.agencies``.
* **caption credits** -- scored per distinct caption that carries a credit (a caption
  without any credit cannot be told from body text in a dump, so it is not scored; the
  literal ``\\n"`` tails some CSV captions carry, a scraping artifact, are cut off
  first). The gold credit is the content of the caption's last ``[...]``
  (``[Photo/Xinhua]``), or else the run of words in capitals after the caption's last
  sentence (``… on Tuesday. LI TAO/XINHUA``, ``… REUTERS``), an unbracketed
  ``Photo provided to …``, or a credit making up the whole caption
  (``SHI YU/CHINA DAILY``, ``Jin Ding/China Daily``); a leading label word (``Photo``,
  ``Photos``, ``Image``) and its separator (``/``, ``:``) are removed. Right when the
  parser has a caption whose normalized text is the caption without the credit and whose
  normalized credit equals the gold one.

webis-editorials (one JSON file per editorial)
----------------------------------------------
The dump is the paragraphs (segments joined) separated by blank lines, the first being
the title. The gold bio is hand-labelled (``WEBIS_BIOS`` below): the trailing paragraph
that presents the author (``NAME is a columnist for ...``, ``NAME teaches at ...``, a book
note ``NAME's new book ... is published by ...``, a bracketed editor's note about the
author). Contact-only lines (``@handle``, ``Twitter: @handle``) and correction notes are
*not* bios. **bios** is right when the set of dump paragraphs overlapping the spans of
``Article.editor_note`` (counted only when the note has a ``bio``) equals the gold set
(empty for editorials without a bio).
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import glob
import json
import os
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import regex

import opinionpiece as op

SOURCES = frozenset(
    s.casefold()
    for s in (
        "Xinhua",
        "China Daily",
        "chinadaily.com.cn",
        "China Daily Global",
        "CGTN",
        "Global Times",
        "Agencies",
        "Reuters",
        "AFP",
        "AP",
        "Bloomberg",
        "Asia News Network",
        "China News Service",
        "Xinhua News Agency",
        "HK Edition",  # China Daily's Hong Kong edition, named in the author column
    )
)

#: trafilatura-eval pages whose gold author is wrong for this library (see the module
#: docstring): dump name -> why.
AUTHOR_GOLD_ERRORS: dict[str, str] = {
    **dict.fromkeys(
        (
            "d90b19386e2b48559082547016cbe5ec.txt",
            "d76cf81a74fa4633bd19d7060f5c05ee.txt",
            "d70fab3adde74d5fb63552855c981395.txt",
            "0b4609a864eb4fa0bbcb2b395f6be9eb.txt",
            "0a6291ebbce449b3b04256b43c73e39d.txt",
            "mdr.de.autohaeuser.txt",
            "thelocal.se.tattooed.txt",
            "fr.de.nordkorea.txt",
            "archive.org.stol.it.berlusconi.txt",
            "japantimes.co.jp.surgical.txt",
            "katholisch.at-alleinerziehende.txt",
            "sportnews.bz-peking.txt",
            "24horas.cl-segundo.txt",
            "linksfraktion.de-Abzocke.txt",
            "wsvn.com-crash.txt",
            "thebigbone.wordpress.com.ueberforderung.txt",
            "uncutnews.ch-ID-Diktat.txt",
            "fluessiggas.de.dimethylether.txt",
            "Solarserver.de.solarthermisches kraftwerk dubai.txt",
        ),
        "agency, wire, outlet or site name",
    ),
    **dict.fromkeys(
        (
            "greenpeace.de.nachhaltigleben.txt",
            "orsted.de.gruener-Wasserstoff.txt",
            "iwr.de.IWRpressedienst.Nordex.txt",
            "enwb.com.windpark.steinheim.txt",
            "chemie.de.spin-off.txt",
            "zvei.org.messestellenbetriebsgesetz.txt",
            "verbaende.com.2023.txt",
            "offshore-stiftung.de.offshore-windenergie.txt",
            "daheim-solar.de.batteriespeicher.txt",
            "oekologisch-bauen.info.energieeffizienz.txt",
            "wikimediafoundation.org.turkey.txt",
            "brandeins.de.wahresIch.txt",
            "emotion.de.selfcare.txt",
            "greator.com.innerezufriedenheit.txt",
            "nwx.new-work.se.digitaler-stress.txt",
            "she-works.de.sport.txt",
            "heavenlynnhealthy.de.mareenburk.txt",
            "uepo.de.glossar.txt",
            "caritas.de-Präsidentin.txt",
            "battery-news.de.ultium-cells.txt",
            "greentech.live.energiesparen bei cern.txt",
            "gelbe-liste.de-chininum.txt",
            "auto-motor.at-hyundaitest.txt",
            "polizeiticker.ch-Unfall.txt",
            "blog.teufel.de.leistung.txt",
            "wir-empfehlen.info.3289.txt",
            "talent.ch.5031.txt",
        ),
        "organisation, company or newsroom",
    ),
    **dict.fromkeys(
        (
            "eltiempo.com-candidatos.txt",
            "Volksstimme.ch-loehne.txt",
            "lostiempos.com-juicio.txt",
            "anglerboard.de-rute.txt",
            "der-erfolg-gibt-recht.de.rinderleber.txt",
        ),
        "place, topic or section",
    ),
    **dict.fromkeys(
        (
            "acpjournals.org.3075.txt",
            "wevolver.com.3dprinting.txt",
            "dailymail.co.uk.food.txt",
            "ladiaria.com.uy-productor.txt",
            "idw-online.de-Hybridbatterie.txt",
            "redtri.com.jokes.txt",
            "aussengedanken.de.feuerholz.txt",
            "d42c68f1b0f4408b81cf8f00bbe1a631.txt",
            "twincities.com-mayor.txt",
            "maenner.media-church.txt",
        ),
        "role, affiliation, place or byline word kept in the name",
    ),
    "herzundblut.com.Besuch.txt": "one name split at 'und'",
    "elpais.com.uy-gobierno.txt": "two names joined by '/'",
    "statisticsglobe.com.ggplot2.txt": "misspelt",
    "volksblatt.at-Alkoholkonsum.txt": "photo credit",
    "btv.de-spuren.txt": "photo source",
    "sibenlab.blogspot.com.privacy.txt": "placeholder",
    **dict.fromkeys(
        (
            "homify.de-Tischdecke.txt",
            "weselpower.wordpress.com.monstergesprche.txt",
            "guenter-pilger.de.mailaktion.txt",
            "ingenieur.de.kernfusion.txt",
            "axios.com.future.txt",
        ),
        "the gold name is nowhere in the dump",
    ),
}

#: trafilatura-eval pages whose gold title is wrong (see the module docstring): dump
#: name -> why.
TITLE_GOLD_ERRORS: dict[str, str] = {
    "7mind.de.grenzen.txt": "misspelt",
    "baumeister.de.sportzentrum.txt": "misspelt",
    **dict.fromkeys(
        (
            "selbstversorger.de-Huhn.txt",
            "gothamist.com-plagues.txt",
            "redtri.com.jokes.txt",
            "d70fab3adde74d5fb63552855c981395.txt",
            "deutsche-wirtschafts-nachrichten.de-Industriestrompreis.txt",
            "Ostbelgiendirekt.be-ARD-Doku.txt",
            "winfuture.de-NASA.txt",
            "singapur-reiseinfo.de.abc.txt",
        ),
        "printed nowhere in the dump",
    ),
    "archive.org.he.xinhuanet.com.25340717.txt": "the dump is mojibake",
    "creativecommons.org.txt": "the site's name kept",
    "baike.baidu.com.tanya.txt": "the site's name kept",
}

#: Hand-labelled end-of-article bios: file -> index of the bio paragraph (-1 = last).
WEBIS_BIOS: dict[str, int] = {
    "aljazeera/069-didcoltranesayallahsupreme.json": -1,
    "foxnews/025-beyondnewyearresolutionsfiftee.json": -1,
    "foxnews/079-expertblackstrustpolicemoretha.json": -1,
    "foxnews/083-fergusonobamacontinestoundermi.json": -1,
    "foxnews/090-fossilfuelsarenocatastrophehav.json": -1,
    "foxnews/168-nfl2015whyhoperayricegetsbacki.json": -1,
    "foxnews/197-paristerrorattackjournalismisu.json": -1,
    "foxnews/198-pariswhyobamapresencesundaywou.json": -1,
    "foxnews/270-usmustheedlessons11todefeatene.json": -1,
    "foxnews/276-whatdoblackandwhiterichandpoor.json": -1,
    "foxnews/281-whatwishobamahadsaidinhisstate.json": -1,
    "foxnews/290-whymostamericansopposemoregunc.json": -1,
    "foxnews/293-willcongressgivealibabagreenli.json": -1,
    "guardian/060-cocacolanisationbritaincocacol.json": -1,
    "guardian/091-freecommunitycollegepoorfamili.json": -1,
    "guardian/096-generalelectionpartyleaderssho.json": -1,
    "guardian/135-itusedtoberudenottoanswermicha.json": -1,
    "guardian/165-newnhshelplineyouvenothingtolo.json": -1,
    "guardian/273-vladimirputinauschwitzmemorial.json": -1,
}

_NONWORD = regex.compile(r"[\W_]++", regex.VERSION1)
_HONORIFIC = regex.compile(r"\A(?:dr|prof|mr|mrs|ms|sir)\b\.?+\s*+", regex.I | regex.VERSION1)
_SPLIT_NAMES = regex.compile(r"\s*+(?:;|,|&|\band\b|\bund\b)\s*+", regex.I | regex.VERSION1)


def norm(text: str) -> str:
    """Normalize for comparison (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NONWORD.sub(" ", text).strip()


def norm_name(name: str) -> str:
    """Normalize a person's name: honorifics and parentheses dropped, then :func:`norm`."""
    name = regex.sub(r"\([^()]{0,40}+\)", " ", name)
    name = _HONORIFIC.sub("", name.strip())
    return norm(name)


def split_names(value: str | list[str]) -> list[str]:
    """Split a gold author value into names."""
    parts = value if isinstance(value, list) else _SPLIT_NAMES.split(value)
    return [p.strip() for p in parts if p and p.strip()]


class Score:
    """Right / total counts and the failures of one field."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.right = 0
        self.total = 0
        self.failures: list[str] = []

    def add(self, ok: bool, failure: str) -> None:
        self.total += 1
        if ok:
            self.right += 1
        else:
            self.failures.append(failure)

    def __str__(self) -> str:
        acc = self.right / self.total if self.total else float("nan")
        return f"{self.name:<16} {acc:6.3f}  ({self.right}/{self.total})"


def title_ok(pred: str | None, gold: str) -> bool:
    """The title rule of the module docstring."""
    if not pred:
        return False
    p, g = norm(pred.replace("\u00ad", "")), norm(gold.replace("\u00ad", ""))
    if p == g:
        return True
    short, long_ = sorted((p, g), key=len)
    return bool(short) and short in long_ and len(short) * 2 >= len(long_)


def eval_trafilatura(root: Path, limit: int | None) -> list[Score]:
    """Authors, titles and dates on whole-page dumps."""
    facts = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    authors, titles, dates = Score("traf.authors"), Score("traf.titles"), Score("traf.dates")
    clean_titles = Score("traf.titles*")
    clean = Score("traf.authors*")
    no_author = Score("traf.no-author")
    bad_gold: list[str] = []
    for k, (_url, f) in enumerate(facts.items()):
        if limit is not None and k >= limit:
            break
        path = root / f["dump"]
        text = path.read_text(encoding="utf-8")
        a = op.parse(text)
        name = path.name
        if "author" in f:
            gold = {norm_name(n) for n in split_names(f["author"])} - {""}
            pred = {norm_name(x.name) for x in a.authors}
            if gold:
                same, why = pred == gold, f"{name}: gold {sorted(gold)} got {sorted(pred)}"
                authors.add(same, why)
                if name not in AUTHOR_GOLD_ERRORS:
                    clean.add(same, why)
            else:
                no_author.add(not pred, f"{name}: gold none got {sorted(pred)}")
        if f.get("title"):
            ok, why = title_ok(a.title, f["title"]), f"{name}: gold {f['title']!r} got {a.title!r}"
            titles.add(ok, why)
            if name not in TITLE_GOLD_ERRORS:
                clean_titles.add(ok, why)
        if f.get("date"):
            dm = regex.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})", f["date"])
            if dm is None:
                continue
            # a few gold dates are malformed (``2022-01.26``): read them leniently
            try:
                gold_day = dt.date(int(dm[1]), int(dm[2]), int(dm[3]))
            except ValueError:
                bad_gold.append(f"{name}: date {f['date']!r}")
                continue
            got = a.published
            day = got.date() if isinstance(got, dt.datetime) else got
            dates.add(day == gold_day, f"{name}: gold {gold_day} got {got}")
    for line in bad_gold:
        print("unusable gold:", line, file=sys.stderr)
    return [authors, titles, dates, no_author, clean, clean_titles]


_BRACKET = regex.compile(r"\s*+\[([^\[\]]{1,200}+)\]\s*+\Z", regex.VERSION1)
_CAPS_CREDIT = regex.compile(
    r"(?:(?<=[.!?\"”’)])\s++|\A)(\p{Lu}[\p{Lu}\d .'’&-]{0,60}+(?:\s*+/\s*+\p{Lu}[\p{Lu}\d .'’&-]"
    r"{0,60}+){0,3}+|(?i:(?:photos?+\s++)?+(?:provided\s++to|courtesy\s++of))\s++[^.]{2,60}+"
    r"|\A\p{Lu}[\p{L} .'’-]{0,40}+(?:/\s*+\p{L}[\p{L} .'’-]{0,40}+){1,3}+)\s*+\Z",
    regex.VERSION1,
)
_LABEL = regex.compile(r"\A(?:photos?+|images?+)\s*+[/:]?+\s*+", regex.I | regex.VERSION1)


_ESCAPED = regex.compile(r"(?:\\x[0-9a-fA-F]{2})++", regex.VERSION1)


def unescape(text: str) -> str:
    """Decode the literal ``\\xc3\\xb3`` runs some CSV cells hold (UTF-8 bytes printed
    as escapes by the original scraper) back into characters."""

    def fix(m: regex.Match[str]) -> str:
        raw = bytes(int(h, 16) for h in regex.findall(r"[0-9a-fA-F]{2}", m.group()))
        return raw.decode("utf-8", errors="replace")

    return _ESCAPED.sub(fix, text)


def is_source(name: str) -> bool:
    """A site or agency name the site prints without ``By`` (see ``SOURCES``), or a
    domain name (``fmprc.gov.cn``)."""
    name = name.strip()
    return name.casefold() in SOURCES or bool(regex.fullmatch(r"[\w-]++(?:\.[\w-]++)++", name))


def cd_dump(row: dict[str, str]) -> tuple[str, list[str]]:
    """The scraped-page dump of one CSV row and its distinct non-empty captions."""
    author = unescape(row["author"]).strip()
    date = row["date_cleaned"].strip()
    if not author:
        byline = f"Updated: {date}"
    elif is_source(author):
        byline = f"{author} | Updated: {date}"
    else:
        byline = f"By {author} | China Daily | Updated: {date}"
    try:
        raw_caps = ast.literal_eval(row["fig_captions"] or "[]")
    except (ValueError, SyntaxError):
        raw_caps = []
    caps: list[str] = []
    for c in raw_caps:
        c = " ".join(str(c).replace('\\n"', " ").replace("\\n", " ").split())
        if c and c not in caps:
            caps.append(c)
    parts = [row["title"].strip(), byline, row["text"].strip()]
    for i, c in enumerate(caps):
        parts.append(c + ("\n\n" + c if i == 0 else ""))
    return "\n\n".join(parts) + "\n", caps


def eval_chinadaily(root: Path, limit: int | None) -> list[Score]:
    """Authors/agencies and caption credits on dumps built from the CSV rows."""
    csv.field_size_limit(1 << 30)
    authors, credits = Score("cd.authors"), Score("cd.credits")
    rows: list[dict[str, str]] = []
    for path in sorted(root.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows.extend(csv.DictReader(fh))
    for k, row in enumerate(rows):
        if limit is not None and k >= limit:
            break
        dump, caps = cd_dump(row)
        a = op.parse(dump)
        label = row["url"].rsplit("/", 1)[-1]
        author = unescape(row["author"]).strip()
        if author:
            persons: set[str] = set()
            agencies: set[str] = set()
            after_place = False
            for part in split_names(author):
                if after_place and len(part.split()) == 1:
                    continue  # `in Nairobi, Kenya`: the country continues the place
                pieces = regex.split(r"\s++(?:in|at)\s++", part, maxsplit=1)
                after_place = len(pieces) > 1
                part = pieces[0]
                if is_source(part):
                    agencies.add(part.casefold())
                else:
                    persons.add(norm_name(part))
            got = {norm_name(x.name) for x in a.authors}
            got_ag = {x.casefold() for x in a.agencies}
            ok = got == persons and agencies <= got_ag
            authors.add(ok, f"{label}: {author!r} -> {sorted(got)} agencies {sorted(got_ag)}")
        found = {(norm(c.text), norm(c.credit or "")) for c in a.captions}
        for cap in caps:
            m = _BRACKET.search(cap) or _CAPS_CREDIT.search(cap)
            if m is None:
                continue
            gold_credit = _LABEL.sub("", m.group(1).strip())
            if regex.match(r"(?i)photos?+\s", m.group(1)):
                gold_credit = " ".join(m.group(1).split()[1:])
            gold_text = cap[: m.start()]
            ok = (norm(gold_text), norm(gold_credit)) in found
            credits.add(ok, f"{label}: {cap[-80:]!r} gold {gold_credit!r}")
    return [authors, credits]


def eval_webis(root: Path, limit: int | None) -> list[Score]:
    """End-of-article bios on the editorials."""
    bios = Score("webis.bios")
    files = sorted(glob.glob(str(root / "*" / "*.json")))
    for k, path in enumerate(files):
        if limit is not None and k >= limit:
            break
        rel = "/".join(Path(path).parts[-2:])
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        paras = [" ".join("".join(s["text"] for s in p).split()) for p in data["paragraphs"]]
        paras = [p for p in paras if p]
        starts: list[tuple[int, int]] = []
        pos = 0
        for p in paras:
            starts.append((pos, pos + len(p)))
            pos += len(p) + 2
        dump = "\n\n".join(paras) + "\n"
        a = op.parse(dump)
        gold: set[int] = set()
        for key, idx in WEBIS_BIOS.items():
            if rel == key:
                gold.add(idx % len(paras))
        pred: set[int] = set()
        note = a.editor_note
        if note is not None and note.bio:
            for span in note.spans:
                pred |= {i for i, (s, e) in enumerate(starts) if s < span.end and span.start < e}
        bios.add(pred == gold, f"{rel}: gold {sorted(gold)} got {sorted(pred)} of {len(paras)}")
    return [bios]


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("data", nargs="?", default=os.environ.get("OPINIONPIECE_DATA"))
    parser.add_argument("--show", action="append", default=[])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not args.data:
        parser.error("give DATA_DIR or set OPINIONPIECE_DATA")
    data = Path(args.data)
    scores: list[Score] = []
    if (data / "trafilatura-eval").is_dir():
        scores += eval_trafilatura(data / "trafilatura-eval", args.limit)
    if (data / "chinadaily-mibrix").is_dir():
        scores += eval_chinadaily(data / "chinadaily-mibrix", args.limit)
    if (data / "webis-editorials").is_dir():
        scores += eval_webis(data / "webis-editorials" / "data-source", args.limit)
    for s in scores:
        print(s)
    for s in scores:
        if s.name in args.show:
            print(f"\n--- {s.name} failures ({len(s.failures)})")
            for line in s.failures:
                print(" ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
