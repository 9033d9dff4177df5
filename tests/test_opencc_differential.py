"""Differential tests against official OpenCC 1.4.2 (runs when the ``bench`` extra is installed).

Real text in each script for every config, and adversarial text: random concatenations of
dictionary keys and values cut at random places, ideographic description sequences,
compatibility ideographs, variation selectors, NULs. A bigger run of the same kind is
``benchmarks/differential_opencc.py``.
"""

from __future__ import annotations

import functools
import importlib.util
import random

import pytest

from cntextclean.script._tables import read_dict
from cntextclean.script.opencc import CONFIG_NAMES, Converter

from .conftest import BENCH, SEED_IDS, all_gold_paragraphs, seed_text

opencc = pytest.importorskip("opencc")
if importlib.util.find_spec("opencc.clib") is None or opencc.__version__ != "1.4.2":
    pytest.skip("needs the official OpenCC 1.4.2 binding (not opencc-python-reimplemented)",
                allow_module_level=True)

_DICTS = [
    "STCharacters.txt", "STPhrases.txt", "TSCharacters.txt", "TSPhrases.txt", "TWPhrases.txt",
    "TWVariants.txt", "TWPhrasesRev.txt", "TWVariantsRevPhrases.txt", "HKVariants.txt",
    "HKVariantsRevPhrases.txt", "JPShinjitaiCharacters.txt", "JPShinjitaiPhrases.txt",
    "CJK_Compatibility_Ideographs.txt", "STPhrases_GeneratedFromRegionalPhrases.txt",
]
_EXTRA = ["\u2ff0", "\u2ff1", "\u2ff2", "\u2ffe", "\uf900", "\U0002f800", "\ufe00", "\U000e0100",
          "\n", " ", "a", "。", "\0", "\ud800"]


def _real_text() -> dict[str, str]:
    simp = "\n".join(all_gold_paragraphs()) + "\n" + "\n".join(seed_text(s) for s in SEED_IDS[1:])
    trad_parts = [seed_text(SEED_IDS[0])]
    trad_dir = BENCH / "dev_trad"
    if trad_dir.is_dir():
        trad_parts += [p.read_text(encoding="utf-8") for p in sorted(trad_dir.glob("*.pdftotext.txt"))]
    off = opencc.OpenCC("s2twp")
    trad_parts.append(off.convert("\n".join(all_gold_paragraphs()[:300])))
    # CI keeps ~60k characters per script; benchmarks/differential_opencc.py runs ~1 MB
    return {"simplified": simp[:60_000], "traditional": "\n".join(trad_parts)[:60_000]}


_REAL = _real_text()


@functools.cache
def _official_converter(cfg: str):
    return opencc.OpenCC(cfg)


@pytest.mark.parametrize("cfg", CONFIG_NAMES)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_real_text_identical_to_official(cfg, script, opencc_path):
    text = _REAL[script]
    assert len(text) >= 50_000
    conv = Converter(cfg)
    ours = conv.convert(text)
    assert conv.runtime.accelerated is opencc_path
    theirs = _official_converter(cfg).convert(text)
    if ours != theirs:
        i = next(i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b)
        pytest.fail(f"first difference at {i}: {ours[i - 20:i + 20]!r} vs {theirs[i - 20:i + 20]!r}")


def dict_pool() -> list[str]:
    """Every key and value of the OpenCC dictionaries (the adversarial building blocks)."""
    out: list[str] = []
    for f in _DICTS:
        d = read_dict(f)
        out += list(d) + list(d.values())
    return out


@pytest.fixture(scope="module")
def pool() -> list[str]:
    return dict_pool()


def _adversarial(rng: random.Random, pool: list[str], n: int, odd: list[str] | None = None,
                 p_odd: float = 0.1) -> str:
    """``n`` pieces: dictionary keys of ``pool`` (a third of them cut at random places) and,
    with probability ``p_odd``, one of ``odd`` (default: IDS operators, compatibility ideographs...)."""
    odd = _EXTRA if odd is None else odd
    parts = []
    for _ in range(n):
        if rng.random() < p_odd:
            parts.append(rng.choice(odd))
            continue
        k = rng.choice(pool)
        if len(k) > 1 and rng.random() < 0.3:
            a = rng.randrange(len(k))
            k = k[a : rng.randrange(a, len(k)) + 1]
        parts.append(k)
    return "".join(parts)


@pytest.mark.parametrize("cfg", CONFIG_NAMES)
def test_adversarial_text_identical_to_official(cfg, pool, opencc_path):
    rng = random.Random(f"opencc-{cfg}")
    conv = Converter(cfg)
    assert conv.runtime.accelerated is opencc_path
    bad = []
    off = _official_converter(cfg)
    for _ in range(150):
        # the official binding cannot take lone surrogates (UTF-8 encoding fails)
        text = _adversarial(rng, pool, rng.randint(1, 40)).replace("\ud800", "")
        if conv.convert(text) != off.convert(text):
            bad.append(text)
    assert bad == []


#: (anchors only, dense scan, dense characters): each strategy forced by its threshold
_STRATEGIES = {
    "anchors": (2.0, 2.0, 2.0),
    "anchors+translate": (2.0, 2.0, -1.0),
    "pairs+translate": (-1.0, -1.0, -1.0),
    "pairs+regex": (-1.0, -1.0, 2.0),
    "regex+translate": (-1.0, 2.0, -1.0),
    "regex+regex": (-1.0, 2.0, 2.0),
}


@pytest.mark.parametrize("cfg", CONFIG_NAMES)
@pytest.mark.parametrize("strategy", list(_STRATEGIES))
def test_every_scan_and_character_strategy_is_exact(cfg, strategy, pool, monkeypatch):
    """The whole-text passes choose, by sampling the text, between scanning for anchors and
    changed characters only, a pair scan and a regex scan for key starts, and between
    ``str.translate`` and a regex substitution for characters (speed only): each strategy
    gives OpenCC's output, on text with and without astral characters (the pair scan falls
    back to slices there)."""
    from cntextclean.script import opencc as ours

    monkeypatch.setattr(ours, "ACCELERATED", False)  # the strategies of the pure-Python path
    sparse_both, dense_scan, dense_chars = _STRATEGIES[strategy]
    monkeypatch.setattr(ours, "_SAMPLED", 0)  # always sample, whatever the length
    monkeypatch.setattr(ours, "SPARSE_BOTH", -1.0 if sparse_both < 0 else 2.0)
    monkeypatch.setattr(ours, "DENSE_SCAN", dense_scan)
    monkeypatch.setattr(ours, "DENSE_CHARS", dense_chars)
    rng = random.Random(f"passes-{cfg}-{strategy}")
    conv = Converter(cfg)
    assert not conv.runtime.accelerated
    off = _official_converter(cfg)
    bad = []
    for i in range(60):
        text = _adversarial(rng, pool, rng.randint(1, 60)).replace("\ud800", "")
        if i % 2:  # no IDS, NUL or compatibility ideograph: the whole-text passes only
            text = "".join(c for c in text if c not in "\u2ff0\u2ff1\u2ff2\u2ffe\uf900\U0002f800\0")
        if conv.convert(text) != off.convert(text):
            bad.append(text)
    assert bad == []


@pytest.mark.parametrize("cfg", ["s2t", "s2twp", "tw2sp", "hk2s", "jp2t"])
@pytest.mark.parametrize("dense_scan", [-1.0, 2.0])
def test_long_text_keys_cut_by_the_end_are_exact(cfg, dense_scan, monkeypatch):
    """Long texts try the keys of 3+ characters by their first three characters: a key cut
    by the end of the text (every prefix of it from two characters on) converts as OpenCC
    does, with the pair scan and with the regex scan."""
    from cntextclean.script import opencc as ours

    monkeypatch.setattr(ours, "ACCELERATED", False)  # a strategy of the pure-Python path
    monkeypatch.setattr(ours, "_SAMPLED", 0)  # the long-text path, whatever the length
    monkeypatch.setattr(ours, "SPARSE_BOTH", -1.0)  # matching at every candidate
    monkeypatch.setattr(ours, "DENSE_SCAN", dense_scan)
    conv = Converter(cfg)
    assert not conv.runtime.accelerated
    off = _official_converter(cfg)
    keyset = {k for p in conv.runtime.passes for k in p.out}
    keys = sorted(k for k in keyset if len(k) >= 4)
    # keys with a shorter key of 3+ characters as their prefix: the longest must win
    nested = [k for k in keys if any(k[:j] in keyset for j in range(3, len(k)))]
    assert keys
    rng = random.Random(f"cut-{cfg}")
    bad = []
    for k in rng.sample(keys, min(100, len(keys))) + nested[:100]:
        for m in range(2, len(k) + 1):
            for text in ("今天的" + k[:m], "今天的" + k[:m] + "。"):
                if conv.convert(text) != off.convert(text):
                    bad.append(text)
    assert bad == []


@pytest.mark.parametrize("cfg", ["s2t", "s2twp", "tw2sp", "hk2s", "jp2t"])
def test_keys_cut_by_the_end_are_exact_on_the_c_path(cfg, opencc_path):
    """Every prefix (two characters on) of keys of 4+ characters, at the end of the text and
    before a full stop, on both paths (the C pass tries only the lengths that fit)."""
    pure = Converter(cfg)
    with pytest.MonkeyPatch.context() as mp:
        from cntextclean.script import opencc as ours

        mp.setattr(ours, "ACCELERATED", False)
        keyset = {k for p in pure.runtime.passes for k in p.out}
    conv = Converter(cfg)
    assert conv.runtime.accelerated is opencc_path
    off = _official_converter(cfg)
    keys = sorted(k for k in keyset if len(k) >= 4)
    rng = random.Random(f"cut-c-{cfg}")
    bad = []
    for k in rng.sample(keys, min(150, len(keys))):
        for m in range(2, len(k) + 1):
            for text in ("今天的" + k[:m], "今天的" + k[:m] + "。"):
                if conv.convert(text) != off.convert(text):
                    bad.append(text)
    assert bad == []
