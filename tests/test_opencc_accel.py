"""The optional C accelerator (``cntextclean.script._fmm``): the same output as the pure-Python
path on any str, a total and leak-free C pass, and the switch between the paths.

The differential tests against official OpenCC (test_opencc_differential.py) and the official
expectations (test_opencc.py) run on both paths through the ``opencc_path`` fixture; here the
two paths are compared with each other on what official OpenCC cannot take (lone surrogates)
and the C pass with a small reference matcher written out below.
"""

from __future__ import annotations

import os
import pickle
import random
import subprocess
import sys
import threading
import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cntextclean.script import _accel, opencc
from cntextclean.script._tables import read_dict
from cntextclean.script.opencc import CONFIG_NAMES, Converter

from .conftest import REQUIRE_ACCEL
from .test_opencc_differential import _adversarial

if not _accel.AVAILABLE:
    if REQUIRE_ACCEL:
        pytest.fail("the C accelerator cntextclean.script._fmm is not built", pytrace=False)
    pytest.skip("the C accelerator cntextclean.script._fmm is not built", allow_module_level=True)

from cntextclean.script import _fmm

Pass = _fmm.Pass


def _both(cfg: str) -> tuple[Converter, Converter]:
    """A converter on the C path and one on the pure-Python path."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(opencc, "ACCELERATED", True)
        c = Converter(cfg).load()
        mp.setattr(opencc, "ACCELERATED", False)
        p = Converter(cfg).load()
    assert c._rt is not None and c._rt.accelerated
    assert p._rt is not None and not p._rt.accelerated
    return c, p


def _convert(conv: Converter, text: str) -> str:
    """``conv.convert(text)`` on the path ``conv`` loaded (not the module's current one)."""
    rt = conv._rt
    assert rt is not None
    return rt.convert(text)


_POOL: list[str] = []


def _pool() -> list[str]:
    if not _POOL:
        for f in ("STPhrases.txt", "TSPhrases.txt", "TWPhrases.txt", "HKVariants.txt",
                  "JPShinjitaiPhrases.txt", "TWVariantsRevPhrases.txt", "STCharacters.txt"):
            d = read_dict(f)
            _POOL.extend(list(d)[::7] + list(d.values())[::7])
    return _POOL


#: what the dictionaries do not hold: every str kind (ASCII, Latin-1, BMP, astral), lone
#: surrogates, NUL, IDS operators, compatibility ideographs, variation selectors
_ODD = ["a", "é", "\xff", "\u0100", "\ud800", "\udfff", "\ud83d\ude00", "😀", "\U00020000",
        "𠮶", "\U0010ffff", "\0", "\u2ff0", "\u2ff2", "\u2ffe", "\uf900", "\U0002f800", "\ufe00",
        "\U000e0100", "\n", "。"]


def _mixed(rng: random.Random, n: int) -> str:
    return _adversarial(rng, _pool(), n, odd=_ODD, p_odd=0.25)


@pytest.mark.parametrize("cfg", CONFIG_NAMES)
def test_c_path_equals_pure_python_on_mixed_text(cfg):
    c, p = _both(cfg)
    rng = random.Random(f"accel-{cfg}")
    bad = []
    for _ in range(300):
        text = _mixed(rng, rng.randint(0, 50))
        if _convert(c, text) != _convert(p, text):
            bad.append(text)
    assert bad == []


@pytest.mark.parametrize("cfg", ["s2t", "t2s", "s2twp", "tw2sp", "jp2t"])
@pytest.mark.parametrize("kind", ["latin1", "bmp", "astral"])
def test_c_path_equals_pure_python_on_every_str_kind(cfg, kind):
    """Text of each internal str kind (1, 2 and 4 bytes per code point), long enough for the
    pure-Python path's sampled strategies."""
    c, p = _both(cfg)
    rng = random.Random(f"kind-{cfg}-{kind}")
    if kind == "latin1":
        text = "".join(chr(rng.randrange(1, 256)) for _ in range(30_000))
    else:
        text = _mixed(rng, 12_000)
        if kind == "bmp":
            text = "".join(ch for ch in text if ord(ch) < 0x10000)
        else:
            text += "\U00020000"
    assert _convert(c, text) == _convert(p, text)


@given(st.text(max_size=60))
def test_c_path_equals_pure_python_on_any_str(text):
    for cfg in ("s2twp", "tw2sp", "t2s"):
        c, p = _both(cfg)
        assert _convert(c, text) == _convert(p, text)


# --- the C pass itself, against a reference matcher ---------------------------------------------


def _reference(out: dict[str, str], chars: dict[str, str], wrap: bool, s: str) -> str:
    """Forward maximum matching written out plainly: at each position the longest key of
    ``out`` is replaced ("" = its characters converted one by one), else one character."""
    res = []
    i = 0
    longest = max(map(len, out), default=0)
    while i < len(s):
        for L in range(min(longest, len(s) - i), 1, -1):
            v = out.get(s[i : i + L])
            if v is not None:
                v = v or "".join(chars.get(ch, ch) for ch in s[i : i + L])
                res.append("\0" + v + "\0" if wrap else v)
                i += L
                break
        else:
            res.append(chars.get(s[i], s[i]))
            i += 1
    return "".join(res)


_ALPHABET = "ab€😀\ud800\xe9字"


def _random_tables(rng: random.Random) -> tuple[dict[str, str], dict[str, str]]:
    def word(lo: int, hi: int) -> str:
        return "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(lo, hi)))

    out = {word(2, 70 if rng.random() < 0.1 else 5): rng.choice(["", word(0, 4)]) for _ in range(rng.randint(0, 12))}
    chars = {rng.choice(_ALPHABET): word(0, 3) for _ in range(rng.randint(0, 5))}
    return out, chars


def test_c_pass_matches_the_reference_on_random_tables():
    """Keys over a small alphabet of every str kind (so they overlap and nest), some longer
    than 64 characters, multi- and zero-character conversions, wrapped or not."""
    rng = random.Random("fmm-reference")
    for _ in range(400):
        out, chars = _random_tables(rng)
        wrap = rng.random() < 0.5
        p = Pass(out, chars, wrap)
        keys = list(out) or ["ab"]
        for _ in range(10):
            s = "".join(rng.choice(keys) if rng.random() < 0.4 else rng.choice(_ALPHABET)
                        for _ in range(rng.randint(0, 30)))
            assert p.apply(s) == _reference(out, chars, wrap, s), (out, chars, wrap, s)


def test_c_pass_api_is_total_and_strict():
    p = Pass({"ab": "X"}, {"a": "1"})
    assert p.apply("") == ""
    assert p.apply("aab") == "1X"
    for bad in (b"ab", None, 3):
        with pytest.raises(TypeError):
            p.apply(bad)
    with pytest.raises(ValueError):
        Pass({"a": "x"}, {})  # a key of one character
    with pytest.raises(ValueError):
        Pass({}, {"ab": "x"})  # chars: one character per key
    with pytest.raises(ValueError):
        Pass({"ab": 1}, {})  # a value that is no str
    with pytest.raises(TypeError):
        pickle.dumps(p)
    assert p.nkeys == 1 and not p.wrap


def test_compiled_pass_round_trips_and_damaged_blobs_are_refused():
    rng = random.Random("blob")
    out, chars = {"ab": "X", "a€c": "", "😀😀": "yy"}, {"a": "1", "€": "eu", "b": ""}
    p = Pass(out, chars, True)
    blob = p.dump()
    q = Pass.frombytes(blob)
    text = "ab a€c 😀😀😀 b€ \ud800"
    assert q.apply(text) == p.apply(text) == _reference(out, chars, True, text)
    for cut in (0, 1, 40, len(blob) // 2, len(blob) - 1):
        with pytest.raises(ValueError):
            Pass.frombytes(blob[:cut])
    assert Pass.frombytes(blob + b"\0").blobsize == len(blob)  # a blob followed by more
    assert Pass.frombytes(b"\0" * 8 + blob, 8).apply(text) == p.apply(text)
    for data, offset in ((b"\0" + blob, 1), (blob, -1), (blob, len(blob) + 1)):
        with pytest.raises(ValueError):
            Pass.frombytes(data, offset)  # misaligned or out of range
    with pytest.raises(TypeError):
        Pass.frombytes(bytearray(blob))  # bytes only: the pass reads its tables in place
    # random damage: refused, or a pass that still converts without crashing
    refused = 0
    for _ in range(3000):
        b = bytearray(blob)
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        try:
            r = Pass.frombytes(bytes(b))
        except ValueError:
            refused += 1
            continue
        assert isinstance(r.apply(text + "abcab€😀"), str)
    assert refused > 0


def test_corrupt_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("CNTEXTCLEAN_CACHE", str(tmp_path))
    monkeypatch.setattr(_accel, "_loaded", {})
    c = _accel.load("hk2s")
    assert c is not None
    path = _accel._cache_file("hk2s")
    assert path is not None and path.is_file()
    path.write_bytes(path.read_bytes()[:-100])
    monkeypatch.setattr(_accel, "_loaded", {})
    c2 = _accel.load("hk2s")
    assert c2 is not None
    text = "頭髮和麪條"
    assert [p.apply(text) for p in c2.passes] == [p.apply(text) for p in c.passes]


def test_no_leak_in_the_c_pass():
    """Converting, compiling and loading again and again does not grow the traced memory
    (tracemalloc sees the C pass's allocations: PyMem and PyMem_Raw)."""
    c, _ = _both("s2twp")
    text = _mixed(random.Random("leak"), 3000) * 4
    blob = c.runtime.passes[1].dump()

    def work() -> None:
        for _ in range(8):
            _convert(c, text)
            Pass.frombytes(blob).apply(text)
            Pass({"ab": "c", "abc": ""}, {"a": "xy"}, True).apply(text)
            with pytest.raises(ValueError):
                Pass.frombytes(blob[:-1])

    work()
    tracemalloc.start()
    try:
        work()
        before = tracemalloc.get_traced_memory()[0]
        work()
        work()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert after - before < 200_000


def test_threads_convert_at_once_on_the_c_path():
    """The C pass converts without the GIL: threads sharing a converter get the same output."""
    c, p = _both("s2twp")
    texts = [_mixed(random.Random(i), 4000) for i in range(6)]
    want = [_convert(p, t) for t in texts]
    got: dict[int, list[str]] = {}

    def run(k: int) -> None:
        got[k] = [_convert(c, t) for t in texts for _ in range(3)][::3]

    threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(v == want for v in got.values()) and len(got) == 4


def test_the_environment_variable_forces_the_pure_python_path():
    code = "from cntextclean.script import opencc; print(opencc.ACCELERATED)"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    for value, want in (("1", "False"), ("", "True"), ("0", "True")):
        env["CNTEXTCLEAN_PURE_PYTHON"] = value
        r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                           text=True, check=True)
        assert r.stdout.strip() == want


def test_version_reports_the_path(capsys, monkeypatch):
    from cntextclean.cli import main

    for value, want in (("", "C accelerator"), ("1", "pure Python")):
        monkeypatch.setenv("CNTEXTCLEAN_PURE_PYTHON", value)
        with pytest.raises(SystemExit):
            main(["--version"])
        assert f"(OpenCC: {want})" in capsys.readouterr().out


def test_switching_paths_switches_shared_converters(monkeypatch):
    conv = opencc.get_converter("t2s")
    monkeypatch.setattr(opencc, "ACCELERATED", True)
    assert conv.convert("漢字") == "汉字" and conv.runtime.accelerated
    monkeypatch.setattr(opencc, "ACCELERATED", False)
    assert conv.convert("漢字") == "汉字" and not conv.runtime.accelerated


def test_stale_cache_of_other_versions_is_pruned(tmp_path, monkeypatch):
    """An upgraded install does not leave its old tables behind for ever: a cache directory of
    another version that nothing has used for 30 days goes, a recent one stays (another
    install may use it), anything not ours stays, and this version's directory is marked used.
    Old compiled passes of another build of the extension go the same way."""
    from cntextclean.script import _tables

    monkeypatch.setenv("CNTEXTCLEAN_CACHE", str(tmp_path))
    _tables.prune_cache.cache_clear()
    old_t = os.path.getmtime(tmp_path) - 40 * 86400
    stale = tmp_path / "opencc-1.4.1-t9-0000000000-py39"
    recent = tmp_path / "opencc-1.4.1-t9-1111111111-py39"
    foreign = tmp_path / "notes-from-the-user"
    for d in (stale, recent, foreign):
        d.mkdir()
        (d / "s2t.marshal").write_bytes(b"x")
    os.utime(stale, (old_t, old_t))
    os.utime(foreign, (old_t, old_t))
    path = _tables._cache_file("hk2s")
    assert path is not None
    assert not stale.exists() and recent.is_dir() and foreign.is_dir()
    if _accel._fmm is None:
        return
    monkeypatch.setattr(_accel, "_loaded", {})
    cpath = _accel._cache_file("hk2s")
    assert cpath is not None
    cpath.parent.mkdir(parents=True, exist_ok=True)
    old_build = cpath.with_name("hk2s.fmm0-0000000000")
    new_build = cpath.with_name("hk2s.fmm0-1111111111")
    other = cpath.with_name("s2t.fmm0-0000000000")
    for f in (old_build, new_build, other):
        f.write_bytes(b"x")
    os.utime(old_build, (old_t, old_t))
    os.utime(other, (old_t, old_t))
    assert _accel.load("hk2s") is not None  # compiled and written: its stale siblings go
    assert cpath.is_file() and not old_build.exists() and new_build.exists() and other.exists()
    mtime = os.path.getmtime(cpath)
    os.utime(cpath, (old_t, old_t))
    monkeypatch.setattr(_accel, "_loaded", {})
    assert _accel.load("hk2s") is not None  # read from the cache: marked used
    assert os.path.getmtime(cpath) >= mtime
    _tables.prune_cache.cache_clear()
