"""Hostile and odd input never crashes the parser or the emitter (fixed seed, bounded)."""
from __future__ import annotations

import random

from rdflib import Literal

from wgec.graph.emit.emitter import Emitter, Rendition
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document
from wgec.graph.link.gazetteer import load_gazetteer
from wgec.ontology.vocab import WGEC

PIECES = ["Submitted by\n", "**Japan**\n", "DISCLAIMER: x\n", "Date: 31-02-2016\n", "From: X <a@b>\n", "1. ",
          "1.1 ", "- ", "✓ ", "(1) ", "a) ", "i. ", "~~del~~", "~~open", "GROUP A: X (Questions 1 and 2)\n",
          "Draft recommendations submitted by Foo (1 May 2013)\n", "Levels\tFocus area\n", "X level\t• a • b\n",
          "paras 1-999 of the Tunis Agenda", "§ 69", "\n", "\n\n", "</script><img src=x onerror=alert(1)>",
          "ANNEX 1: Message from the Chair of the WGEC\n", "## Recommendations\n", "¹ note\n", "What?\n",
          "\t\t\n", "held 3 meetings: 1 May 2013, 2 June 2013\n"]


def test_random_documents_parse_and_emit():
    gaz = load_gazetteer()
    rng = random.Random(1)
    for n in range(200):
        text = "".join(rng.choice(PIECES) + rng.choice(["", "word ", "Text. ", "IGF ", "ITU, UNDP"])
                       for _ in range(rng.randint(0, 40)))
        emitter = Emitter(gaz)
        emitter.document(Rendition(parse_document(SourceFile.from_text(f"f{n}.txt", text))))
        emitter.link_issue_levels()
        emitter.gazetteer_entities()


def test_markup_in_text_stays_a_literal():
    text = "Submitted by\n\n**Japan**\n\n## Recommendations\n\n1. Use </script><img src=x onerror=alert(1)> now.\n"
    emitter = Emitter(load_gazetteer())
    emitter.document(Rendition(parse_document(SourceFile.from_text("x.txt", text))))
    texts = [o for _, o in emitter.g.subject_objects(WGEC.text)]
    assert Literal("Use </script><img src=x onerror=alert(1)> now.", lang="en") in texts


def test_absurd_range_is_not_expanded():
    from wgec.graph.layout.references import expand
    assert expand("1-999") == [(1, None)]


#: One character repeated over a whole line: patterns that backtracked over such a run took quadratic
#: time (a minute for 20,000 tabs, dots or dashes). The document must be read in one pass, whatever
#: the line: if this test ever takes minutes, a pattern backtracks again (BENCHMARKS.md has the timings).
HOSTILE_RUNS = ["\t", ".", "-", "@", "'", "’", "/", "=", "_ ", "1. ", "(", "*a "]


def test_lines_of_one_character_repeated_are_read_and_the_rest_kept():
    runs = [char * (20_000 // len(char)) + "x" for char in HOSTILE_RUNS]
    text = "\n\n".join([*runs, "Submitted by Japan", *runs, "## Recommendations", "1. Keep the IGF.", *runs]) + "\n"
    doc = parse_document(SourceFile.from_text("hostile.txt", text))
    assert [item.text for item in doc.all_items() if item.text.startswith("Keep the IGF.")]
