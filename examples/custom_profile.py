"""Write an outlet profile as data, register it on a registry you own, and parse with it.

Usage: python examples/custom_profile.py

The outlet here, the *Harbour Ledger*, is invented: it prints a ``Ledger note:`` label on
its author notes, a house disclaimer, two chrome lines and a contributor call.
Nothing in the library knows about it; the profile below is all it takes.
"""

from __future__ import annotations

import opinionpiece
from opinionpiece import Profile, ProfileRegistry

#: What is particular to the outlet, as data: no code.
HARBOUR_LEDGER = Profile(
    name="harbour-ledger",
    outlet="Harbour Ledger",
    # each pattern found in a dump is one piece of evidence for this outlet
    evidence=(r"harbourledger\.example", r"The Ledger takes no position"),
    # lines that are chrome when alone on a line, and whole-line chrome patterns
    chrome_lines=("Ledger Live", "Tide tables"),
    chrome_patterns=(r"Write to the Ledger at \S++.{0,100}+",),
    # the outlet's disclaimer sentence(s) and note labels
    disclaimers=(r"The Ledger takes no position on [^.]{1,120}+\.",),
    note_labels=("Ledger note",),
)

DUMP = """Ledger Live
Tide tables
Floating docks give river towns a second chance
By MARTA KOWALCZYK in Gdansk and Ola Berg

Ledger note: Marta Kowalczyk is a shipping correspondent at the Baltic Freight Institute. \
Ola Berg is a former harbour master. The Ledger takes no position on dredging contracts.

Floating docks are spreading along the coast this year, and the towns that built them early \
are now busier than the towns that waited for dredging.

Each dock costs less than a season of dredging, and it can be moved when the river shifts its \
bed, which it does every few years in the delta.

Write to the Ledger at letters@harbourledger.example with your views.
"""


def main() -> None:
    registry = ProfileRegistry.default()  # a fresh registry with the built-in profiles
    registry.register(HARBOUR_LEDGER)

    article = opinionpiece.parse(DUMP, registry=registry)
    print(f"outlet:  {article.outlet} (profile {article.profile})")
    for d in article.diagnostics:
        if d.code == "OP110":
            print(f"why:     {d.message}")
    for author in article.authors:
        print(f"author:  {author.name} (location {author.location})")
        print(f"  bio:   {author.bio}")
        print(f"  roles: {author.roles}  affiliations: {author.affiliations}")
    assert article.editor_note is not None
    print(f"disclaimer: {article.editor_note.disclaimer}")
    print(f"chrome:  {[b.text for b in article.boilerplate]}")

    # The same profile can be given directly, skipping detection:
    same = opinionpiece.parse(DUMP, profile=HARBOUR_LEDGER)
    assert same.outlet == "Harbour Ledger"
    # The built-in default registry is untouched: there is no global state.
    assert opinionpiece.parse(DUMP).outlet is None


if __name__ == "__main__":
    main()
