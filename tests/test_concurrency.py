"""Sharing: converters, the plausibility model, pipelines and ``clean`` give the sequential
results when shared by 8 threads (started together, first use included), and work in a process
pool after pickling (spawned workers: nothing inherited, everything rebuilt from the pickle)."""

from __future__ import annotations

import multiprocessing
import pickle
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

import cntextclean
from cntextclean import plausibility, presets
from cntextclean.script import opencc
from cntextclean.script.opencc import Converter

from .conftest import SEED_IDS, seed_text

THREADS = 8
CONFIGS = ["s2t", "t2s", "s2twp", "hk2s", "t2jp"]
#: clean() option sets the threads mix (corpus records: plain layout)
OPTION_SETS = [
    {"layout": "plain"},
    {"layout": "plain", "ocr": True},
    {"layout": "plain", "to": "traditional"},
    {"layout": "plain", "to": "simplified", "ocr": True},
]


def _paragraphs(n: int = 48) -> list[str]:
    """Real damaged paragraphs from the seeds, of every seed in turn."""
    per_seed = [[p for p in seed_text(s).split("\n") if len(p.strip()) > 8] for s in SEED_IDS]
    out: list[str] = []
    i = 0
    while len(out) < n and any(i < len(ps) for ps in per_seed):
        out.extend(ps[i] for ps in per_seed if i < len(ps))
        i += 1
    return out[:n]


def _together(jobs: list, fn) -> list:
    """Run ``fn(job)`` for every job on 8 threads that all start at the same moment."""
    barrier = threading.Barrier(THREADS)

    def run(chunk: list) -> list:
        barrier.wait()
        return [fn(j) for j in chunk]

    chunks = [jobs[i::THREADS] for i in range(THREADS)]
    with ThreadPoolExecutor(THREADS) as ex:
        results = list(ex.map(run, chunks))
    out: list = [None] * len(jobs)
    for i, res in enumerate(results):
        out[i::THREADS] = res
    return out


# --- threads ------------------------------------------------------------------------------


def test_converter_shared_by_threads_from_first_use(opencc_path):
    paras = _paragraphs()
    trad = [opencc.convert(p, "s2t") for p in paras]
    expect = {(c, i): opencc.convert(t if c in ("t2s", "hk2s", "t2jp") else p, c)
              for c in CONFIGS for i, (p, t) in enumerate(zip(paras, trad, strict=True))}
    opencc._runtime.cache_clear()  # the threads race on loading the tables
    shared = {c: Converter(c) for c in CONFIGS}
    jobs = [(c, i) for c in CONFIGS for i in range(len(paras))]

    def work(job: tuple[str, int]) -> str:
        c, i = job
        return shared[c].convert(trad[i] if c in ("t2s", "hk2s", "t2jp") else paras[i])

    assert _together(jobs, work) == [expect[j] for j in jobs]
    # one set of tables per config, whichever thread loaded it
    assert len({id(shared[c].runtime) for c in CONFIGS}) == len(CONFIGS)
    assert all(shared[c].runtime is opencc._runtime(c, opencc_path) for c in CONFIGS)
    assert all(shared[c].runtime.accelerated is opencc_path for c in CONFIGS)


def test_plausibility_model_shared_by_threads_from_first_use():
    paras = _paragraphs()
    expect = [(plausibility.score(p), plausibility.logprob(p), plausibility.join_score(p, p))
              for p in paras]
    plausibility._model.cache_clear()  # the threads race on loading the model

    def work(i: int) -> tuple[float, float, float]:
        p = paras[i]
        return plausibility.score(p), plausibility.logprob(p), plausibility.join_score(p, p)

    assert _together(list(range(len(paras))) * 2, work) == expect * 2


def test_pipeline_and_clean_shared_by_threads():
    paras = _paragraphs()
    pipe = presets.build(ocr=True)
    expect_pipe = [pipe(p) for p in paras]
    jobs = [(k, i) for k in range(len(OPTION_SETS)) for i in range(len(paras))]
    expect_clean = [cntextclean.clean(paras[i], **OPTION_SETS[k]) for k, i in jobs]
    assert any(e != paras[i] for e, (_, i) in zip(expect_clean, jobs, strict=True))

    assert _together(list(range(len(paras))), lambda i: pipe(paras[i])) == expect_pipe
    assert _together(jobs, lambda j: cntextclean.clean(paras[j[1]], **OPTION_SETS[j[0]])) == expect_clean


def test_split_articles_shared_by_threads():
    pages = [seed_text(s) for s in SEED_IDS]
    expect = [cntextclean.split_articles(p).to_dict() for p in pages]
    got = _together(list(range(len(pages))) * 2, lambda i: cntextclean.split_articles(pages[i]).to_dict())
    assert got == expect * 2


# --- processes ----------------------------------------------------------------------------


def _apply(fn, texts: list[str]) -> list:
    return [fn(t) for t in texts]


def _clean_with(opts: dict, texts: list[str]) -> list[str]:
    return [cntextclean.clean(t, **opts) for t in texts]


@pytest.fixture(scope="module")
def spawned_pool():
    """Two spawned workers: they start from nothing, so every object must travel by pickle."""
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as ex:
        yield ex


def test_converters_pickle_to_a_process_pool(spawned_pool):
    paras = _paragraphs(16)
    convs = [Converter(c).load() for c in CONFIGS]
    for c in convs:
        assert pickle.loads(pickle.dumps(c)) == c
    futs = [spawned_pool.submit(_apply, c, paras) for c in convs]
    assert [f.result() for f in futs] == [[c.convert(p) for p in paras] for c in convs]


def test_model_pipeline_and_clean_pickle_to_a_process_pool(spawned_pool):
    paras = _paragraphs(16)
    pipe = presets.build(to="traditional", ocr=True)
    jobs = [
        (_apply, (plausibility.score, paras), [plausibility.score(p) for p in paras]),
        (_apply, (pipe, paras), [pipe(p) for p in paras]),
        *[(_clean_with, (o, paras), [cntextclean.clean(p, **o) for p in paras]) for o in OPTION_SETS],
    ]
    futs = [spawned_pool.submit(fn, *args) for fn, args, _ in jobs]
    for f, (_, _, expect) in zip(futs, jobs, strict=True):
        assert f.result(timeout=300) == expect
