"""The cyclic collector is paused only while a stage runs, and comes back as it was."""
from __future__ import annotations

import gc

import pytest

from wgec.heap import collector_paused, pauses_collector


def test_paused_inside_back_after_even_on_error():
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("a stage failed")
    assert gc.isenabled()


def test_nested_pauses_and_a_caller_who_had_it_off():
    @pauses_collector
    def stage() -> bool:
        with collector_paused():
            pass
        return gc.isenabled()  # the inner block must not switch it back on

    assert stage() is False and gc.isenabled()
    gc.disable()
    try:
        assert stage() is False
        assert not gc.isenabled()  # a notebook's own setting is kept
    finally:
        gc.enable()


def test_a_build_leaves_the_collector_on():
    from tests.conftest import doc_file

    from wgec.graph.build import build

    assert gc.isenabled()
    assert len(build([doc_file("002")], run_validation=False).graph) > 500
    assert gc.isenabled()
