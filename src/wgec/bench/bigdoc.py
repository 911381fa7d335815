"""One large document of real shape, for measuring the parser: a compilation of contributions.

A CSTD cover, then part after part as submissions are compiled: numbered recommendations
with nested bullets, "1)" and "(a)" lists, roman items, Word bullets with tabs, prose that
recommends and prose that does not, questionnaire answers, struck and inserted wording,
a list quoting Tunis Agenda paragraph 72, mapping tables.  Deterministic by seed; the size
is reached by adding parts, so time and memory can be read against size.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from wgec.bench.synth import FORUMS, GOVERNMENTS, LEVELS, _recommendation, _sentence
from wgec.files import write_atomic

COVER = ["", "**UNITED NATIONS COMMISSION ON SCIENCE AND TECHNOLOGY", "FOR DEVELOPMENT**", "",
         "Working Group on Enhanced Cooperation", "", "**Compilation of contributions on enhanced cooperation**", "",
         "Submitted by", "", "**RUSSIAN FEDERATION**", "",
         "DISCLAIMER: The views presented here are the contributors' and do not necessarily reflect the views "
         "and position of the United Nations.", "", "Date: 5 December 2016", ""]
IGF_MANDATE = ["Discuss public policy issues related to key elements of Internet governance in order to foster the "
               "sustainability, robustness, security, stability and development of the Internet.",
               "Facilitate discourse between bodies dealing with different cross-cutting international public "
               "policies regarding the Internet and discuss issues that do not fall within the scope of any "
               "existing body.",
               "Interface with appropriate intergovernmental organizations and other institutions on matters "
               "under their purview."]


def _numbered(rng: random.Random, n: int) -> list[str]:
    lines = [f"## Part {n}: Recommendations", ""]
    for i in range(1, rng.randint(6, 10)):
        text = _recommendation(rng)
        if rng.random() < 0.2:
            lines += [f"{i}. {text.rstrip('.')}, based on:", ""]
            lines += [f"- the {_sentence(rng, 8).lower()};", "", f"- {_sentence(rng, 7).lower()},", ""]
        else:
            lines += [f"{i}. {text}", ""]
    return lines


def _lettered(rng: random.Random, n: int) -> list[str]:
    lines = [f"## Part {n}: Proposals", ""]
    for k, letter in enumerate("abcd"):
        lines.append(f"({letter}) {_recommendation(rng)}")
        if k == 1:
            lines += [f"(i) {_sentence(rng, 9).lower()};", f"(ii) {_sentence(rng, 9).lower()}."]
        lines.append("")
    return lines + [f"{k}) {_recommendation(rng)}" for k in range(1, 4)] + [""]


def _bullets(rng: random.Random, n: int) -> list[str]:
    lines = [f"## Part {n}: Recommendations", ""]
    for _ in range(rng.randint(3, 6)):
        lines.append(f"•\t{_recommendation(rng)}")
        if rng.random() < 0.4:
            lines += [f"o\t{_sentence(rng, 6).lower()};" for _ in range(2)]
    return lines + ["", f"i. {_recommendation(rng)}", f"ii. {_recommendation(rng)}", ""]


def _prose(rng: random.Random, n: int) -> list[str]:
    who = rng.choice(GOVERNMENTS)
    return [f"## Part {n}: Views of {who}", "",
            f"The Tunis Agenda recognized that {_sentence(rng, 14).lower()} should be addressed.", "",
            f"We recommend that {_sentence(rng, 16).lower()}.", "",
            f"{_sentence(rng, 18)}, as {rng.choice(FORUMS)} has shown.", "",
            f"The Working Group should {_sentence(rng, 12).lower()}.", ""]


def _answers(rng: random.Random, n: int) -> list[str]:
    lines = [f"## Part {n}: Answers to the questionnaire", ""]
    for q in range(1, 4):
        lines += [f"Question {q}: What are the {_sentence(rng, 6).lower()}?", "",
                  f"Answer: {_sentence(rng, 20)}.", ""]
    return lines


def _amended(rng: random.Random, n: int) -> list[str]:
    moved = _sentence(rng, 5).lower()
    return [f"## Part {n}: Comments on the draft", "",
            f"1. The Group recommends {moved}; {_sentence(rng, 4).lower()}; ~~{moved}~~; {_sentence(rng, 5).lower()}.",
            "", f"2. {_recommendation(rng).rstrip('.')} <del>{_sentence(rng, 3).lower()}</del> "
            f"[inserted: {_sentence(rng, 3).lower()}].", "",
            "The IGF has the following mandate:", ""] + [f"{c}) {t}" for c, t in zip("abc", IGF_MANDATE, strict=True)] \
        + [""]


def _table(rng: random.Random, n: int) -> list[str]:
    lines = [f"## Part {n}: Mapping", "", "International public policy issues\tUN agencies\tForums"]
    lines += [f"{level}\tITU, UNDP\t{', '.join(rng.sample(FORUMS, 2))}" for level in LEVELS]
    return lines + [""]


PARTS: tuple[Callable[[random.Random, int], list[str]], ...] = (
    _numbered, _lettered, _bullets, _prose, _answers, _amended, _table)


def big_document(size: int, seed: int = 11) -> str:
    """A compilation of about ``size`` characters."""
    rng = random.Random(seed)
    chunks = ["\n".join(COVER)]
    total, n = len(chunks[0]), 1
    while total < size:
        part = "\n".join(PARTS[n % len(PARTS)](rng, n)) + "\n"
        chunks.append(part)
        total += len(part)
        n += 1
    return "\n".join(chunks)


def write_big_document(path: Path, size: int, seed: int = 11) -> Path:
    write_atomic(path, big_document(size, seed).encode("utf-8"))
    return path
