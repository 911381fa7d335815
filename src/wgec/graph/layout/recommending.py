"""The sentences of a paragraph that propose: a proposal in prose is what the author asks for, not the
reasoning or the report of a meeting around it ("We heard broad support ... Several members cautioned ...
We therefore propose that the Group agree on a short list."), so its text and its quoted span are those
sentences, from the first that recommends to the last; or each of them, when they number themselves ("First, ...
Second, ...")."""
from __future__ import annotations

import re
from dataclasses import replace

from wgec.graph.ingest.markup import clean_text
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block
from wgec.graph.layout.prose import recommends
from wgec.graph.layout.sentences import split_sentences

# a sentence that numbers its recommendation in the prose: "First, the Working Group should ...", "Finally, ..."
ORDINAL_LEAD_RE = re.compile(r"^\W*+(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly)(?:ly)?,\s")


def recommending_parts(block: Block, source: SourceFile, weak: bool = False) -> list[tuple[Block, str]]:
    """The proposals of a paragraph, each a block narrowed to its text and that text: its sentences from the first
    that recommends to the last (the whole block when it is one sentence, when no single sentence recommends, the
    paragraph doing so as a whole, or when the first and the last sentence do); or each recommending sentence
    when two or more of them number themselves ("First, ... Second, ...").

    >>> source = SourceFile.from_text("x.txt", "Time is short. To that end, we would encourage the Chair to act.")
    >>> [(text, (b.start, b.end)) for b, text in recommending_parts(Block("para", 0, 64, 1), source)]
    [('To that end, we would encourage the Chair to act.', (15, 64))]
    >>> source = SourceFile.from_text("x.txt", "We have two asks. First, the IGF should be funded. Second, "
    ...                               "the CSTD should report.")
    >>> [text for _, text in recommending_parts(Block("para", 0, 82, 1), source)]
    ['First, the IGF should be funded.', 'Second, the CSTD should report.']
    """
    raw = block.raw(source)
    spans = split_sentences(raw, ".!?")
    if len(spans) < 2:
        return [(block, block.text(source))]
    asking = [i for i, (a, b) in enumerate(spans) if recommends(clean_text(raw[a:b]), weak)]
    if len(asking) >= 2 and sum(ORDINAL_LEAD_RE.match(raw[slice(*spans[i])]) is not None for i in asking) >= 2:
        parts = [replace(block, start=block.start + spans[i][0], end=block.start + spans[i][1]) for i in asking]
        return [(part, part.text(source)) for part in parts]
    if not asking or asking[0] == 0 and asking[-1] == len(spans) - 1:
        return [(block, block.text(source))]
    narrowed = replace(block, start=block.start + spans[asking[0]][0], end=block.start + spans[asking[-1]][1])
    return [(narrowed, narrowed.text(source))]
