"""Renditions: a contribution and its PDF text are one document; a commentary that quotes seven
recommendations of the rolling document is not (containment is not identity); the decision
and its scores are in the graph and the build report."""
from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import RDF, RDFS
from tests.conftest import CORPUS, FIXTURES

from wgec.graph.build import build
from wgec.graph.ingest.source import SourceFile, read_source
from wgec.graph.layout.document import parse_document
from wgec.graph.link.renditions import THRESHOLD, compare, decide
from wgec.ontology.vocab import ID, WGEC

COMMENTARY = FIXTURES / "front-matter" / "commentary-on-rolling-document.txt"


def test_bundled_renditions_and_their_scores(graph):
    (decision,) = graph.subjects(RDF.type, WGEC.RenditionDecision)
    names = {str(graph.value(f, WGEC.fileName))[:3] for f in graph.objects(decision, WGEC.fileCompared)}
    assert names == {"000", "003"} and graph.value(decision, WGEC.merged) == Literal(True)
    assert 0.9 < float(graph.value(decision, WGEC.jaccard)) <= float(graph.value(decision, WGEC.containment))
    assert str(graph.value(decision, WGEC.method)) == "shingle-jaccard-5"


def test_scores_of_the_bundled_corpus():
    """000 ~ 003 well above the threshold, every other pair far below it."""
    docs = [parse_document(read_source(p)) for p in sorted(CORPUS.glob("*.txt"))]
    scores = {(c.i, c.j): c.jaccard for c in compare([d.body_text() for d in docs], record_from=0.0)}
    assert scores.pop((0, 3)) > 0.9
    assert max(scores.values()) < 0.1 < THRESHOLD


def test_a_commentary_quoting_the_rolling_document_is_not_its_rendition():
    rolling = parse_document(read_source(next(CORPUS.glob("004_*.txt"))))
    commentary = parse_document(read_source(COMMENTARY))
    (decision,) = decide([rolling, commentary])
    c = decision.comparison
    assert c.containment >= 0.6  # most of the commentary is the rolling document's words...
    assert c.jaccard < 0.1 and c.length_ratio < 0.1  # ...but it is not a copy of it
    assert not decision.merged and "not a copy" in decision.reason


def test_the_decision_is_in_the_graph_and_the_report():
    result = build([next(CORPUS.glob("004_*.txt")), COMMENTARY], run_validation=False)
    g = result.graph
    assert len(set(g.subjects(RDF.type, WGEC.Document))) == 2 and result.renditions == []
    (decision,) = g.subjects(RDF.type, WGEC.RenditionDecision)
    assert g.value(decision, WGEC.merged) == Literal(False)
    assert "kept apart" in str(g.value(decision, RDFS.label))
    assert any(w.startswith(f"{COMMENTARY.name}: not merged with 004_") for w in result.warnings)


def test_similar_texts_with_different_submitters_are_kept_apart():
    """A draft and the comments that retype it share their words, not their author."""
    body = "\n\n".join(f"{n}. The Working Group recommends measure number {n} on enhanced cooperation." for n in
                       range(1, 12))
    a = parse_document(SourceFile.from_text("a.txt", f"From: Kenya\nDate: 1 March 2017\n\n{body}\n"))
    b = parse_document(SourceFile.from_text("b.txt", f"From: Brazil\nDate: 1 March 2017\n\n{body}\n"))
    (decision,) = decide([a, b])
    assert decision.comparison.jaccard == 1.0 and not decision.merged
    assert "different submitters" in decision.reason


def test_two_answers_to_one_questionnaire_are_not_one_text():
    """Every response repeats the questions: they are left out, so short answers to the same
    questions are two documents, even with no submitter named."""
    questions = ["What do you think is the significance, purpose and scope of enhanced cooperation as per the Tunis "
                 "Agenda?", "To what extent has or has not enhanced cooperation been implemented since the summit?",
                 "What are the relevant international public policy issues pertaining to the Internet today?"]

    def response(name: str, answers: list[str]) -> SourceFile:
        pairs = enumerate(zip(questions, answers, strict=True), 1)
        text = "\n\n".join(f"Question {i}: {q}\n\n{a}" for i, (q, a) in pairs)
        return SourceFile.from_text(name, text + "\n")

    a = parse_document(response("a.txt", ["A process for governments.", "Partly.", "Access and affordability."]))
    b = parse_document(response("b.txt", ["All stakeholders, equally.", "Not at all.", "Cybersecurity and privacy."]))
    assert compare([a.body_text(), b.body_text()], record_from=0.0)[0].containment > 0.5  # the questions
    assert not [d for d in decide([a, b]) if d.merged]


def test_long_texts_are_compared_on_a_sample_of_their_runs():
    """Past 20,000 words only about a third of the runs are hashed, chosen by their words: a
    re-wrapped copy of a long text is still its rendition, a long quotation of it still is not."""
    rolling = next(CORPUS.glob("004_*.txt")).read_text(encoding="utf-8")
    long_text = "\n\n".join(f"Part {n}.\n\n{rolling}".replace("Tunis", f"Tunis-{n}") for n in range(5))
    rewrapped = "\n".join(long_text.replace("\n\n", "\n").split(" "))  # one word a line, as a bad PDF gives it
    quoting = "We disagree with most of it. " * 400 + long_text[: len(long_text) // 5]
    scores = {(c.i, c.j): c for c in compare([long_text, rewrapped, quoting], record_from=0.0)}
    assert len(long_text.split()) > 20_000
    assert scores[(0, 1)].jaccard > 0.95
    assert scores[(0, 2)].jaccard < THRESHOLD < 0.9 < scores[(0, 2)].containment


def test_the_rendition_that_names_its_submitter_is_the_one_kept(tmp_path):
    """A bare rendition (no front matter, one more item) and the contribution it renders: the graph keeps the
    contribution, whose front matter names Japan, not the copy that names no one."""
    items = "\n\n".join(f"{i}. The Working Group on Enhanced Cooperation should recommend measure number {i} on "
                        "capacity building, access and the participation of developing countries in existing "
                        "mechanisms." for i in range(1, 9))
    (tmp_path / "a.txt").write_text("Contribution of Japan to the WGEC\n\nSubmitted by Japan\n\n30 November 2016\n\n"
                                    f"{items}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{items}\n\n9. Also this.\n", encoding="utf-8")
    result = build([tmp_path], run_validation=False)
    assert result.renditions == [["a.txt", "b.txt"]]
    g = result.graph
    proposals = set(g.subjects(RDF.type, WGEC.Proposal))
    assert len(proposals) == 8 and all(g.value(p, WGEC.submittedBy) == ID["gov/japan"] for p in proposals)
