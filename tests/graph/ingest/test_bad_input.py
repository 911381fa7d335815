"""Bad input never stops a build: each bad file is one line naming it and the reason, the
rest of the corpus builds, ``--strict`` makes any such line fail; never a traceback."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image
from tests.cli import wgec
from tests.conftest import doc_file
from tests.graph.ingest.render import blank_pdf

from wgec.errors import InputError
from wgec.graph.build import build
from wgec.graph.ingest.corpus import unique_names
from wgec.ontology.vocab import WGEC

GOOD = "000"


def _encrypted_pdf(path: Path) -> None:
    pdf = blank_pdf()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.cell(text="1. A recommendation behind a password.")
    pdf.output(str(path))


def _scanned_pdf(path: Path) -> None:
    image = io.BytesIO()
    Image.new("L", (300, 400), color=230).save(image, format="PNG")
    pdf = blank_pdf()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=150)
    pdf.output(str(path))


def bad_corpus(root: Path, depth: int = 1000) -> tuple[Path, Path, Path]:
    """A corpus folder with one good document and every kind of bad file (a list nested ``depth`` levels
    among them), plus two more folders that each hold a (different) document named ``doc.txt``."""
    corpus, left, right = root / "corpus", root / "a", root / "b"
    for folder in (corpus, left, right):
        folder.mkdir()
    shutil.copy(doc_file(GOOD), corpus / "good.txt")
    _encrypted_pdf(corpus / "locked.pdf")
    _scanned_pdf(corpus / "scan.pdf")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "garbage.txt").write_bytes(bytes(range(256)) * 40)
    (corpus / "garbage.docx").write_bytes(bytes(range(256)) * 40)
    deep = ["Submitted by", "", "**Japan**", "", "## Recommendations", ""]
    deep += ["  " * level + f"- item at level {level}" for level in range(depth)]
    (corpus / "deep.md").write_text("\n".join(deep) + "\n", encoding="utf-8")
    (corpus / "notes.xyz").write_text("not a document\n", encoding="utf-8")
    (left / "doc.txt").write_text("Submitted by\n\n**Japan**\n\n## Recommendations\n\n1. Keep the IGF.\n",
                                  encoding="utf-8")
    (right / "doc.txt").write_text("Submitted by\n\n**Brazil**\n\n## Recommendations\n\n1. Fund the IGF.\n",
                                   encoding="utf-8")
    return corpus, left, right


EXPECTED = {  # file -> (action, words of the reason)
    "locked.pdf": ("skipped", "encrypted PDF"),
    "scan.pdf": ("skipped", "image-only PDF"),
    "empty.txt": ("skipped", "empty file"),
    "garbage.txt": ("skipped", "binary file"),
    "garbage.docx": ("skipped", "not a readable Word"),
    "deep.md": ("flattened", "nested 32 or more levels"),
    "notes.xyz": ("skipped", "unknown format '.xyz'"),
    "a/doc.txt": ("renamed", "also named doc.txt"),
    "b/doc.txt": ("renamed", "also named doc.txt"),
}


def test_each_bad_file_is_one_problem_and_the_rest_builds(tmp_path):
    folders = bad_corpus(tmp_path)
    result = build(list(folders), run_validation=False)
    found = {next(k for k in EXPECTED if p.file.endswith(k)): p for p in result.problems}
    assert len(result.problems) == len(EXPECTED) and set(found) == set(EXPECTED)
    for name, (action, words) in EXPECTED.items():
        assert found[name].action == action and words in found[name].reason, found[name]
    built = {d.source.name for d in result.documents}
    assert built == {"good.txt", "deep.md", "a/doc.txt", "b/doc.txt"}
    assert result.counts["Proposal"] > 20
    texts = {str(o) for _, o in result.triples.subject_objects(WGEC.text)}
    assert {"Keep the IGF.", "Fund the IGF."} <= texts  # both same-named files are in the graph


def test_strict_turns_any_problem_into_an_error(tmp_path):
    corpus, _, _ = bad_corpus(tmp_path)
    with pytest.raises(InputError, match=r"left out \(--strict\).*locked\.pdf: encrypted PDF"):
        build([corpus], run_validation=False, strict=True)


def test_a_corpus_of_only_bad_files_is_an_input_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="no document of the corpus could be read: .*empty.txt: empty file"):
        build([tmp_path], run_validation=False)


def test_same_named_files_are_told_apart_by_their_folders():
    names = unique_names([Path("x/2016/a/doc.txt"), Path("x/2017/a/doc.txt"), Path("x/b/doc.txt")])
    assert sorted(names.values()) == ["2016/a/doc.txt", "2017/a/doc.txt", "b/doc.txt"]


def test_cli_reports_bad_files_on_one_line_each_and_strict_fails(tmp_path):
    corpus, left, right = bad_corpus(tmp_path, depth=40)  # past the 32 levels kept: the CLI says "flattened"
    cli = ["build", "--corpus", str(corpus), "--corpus", str(left), "--corpus", str(right), "--no-views"]
    r = wgec(*cli, "--out", str(tmp_path / "out"))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    lines = [line for line in r.stderr.splitlines() if line.startswith(("skipped:", "renamed:", "flattened:"))]
    assert len(lines) == len(EXPECTED)
    for name, (action, words) in EXPECTED.items():
        assert any(line.startswith(f"{action}: ") and name in line and words in line for line in lines), name
    assert (tmp_path / "out" / "wgec.ttl").exists()
    r = wgec(*cli, "--out", str(tmp_path / "strict"), "--strict")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "--strict" in r.stderr and "locked.pdf" in r.stderr
    assert not (tmp_path / "strict" / "wgec.ttl").exists()


def test_a_word_file_that_would_unpack_past_the_limit_is_refused(tmp_path, monkeypatch):
    """A zip bomb dressed as .docx: refused from the sizes its package declares, before anything is
    unpacked (the limit lowered here, so that the test need not write hundreds of megabytes)."""
    import zipfile

    from docx import Document

    from wgec.graph.ingest import docx as reader

    monkeypatch.setattr(reader, "MAX_UNPACKED", 2**20)
    doc = Document()
    doc.add_paragraph("1. A recommendation in a padded file.")
    doc.save(tmp_path / "bomb.docx")
    with zipfile.ZipFile(tmp_path / "bomb.docx", "a", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/media/zeros.bin", bytes(3 * 2**20))  # 3 MB of zeros, a few KB packed
    shutil.copy(doc_file(GOOD), tmp_path / "good.txt")
    result = build([tmp_path], run_validation=False)
    (problem,) = result.problems
    assert problem.file.endswith("bomb.docx") and problem.action == "skipped"
    assert "would unpack to" in problem.reason and "MB, more than the 1 MB a document may take" in problem.reason
    assert {d.source.name for d in result.documents} == {"good.txt"}
