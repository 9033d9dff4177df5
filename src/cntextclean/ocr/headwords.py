"""A headline's misread characters, set right by the words its page's body prints.

Headlines are set large and bold: OCR misreads their characters more often than the body's
(``李朋会见…`` for ``李鹏会见…``, ``世界游泳锅标赛`` for ``锦标赛``), and a misread headline line
is not the headline. A headline's words come back in its article: where a character of a
headline has a glyph look-alike (:func:`~cntextclean.ocr.confusions.lookalikes`) that makes a
run of three or more of the headline's characters read exactly as the body prints them, and
the headline's own reading of that place appears nowhere in the body, the body is the
evidence. A run of two (a name: ``李鹏``) needs the body to print it twice and the plausibility
model to agree. A character the table does not list needs a run of three (or four on one side)
and a bad seat between its neighbours, or, where the body prints no run of two through it, a
clear gain of the character model (``姜春云会见沃尔沃公司总朝`` → ``总裁``). Where the body
prints the headline's reading too (the engine misread a body line the same way), the other
reading must outvote it: three times as often, and at least three
times (``艰兰奋斗`` once, ``艰苦奋斗`` seven times). A mended line is looked over again: a
neighbour set right makes the run that shows the next misread (``论艰兰香斗``). Used by the
page analysis on OCR pages (it knows which lines are headlines and which are body); a
function, not a registered cleaner (it needs two texts).

>>> fix_headline("传全有会见美国客人", "总参谋长傅全有上将今天会见了美国客人。")
'傅全有会见美国客人'
>>> fix_headline("传统节日", "春节是中国人最重要的节日。")
'传统节日'
"""

from __future__ import annotations

from ..charclass import drop_space
from ..charclass import is_han_bmp as _is_han
from .confusions import CONTEXT_GAIN, _bigram, _candidates, _local_gain

__all__ = ["fix_headline"]


def _char_logp(ch: str) -> float:
    from .. import plausibility as P

    return P.char_logp(ch)


#: a look-alike must be at least this similar (x 1000): the body is the evidence
MIN_SIM = 550
#: the shortest run of headline characters the body must print (with the look-alike) ...
MIN_RUN = 3
#: ... or, a run of two: printed this often in the body, and more plausible by this many nats
PAIR_MIN_COUNT = 2
PAIR_GAIN = 1.0
#: a character the look-alike table does not list: the body must print this long a run
MIN_RUN_UNLISTED = 3
#: ... the headline's character must cost this much (nats) between its two neighbours (the
#: look-alike cleaner looks at -12: an abbreviation, ``男篮``, or a two-part headline's gap,
#: ``经济　美不再``, costs that much and is right) ...
SUSPICIOUS_UNLISTED = -17.0
#: ... and its character must not be this frequent (log-probability, nats): the most frequent
#: characters (``的``, ``是``, ``不``) fill some such gap of any body by chance
FREQUENT = -6.0
#: ... or this many neighbours on one side only (with the character, a run of four), unless
#: the headline's character is this rare (log-probability, nats) and the body prints it too
ONE_SIDED_CONTEXT = 3
RARE = -9.0
#: where the body prints the headline's own reading too, the other reading must be printed
#: this many times as often, and at least this often
OUTVOTE = 3
#: the longest run looked for (a longer one adds no evidence)
MAX_RUN = 6
#: where the body prints no run of two or more of the headline's characters through a
#: character (its reading has no support at all), the unlisted rule needs no bad seat between
#: two neighbours (a headline's last character has one: ``…沃尔沃公司总朝``): the body's run
#: and a character-model gain of this many nats suffice. Measured with 6.0: tess300 dev
#: headline_em 0.473 -> 0.491 (``总裁``, ``李岚清``, ``全面完成``), the other OCR benches
#: unchanged, clean --ocr tess300 cer 0.1558 -> 0.1555 and dev_trad tess150 0.2474 -> 0.2454
#: (``吴邦国``), every headline it changed on them changed right; 0 of the 719 gold headlines
#: and subtitles (seeds, dev, held-out and variant pages, each with its own page's body)
#: changed. 5.0 also turns ``男复`` into ``男子`` (gold ``男篮``); 4.0 changes 12 gold headlines
#: (``男篮`` -> ``男子``, ``牵动`` -> ``活动``)
LOOSE_GAIN = 6.0
#: how many times :func:`fix_headline` looks over a line it mended
_PASSES = 3



def _run(chars: list[str], i: int, body: str) -> tuple[int, int]:
    """The longest run of Han characters of ``chars`` through position ``i`` that ``body``
    prints (at most :data:`MAX_RUN`), and how often ``body`` prints it: (length, count)."""
    best = (0, 0)
    n = len(chars)
    for start in range(max(0, i - MAX_RUN + 1), i + 1):
        if not all(_is_han(chars[k]) for k in range(start, i + 1)):
            continue
        for end in range(i + 1, min(n, start + MAX_RUN) + 1):
            if not _is_han(chars[end - 1]):
                break
            gram = "".join(chars[start:end])
            if end - start <= best[0]:
                continue
            k = body.count(gram)
            if not k:
                break  # (a longer run from this start is printed no more)
            best = (end - start, k)
    return best


def fix_headline(head: str, body: str) -> str:
    """``head`` (a headline or subtitle line of an OCR page) with the characters set right
    that ``body`` (the page's body text) shows were misread (see the module docstring).
    Total: any two strings in, a string out; characters are only replaced, never added or
    removed, and ``head`` comes back unchanged where there is no such evidence."""
    if not isinstance(head, str) or not isinstance(body, str) or not head or not body:
        return head
    flat_body = drop_space(body)
    # (again over the mended line: a neighbour set right makes the run that shows the next
    # misread, ``论艰兰香斗``: ``香`` first, then ``兰`` in ``艰苦奋斗``)
    for _ in range(_PASSES):
        fixed = _fix_once(head, flat_body)
        if fixed == head:
            break
        head = fixed
    return head


def _fix_once(head: str, flat_body: str) -> str:
    """One look over ``head``, left to right (see :func:`fix_headline`)."""
    chars = list(head)
    for i, c in enumerate(chars):
        if not _is_han(c):
            continue
        own, own_count = _run(chars, i, flat_body)
        if own >= 2 and (own_count > 1 or not _sits_badly(chars, i)):
            continue  # the body prints the headline's own reading here
        best: tuple[int, int, int, str] | None = None
        for cand, sim in _candidates(c, MIN_SIM):
            trial = [*chars[:i], cand, *chars[i + 1 :]]
            length, count = _run(trial, i, flat_body)
            if length < 2:
                continue
            if length < MIN_RUN:
                if count < PAIR_MIN_COUNT or _local_gain("".join(chars), i, cand) < PAIR_GAIN:
                    continue
            key = (length, count, sim, cand)
            if best is None or key[:3] > best[:3]:
                best = key
        if best is None:
            best = _unlisted(chars, i, flat_body, loose=own <= 1)
        if best is not None and own >= 2 and not _outvoted(chars, i, best[3], flat_body):
            best = None  # the body prints the headline's own reading here
        if best is not None:
            chars[i] = best[3]
    return "".join(chars)


def _sits_badly(chars: list[str], i: int) -> bool:
    """Does ``chars[i]`` sit very badly between two Han neighbours (as a misread does)?"""
    if not (0 < i < len(chars) - 1 and _is_han(chars[i - 1]) and _is_han(chars[i + 1])):
        return False
    return _bigram(chars[i - 1], chars[i]) + _bigram(chars[i], chars[i + 1]) <= SUSPICIOUS_UNLISTED


def _outvoted(chars: list[str], i: int, cand: str, body: str) -> bool:
    """Where the body prints the headline's reading of position ``i`` too (the engine misread
    a body line the same way: ``艰兰奋斗`` once), is it outvoted: does the body print the
    reading with ``cand`` in the same window of three or four characters :data:`OUTVOTE` times
    as often, and at least that often (``艰苦奋斗`` seven times)? The consistency the issue
    names: a word written one way many times and another way once."""
    n = len(chars)
    for size in (4, 3):
        for start in range(max(0, i - size + 1), min(i, n - size) + 1):
            gram = chars[start : start + size]
            if not all(_is_han(ch) for ch in gram):
                continue
            mine = "".join(gram)
            other = "".join([*gram[: i - start], cand, *gram[i - start + 1 :]])
            k = body.count(other)
            if k >= OUTVOTE and k >= OUTVOTE * body.count(mine):
                return True
    return False


def _unlisted(chars: list[str], i: int, body: str, *, loose: bool = False) -> tuple[int, int, int, str] | None:
    """A character the look-alike table does not list for ``chars[i]``: the body must print
    a run of :data:`MIN_RUN_UNLISTED` or more with it inside (neighbours on both sides), or
    of four with :data:`ONE_SIDED_CONTEXT` neighbours on one side (``打击心怖犯罪``, the body's
    ``恐怖犯罪``; not where the headline's character is rare and the body prints it), the
    headline's character must sit very badly between its neighbours and the body's far better
    (as a misread reads, ``打击您怖犯罪``; ``中美关系`` where the body prints ``中日关系``
    stays as it is), and it must not be one of the most frequent characters. ``loose``: the
    body prints no run of two through the headline's character (its reading has no support):
    without a bad seat, a gain of :data:`LOOSE_GAIN` nats (instead of ``CONTEXT_GAIN``) will do."""
    bad = _sits_badly(chars, i)  # (which needs Han neighbours on both sides)
    if not bad and not loose:
        return None
    needed = CONTEXT_GAIN if bad else LOOSE_GAIN
    n = len(chars)
    head = "".join(chars)
    found: dict[str, int] = {}
    for start in range(max(0, i - MAX_RUN + 2), i):
        for end in range(i + 2, min(n, start + MAX_RUN) + 1):
            if end - start < MIN_RUN_UNLISTED:
                continue
            left, right = head[start:i], head[i + 1 : end]
            if not all(_is_han(ch) for ch in left + right):
                break
            # every place the body prints ``left``, one Han character, then ``right``
            at = body.find(left)
            while at >= 0:
                mid = at + len(left)
                if mid < len(body) and _is_han(body[mid]) and body.startswith(right, mid + 1):
                    found[body[mid]] = max(found.get(body[mid], 0), end - start)
                at = body.find(left, at + 1)
    # ... or on one side only, where that side is longer (``打击心怖犯罪``: the body prints
    # ``恐怖犯罪`` but not ``击恐``): the character and three or more of its neighbours; not
    # for a rare character that the body prints too (``捷…恶化匈犯罪``: 匈 for 匈牙利, and the
    # body's ``性犯罪`` is another word)
    if not (_char_logp(chars[i]) < RARE and chars[i] in body):
        for k in range(ONE_SIDED_CONTEXT, MAX_RUN):
            right = head[i + 1 : i + 1 + k]
            if len(right) == k and all(_is_han(ch) for ch in right):
                at = body.find(right, 1)
                while at >= 1:  # the character the body prints before ``right``
                    if _is_han(body[at - 1]):
                        found[body[at - 1]] = max(found.get(body[at - 1], 0), k + 1)
                    at = body.find(right, at + 1)
            left = head[i - k : i] if i >= k else ""
            if len(left) == k and all(_is_han(ch) for ch in left):
                at = body.find(left)
                while at >= 0:  # the character the body prints after ``left``
                    if at + k < len(body) and _is_han(body[at + k]):
                        found[body[at + k]] = max(found.get(body[at + k], 0), k + 1)
                    at = body.find(left, at + 1)
    best: tuple[int, int, int, str] | None = None
    for cand, length in found.items():
        if cand == chars[i] or _char_logp(cand) > FREQUENT or _local_gain(head, i, cand) < needed:
            continue  # (a frequent character fills some gap of the body by chance)
        key = (length, 0, 0, cand)
        if best is None or key[:1] > best[:1]:
            best = key
    return best
