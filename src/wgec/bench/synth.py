"""A synthetic corpus of the same family as the WGEC texts, deterministic by seed.

Documents are written as text, in the two layouts the parser recognises (a CSTD
contribution cover with numbered recommendations, a rolling document of groups
A-E), with dated submitters, "on behalf of" coalitions, paragraph references,
names of agencies and forums, mapping tables, struck-through wording and, now
and then, a second re-wrapped rendition of a contribution.  So the parser, the
linker, rendition matching and validation all run on it: nothing is bypassed.
Scale 1 is about a thousand triples; scale 1000 about a million.
"""
from __future__ import annotations

import random
import textwrap
from pathlib import Path

from wgec.files import write_atomic

GOVERNMENTS = ["Russian Federation", "Saudi Arabia", "Pakistan", "Japan", "United States of America", "India",
               "Brazil", "Mexico", "Sweden", "United Kingdom", "Switzerland", "Hungary"]
PEOPLE = ["Parminder Singh", "Avri Doria", "Grace Githaiga", "Lea Kaspar", "Joy Liddicoat", "Jimson Olufuye",
          "Per Linner", "Carlos Alonso", "Peter Major", "Phil Rushton"]
AGENCIES = ["ITU", "UNDP", "UNESCO", "UNCTAD", "WIPO", "WTO", "WHO", "FAO", "WBG", "UN Women", "UN DESA", "UNGIS",
            "OECD", "ICANN"]
FORUMS = ["IGF", "WSIS Forum", "HLPF", "NetMundial"]
INSTRUMENTS = ["the Tunis Agenda", "the Geneva Declaration of Principles", "resolution A/70/125"]
LEVELS = ["Infrastructural level", "Content level", "Social-economic development level"]
WORDS = ("enhanced cooperation governments stakeholders public policy issues internet governance international "
         "development capacity building participation developing countries mechanisms existing institutions "
         "transparency inclusiveness multistakeholder processes security stability access affordability "
         "human rights content infrastructure coordination critical resources equal footing roles "
         "responsibilities dialogue framework innovation cooperation sustainable digital divide").split()
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


def _reference(rng: random.Random) -> str:
    a = rng.randint(30, 75)
    form = rng.randrange(5)
    instrument = rng.choice(INSTRUMENTS)
    if form == 0:
        return f"paras {a} - {a + rng.randint(1, 3)} of {instrument}"
    if form == 1:
        return f"§ {a} of {instrument}"
    if form == 2:
        return f"item {a}a) of {instrument}"
    if form == 3:
        return f"paragraphs {a} through {a + rng.randint(2, 6)} of {instrument}"
    return f"para {a} of {instrument}"


def _recommendation(rng: random.Random) -> str:
    parts = [_sentence(rng, rng.randint(12, 22))]
    if rng.random() < 0.6:
        parts.append(f"as recalled in {_reference(rng)}")
    names = rng.sample(AGENCIES, rng.randint(0, 2)) + rng.sample(FORUMS, rng.randint(0, 1))
    if names:
        parts.append("involving " + ", ".join(names))
    text = ", ".join(parts) + "."
    if rng.random() < 0.05:
        text += f" ~~{_sentence(rng, 4).lower()}~~"
    return text


def _date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(2013, 2018), rng.randint(1, 12), rng.randint(1, 28)


def contribution(rng: random.Random, n: int) -> str:
    submitters = rng.sample(GOVERNMENTS, rng.randint(1, 3)) + rng.sample(PEOPLE, rng.randint(0, 1))
    y, m, d = _date(rng)
    lines = ["", "**UNITED NATIONS COMMISSION ON SCIENCE AND TECHNOLOGY", "FOR DEVELOPMENT**", "",
             "Working Group on Enhanced Cooperation", "",
             f"**Contribution {n} on enhanced cooperation in preparation for the {rng.choice(['2nd', '3rd', '4th'])} "
             f"WGEC meeting**", "", "Submitted by", "", "**" + ", ".join(submitters).upper() + "**", "",
             "DISCLAIMER: The views presented here are the contributors' and do not necessarily reflect the views "
             "and position of the United Nations.", "", f"Date: {d:02d}-{m:02d}-{y}", "", "## Introduction", "",
             f"1. {_sentence(rng, 25)}, recalling {_reference(rng)}.", "", "## Recommendations", ""]
    for i in range(1, rng.randint(18, 26)):
        lines += [f"{i}. {_recommendation(rng)}", ""]
        if rng.random() < 0.15:
            lines[-2] = lines[-2].rstrip(".") + ":"
            for _ in range(rng.randint(2, 4)):
                lines += [f"- ✓ {_recommendation(rng)}", ""]
    if rng.random() < 0.3:
        lines += ["International public policy issues\tUN agencies\tForums"]
        for level in LEVELS:
            lines.append(f"{level}\t{', '.join(rng.sample(AGENCIES, rng.randint(1, 4)))}\t"
                         f"{', '.join(rng.sample(FORUMS, rng.randint(1, 3)))}")
        lines.append("")
    return "\n".join(lines) + "\n"


def rolling(rng: random.Random, n: int) -> str:
    groups = [("A", "Implementation of the Tunis Agenda", "2 and 3"), ("B", "Public policy issue and possible "
              "mechanisms", "4, 8 and 9"), ("C", "Role of stakeholders", "5, 6, 7, 14 and 17"),
              ("D", "Developing countries", "10 and 15"), ("E", "Barriers for participation", "11, 12, 13 and 16")]
    lines = ["", "**UNITED NATIONS", "COMMISSION ON SCIENCE AND TECHNOLOGY FOR", "DEVELOPMENT**", "",
             "Working Group on Enhanced Cooperation", "", f"Proposals of Draft Recommendations {n}", "",
             "Rolling Document", "", "Abstract", "", _sentence(rng, 30) + ".", ""]
    for letter, label, questions in groups:
        lines += [f"GROUP {letter}: {label} (Questions {questions})", ""]
        for k in range(1, rng.randint(2, 4)):
            y, m, d = _date(rng)
            who = rng.choice(GOVERNMENTS + ["Mr. " + p for p in PEOPLE])
            behalf = ""
            if rng.random() < 0.2:
                members = rng.sample(PEOPLE, 3)
                behalf = f" on behalf of a group of WGEC Members ({', '.join(members[:-1])}, and {members[-1]})"
            lines += [f"{k}. Draft recommendations submitted by {who}{behalf} ({d} {MONTHS[m - 1]} {y})", ""]
            for _ in range(rng.randint(2, 5)):
                lines += [f"- {_recommendation(rng)} ({rng.randint(1, 12)})", ""]
    return "\n".join(lines) + "\n"


def pdf_rendition(text: str) -> str:
    """The body of a contribution as a PDF converter leaves it: no cover, lines wrapped, blank lines between."""
    body = text.split("## Introduction", 1)[-1]
    out = []
    for para in body.split("\n\n"):
        para = para.replace("**", "").replace("## ", "").strip()
        if para:
            out += [line + " " for line in textwrap.wrap(para, 80)] + [""]
    return "\n\n".join(out) + "\n"


def generate(out: Path, scale: int = 1, seed: int = 7) -> list[Path]:
    """Write a corpus of about ``scale`` thousand triples to ``out``; returns the files written."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(1, scale + 1):
        text = rolling(rng, n) if n % 5 == 0 else contribution(rng, n)
        path = out / f"synth_{n:06d}.txt"
        write_atomic(path, text.encode("utf-8"))
        written.append(path)
        if n % 20 == 3:  # now and then a second rendition of the same contribution
            twin = out / f"synth_{n:06d}_pdf.txt"
            write_atomic(twin, pdf_rendition(text).encode("utf-8"))
            written.append(twin)
    return written
