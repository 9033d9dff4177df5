"""Paragraphs that went on the wrong article (OCR, plain pdftotext, pdfminer), sent home by the
words they share with it.

A paragraph that opens a column continues nothing the reading can see, so it goes on the
article read just before it. On OCR output that is often another article: tesseract reads a
banded two-column page's whole left column before the right, so the top of the right column
(the rest of the first band's article) comes right after the last band's article. What tells
the paragraph's own article is what it talks about: a paragraph on the ocean's species prints
``海洋``, ``物种``, ``科学家`` like the article headed ``…呼吁保护海洋…``, not like the insurance
report read before it.

:func:`rehome_by_topic` compares each paragraph that opens a sentence (never an article's
first) with every article's *core*: its headline, subtitle and first paragraph, the part the
assembly is surest of. A shared Han bigram weighs more the fewer cores print it (a bigram
every article prints tells nothing). The paragraph moves only where

- another article's core shares at least :data:`TOPIC_MIN` of weighted words with it, at least
  :data:`TOPIC_RATIO` times what its own article's core shares, and its own shares at most
  :data:`OWN_MAX` (a paragraph that shares real words with its own article stays: two articles
  on one topic, or two items of one roundup, would trade paragraphs);
- the other article has a whole headline (:func:`~cntextclean.page.roles.is_whole_headline`):
  the piece of a wrapped headline that OCR cut off (``发来贺信``) is no article to move text to.

A moved paragraph goes after its new article's first paragraph, in reading order.

:func:`rehome_by_lead_name` reads one more convention of news reports: a report's later
paragraphs open with the name of the person its headline opens with (``乔石会见爱沙尼亚议长``:
``乔石还向客人介绍…``), evidence that a paragraph-worth of topic words may not reach.

:func:`adopt_headless_by_topic` does the same for a whole run of paragraphs that the reading
left without headline (``据此间商业信息公司统计，…``: the rest of an article whose headline
and first paragraph were read elsewhere).

Plain pdftotext and pdfminer, which print neighbouring columns' blocks interleaved, run
:func:`rehome_by_topic` too, where the other article must also clearly beat every third one
(:data:`FLOWING_MARGIN`; judged against the gold on the dev and variant pages and the seeds,
107 moves right, 6 wrong, 16 neither; without the margin 130 / 23 / 33, six of the wrong ones
on seed 003, whose articles all report on one theme). PyMuPDF and ``pdftotext -layout`` do
not: their reading already puts these paragraphs right, and where it does not, topic is
weaker evidence than the reading (PyMuPDF dev cer 0.0010 -> 0.0086 with it).

:func:`rehome_off_topic_bodies` judges a whole body on a flowing extraction: one that shares no
word with its headline (a headline read right before another article's text) goes to the
article it clearly talks about.

On a flowing extraction, paragraphs printed together (a run of one extraction group, the
blank-line block of a column) are also judged as one: a column's worth of another article's
paragraphs (dev_012 pdftotext: the 乔石 report's second column, printed after the 李鹏 report)
often names that article's people and places only here and there, too little per paragraph,
clearly as a whole. Judged against the gold (dev and variant pages, pdftotext / pdfminer) the
moves went from 26/36/17/34 right and 3/6/3/3 wrong to 31/41/19/36 right, 3/6/4/4 wrong;
articles cer dev 0.2378 -> 0.2340 and 0.2854 -> 0.2812, variants 0.3129 -> 0.3109 and
0.3804 -> 0.3759 (pair_f1 up on all four; seeds unchanged). Not on OCR text: its blocks are
the engine's, and the runs moved there made the 37 variant pages worse (cer 0.2047 -> 0.2097).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Sequence

from ..charclass import HAN_BMP_CLASS, drop_space
from ..layout.lines import CLAUSE_MARK, word_cut
from ..outlets import DATELINE_LEAD, OUTLET_RE
from .order import Draft, bigrams, headline_text, names_source, similarity
from .roles import ROLE_EDITOR_NOTE, is_name_line, is_whole_headline, text_role

__all__ = [
    "FLOWING_MARGIN", "OFF_TOPIC_MIN_BODY", "OWN_MAX", "TOPIC_MIN", "TOPIC_RATIO", "adopt_headless_by_topic", "core_shares",
    "headline_name", "rehome_by_lead_name", "rehome_by_topic", "rehome_off_topic_bodies",
]

#: weighted shared words (nats) the other article's core must reach ...
TOPIC_MIN = 8.0
#: ... as a multiple of what the paragraph's own article's core shares ...
TOPIC_RATIO = 2.0
#: ... which may not exceed this
OWN_MAX = 5.0
#: plain pdftotext and pdfminer: the other article must also share this many times what any
#: third article's core shares (on a page of articles on one theme, seed 003's county
#: secretaries' reports, every core shares some words with every paragraph)
FLOWING_MARGIN = 3.0



def _core(d: Draft, texts: Sequence[str]) -> frozenset[str]:
    return bigrams("".join(texts[k] for k in d.headline + d.subtitle + d.paragraphs[0]))


def _share(words: frozenset[str], core: frozenset[str], weight: dict[str, float]) -> float:
    """The weight of the bigrams ``words`` and ``core`` share, summed exactly (``math.fsum``:
    a set's order follows the string hash seed, and a plain float sum in that order could tip
    a comparison one way in one run and the other in the next)."""
    return math.fsum(weight[b] for b in words & core)


def _weights(cores: Sequence[frozenset[str]]) -> dict[str, float]:
    """Each bigram's weight: log((n+1)/df), df = how many of the ``n`` cores print it."""
    df: Counter[str] = Counter()
    for c in cores:
        df.update(c)
    return {b: math.log((len(cores) + 1) / k) for b, k in df.items()}


def core_shares(text: str, drafts: Sequence[Draft], texts: Sequence[str]) -> list[float]:
    """What ``text`` shares with each of ``drafts``' cores (weighted Han bigrams, nats: the
    measure :func:`rehome_by_topic` uses; every draft must have a paragraph).

    >>> texts = ["科学家呼吁保护海洋", "海洋科学家发出呼吁。", "保险集团保费收入增长", "保险集团保费收入七百亿元。"]
    >>> ocean, insurance = Draft(headline=[0], paragraphs=[[1]]), Draft(headline=[2], paragraphs=[[3]])
    >>> [round(x, 2) for x in core_shares("海洋科学家说，海洋物种正在减少。", [ocean, insurance], texts)]
    [4.39, 0.0]
    """
    cores = [_core(d, texts) for d in drafts]
    weight = _weights(cores)
    words = bigrams(text)
    return [_share(words, core, weight) for core in cores]


def _place(d: Draft) -> None:
    """``d``'s paragraphs after its first in reading order (the first stays first)."""
    d.paragraphs[1:] = sorted(d.paragraphs[1:], key=min)


def _move(arts: Sequence[Draft], moves: Sequence[tuple[int, int, int]]) -> int:
    """Move paragraph ``j`` of article ``x`` to article ``y`` for each ``(x, j, y)``, after the
    new article's first paragraph in reading order; returns how many moved."""
    # (from each article's last paragraph back, so that the indices stay valid)
    for x, j, y in sorted(moves, key=lambda m: (m[0], -m[1])):
        arts[y].paragraphs.append(arts[x].paragraphs.pop(j))
    for y in {m[2] for m in moves}:
        _place(arts[y])
    return len(moves)


def _group_runs(d: Draft, groups: Sequence[object], mid_sentence: Collection[int]) -> list[list[int]]:
    """Runs of two or more of ``d``'s paragraphs (never its first) that follow one another in
    one extraction group (``groups[block]``), the first of each not starting mid-sentence."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for j in range(1, len(d.paragraphs)):
        grp = d.paragraphs[j]
        if grp[0] in mid_sentence:
            cur = []
            continue
        prev = d.paragraphs[cur[-1]] if cur else None
        if prev is not None and groups[prev[-1]] == groups[grp[0]] and grp[0] > prev[-1]:
            cur.append(j)
        else:
            cur = [j]
            runs.append(cur)
    return [r for r in runs if len(r) >= 2]


def rehome_by_topic(
    drafts: Sequence[Draft],
    texts: Sequence[str],
    mid_sentence: Collection[int] = (),
    *,
    margin: float = 0.0,
    groups: Sequence[object] | None = None,
) -> int:
    """Move each paragraph that another article's core talks about clearly more than its own
    article's (see the module's docstring); returns how many moved. ``mid_sentence``: the
    blocks that start mid-sentence (a paragraph opening with one continues something: it
    stays). ``margin``: the other article's core must also share at least this many times
    what any third article's core shares (0: no such test).

    >>> texts = ["科学家呼吁保护海洋", "新华社华盛顿电 海洋科学家今天发出呼吁，保护遭到破坏的海洋生物。",
    ...          "保险集团去年保费收入增长", "本报讯 保险集团去年保费收入七百亿元。",
    ...          "海洋生物多样性受到威胁，科学家指出海洋物种正在减少，海洋遭到破坏。"]
    >>> ocean, insurance = Draft(headline=[0], paragraphs=[[1]]), Draft(headline=[2], paragraphs=[[3], [4]])
    >>> rehome_by_topic([ocean, insurance], texts)
    1
    >>> ocean.paragraphs, insurance.paragraphs
    ([[1], [4]], [[3]])
    """
    arts = [d for d in drafts if d.has_body]
    if len(arts) < 2:
        return 0
    cores = [_core(d, texts) for d in arts]
    weight = _weights(cores)
    whole = [is_whole_headline(headline_text(d, texts)) for d in arts]

    def home(x: int, paras: Sequence[Sequence[int]]) -> int:
        """The article ``paras`` (of article ``x``) should go to: ``x`` when none clearly."""
        words = bigrams("".join(texts[k] for grp in paras for k in grp))
        scores = [_share(words, core, weight) for core in cores]
        if scores[x] > OWN_MAX:
            return x
        best = max(range(len(arts)), key=lambda y: (scores[y], y == x))
        if best != x and whole[best] and scores[best] >= TOPIC_MIN and scores[best] >= TOPIC_RATIO * scores[x]:
            runner_up = max((v for y, v in enumerate(scores) if y not in (x, best)), default=0.0)
            if scores[best] >= margin * runner_up:
                return best
        return x

    moves: list[tuple[int, int, int]] = []
    for x, d in enumerate(arts):
        moved: set[int] = set()
        if groups is not None:
            for run in _group_runs(d, groups, mid_sentence):
                y = home(x, [d.paragraphs[j] for j in run])
                if y != x:
                    moves.extend((x, j, y) for j in run)
                    moved.update(run)
        for j in range(1, len(d.paragraphs)):
            if j in moved or d.paragraphs[j][0] in mid_sentence:
                continue
            y = home(x, [d.paragraphs[j]])
            if y != x:
                moves.append((x, j, y))
    return _move(arts, moves)


#: what follows the person a news headline opens with (``乔石会见爱沙尼亚议长``,
#: ``李鹏在…强调``): the verbs and prepositions of the news headline's subject
_LEAD_VERB = ("(?:会见|接见|会晤|致电|致信|致函|电贺|出席|视察|看望|慰问|考察|访问|抵达|主持|强调|指出|表示|"
              "呼吁|宣布|说|在|同|与|向|就|对|为)")
#: a person's name: two to four Han characters, before that verb
_NAME = re.compile(f"[{HAN_BMP_CLASS}]{{2,4}}?(?={_LEAD_VERB})")
#: what follows a person's name opening a paragraph of the report (``乔石还向客人介绍``,
#: ``李鹏说``, ``江泽民指出``): the first character of a verb or adverb of speech and action
_AFTER_NAME = frozenset("说还指强表对在向希认介会回谈最首接并也今同赞感祝询听重阐代特随详")


def headline_name(head: str) -> str | None:
    """The person a news headline opens with, where it names one before its verb.

    >>> headline_name("乔石会见爱沙尼亚议长"), headline_name("李鹏在全国海关关长会议上强调")
    ('乔石', '李鹏')
    >>> headline_name("俄罗斯新卢布开始流通") is None
    True
    """
    m = _NAME.match(drop_space(head))
    return m.group(0) if m else None


def rehome_by_lead_name(drafts: Sequence[Draft], texts: Sequence[str], mid_sentence: Collection[int] = ()) -> int:
    """Move each paragraph that opens with the name of the person another article's headline
    opens with (``乔石还向客人介绍…`` under ``江泽民会见美国客人``, where ``乔石会见爱沙尼亚议长``
    is on the page) to that article: a report's later paragraphs name its subject again and
    again (``乔石说``, ``乔石还…``), and a page rarely carries two reports on one person.
    Only where exactly one article's headline opens with the name and its first paragraph
    names the person too (a headline that the assembly put over another report's text is no
    home), and the paragraph's own article names the person nowhere in its core (headline,
    subtitle, first paragraph). Returns how many paragraphs moved.

    Measured (``tools/score_articles.py``, cer / pair_f1): dev tess150 0.1380 / 0.923 ->
    0.1355 / 0.924, tess300 0.1508 / 0.927 -> 0.1483 / 0.928; the variant bench's pdftotext
    0.3132 -> 0.3114 (headline_em 0.752 -> 0.764), OCR 0.1978 -> 0.1952 and 0.1773 -> 0.1746;
    every other flavour and bench (text variants, seeds) unchanged. On the gold's own articles
    it moves nothing (tested).

    >>> texts = ["乔石会见爱沙尼亚议长", "新华社北京电 乔石今天会见了爱沙尼亚议长。",
    ...          "江泽民会见美国客人", "新华社北京电 江泽民今天会见了美国客人。", "乔石还向客人介绍了中国经济形势。"]
    >>> qiao, jiang = Draft(headline=[0], paragraphs=[[1]]), Draft(headline=[2], paragraphs=[[3], [4]])
    >>> rehome_by_lead_name([qiao, jiang], texts)
    1
    >>> qiao.paragraphs, jiang.paragraphs
    ([[1], [4]], [[3]])
    """
    arts = [d for d in drafts if d.has_body and d.headline]
    names = [headline_name(headline_text(d, texts)) for d in arts]
    count = Counter(n for n in names if n)
    firsts = ["".join(texts[k] for k in d.paragraphs[0]) for d in arts]
    owner = {n: y for y, n in enumerate(names) if n and count[n] == 1 and n in firsts[y]}
    if not owner:
        return 0
    moves: list[tuple[int, int, int]] = []
    for x, d in enumerate(arts):
        core = "".join(texts[k] for k in d.headline + d.subtitle) + firsts[x]
        for j in range(1, len(d.paragraphs)):
            grp = d.paragraphs[j]
            if grp[0] in mid_sentence:
                continue
            text = drop_space(texts[grp[0]])
            for name, y in owner.items():
                if (y != x and text.startswith(name) and text[len(name) : len(name) + 1] in _AFTER_NAME
                        and name not in core):
                    moves.append((x, j, y))
                    break
    return _move(arts, moves)


def adopt_headless_by_topic(drafts: Sequence[Draft], texts: Sequence[str]) -> list[Draft]:
    """The articles without headline, byline or subtitle (OCR: a run of paragraphs the reading
    left on its own) go on the article whose core talks about them; returns the drafts left.

    No newspaper article is printed without a headline (none of the dev and seed gold's is):
    such a draft is the rest of an article that a column break or a misread line cut off. Its
    text is compared with every headed article's core, as :func:`rehome_by_topic` does; it
    joins the article whose core shares at least :data:`TOPIC_MIN` of weighted words and
    :data:`TOPIC_RATIO` times the runner-up's, its paragraphs placed by reading order after
    that article's first. It stays where it is if it opens with a dateline (an article whose
    headline the OCR lost: ``新华社北京一月十三日电``), has no sentence punctuation (a
    headline read as a paragraph), or no core clearly talks about it.

    >>> texts = ["企业兼并创纪录", "新华社纽约电 去年全球企业兼并总额创下纪录。",
    ...          "新年桌边添餐椅", "新华社罗马电 意大利人新年请无家可归者同桌用餐。",
    ...          "此间分析家认为，全球企业兼并的浪潮还将高涨，兼并总额可能再创纪录。"]
    >>> merger, table = Draft(headline=[0], paragraphs=[[1]]), Draft(headline=[2], paragraphs=[[3]])
    >>> rest = Draft(paragraphs=[[4]])
    >>> adopt_headless_by_topic([merger, table, rest], texts) == [merger, table]
    True
    >>> merger.paragraphs
    [[1], [4]]
    """
    heads = [d for d in drafts if d.has_body and is_whole_headline(headline_text(d, texts))]
    orphans = [
        d for d in drafts
        if d.has_body and not (d.headline or d.subtitle) and not names_source(d, texts)
    ]
    if not heads or not orphans:
        return list(drafts)
    cores = [_core(d, texts) for d in heads]
    weight = _weights(cores)
    gone: set[int] = set()
    for d in orphans:
        text = "".join(texts[k] for grp in d.paragraphs for k in grp)
        if CLAUSE_MARK.search(text) is None:  # no body prose (a headline read as one)
            continue
        words = bigrams(text)
        scores = sorted(((_share(words, core, weight), y) for y, core in enumerate(cores)), reverse=True)
        best, y = scores[0]
        runner_up = scores[1][0] if len(scores) > 1 else 0.0
        if best >= TOPIC_MIN and best >= TOPIC_RATIO * runner_up:
            heads[y].paragraphs.extend(d.paragraphs)
            _place(heads[y])
            gone.add(id(d))
    return [d for d in drafts if id(d) not in gone]


#: the words of a report's source, which every report prints (``本报讯 记者某某报道``,
#: ``新华社北京1月2日电``): no evidence of what a paragraph talks about
_SOURCE = re.compile(rf"(?:{DATELINE_LEAD})|(?:本报)?(?:特约)?(?:记者|通讯员)[^，。：:\s]{{0,12}}?报道|据?(?:{OUTLET_RE})")
#: the least text (characters) an off-topic body must print to be judged by its words
OFF_TOPIC_MIN_BODY = 40


def rehome_off_topic_bodies(drafts: Sequence[Draft], texts: Sequence[str], mid_sentence: Collection[int] = (), *,
                            margin: float = FLOWING_MARGIN) -> list[Draft]:
    """Move the body of an article that shares no word with its headline, and clearly talks
    about another article, to that article; returns the drafts it emptied (each left with its
    headline, subtitle, byline, if any, for the caller to set aside).

    A report's body prints its headline's words (all but 2 of the 169 dev gold articles, every
    one of the 1,352 other-text gold articles share a Han bigram with theirs). Where a flowing
    extraction read a headline right before another article's text (dev_034 plain pdftotext:
    ``1997：竞技场 上佳音频传`` over the rest of ``越共发表八届四中全会决议``'s report, ``决议在分析了
    越共八大以来…``), the body says so: it shares nothing with its headline and much with the
    other article's core (:func:`rehome_by_topic`'s measure, the report's source words left
    out). It moves where the other article's core shares at least :data:`TOPIC_MIN` and
    ``margin`` times what any third article's does, after that article's first paragraph in
    reading order. Not a body that opens with an editor's note or a subtitle (a package's
    header: its note names every article under it), nor under a headline that is a name (a
    byline read as a headline), nor one shorter than :data:`OFF_TOPIC_MIN_BODY`, nor an
    article with a byline (a feature's headline may share no word with its story, ``永恒的思念``
    over a visit to a memorial: the byline says the text under it is that article's; variant
    pdfminer byline_em 0.914 -> 0.886 without this test). Where the body opens mid-sentence (a
    block of ``mid_sentence``, or a word read on across the seam), the "headline" is a line cut
    off the body's first paragraph and moves with it.

    >>> texts = ["越共发表四中全会决议", "新华社河内电 越共中央全会决议：越南必须加快经济结构的转变。", "竞技场上佳音频传",
    ...          "决议在分析了越共八大以来的形势以后指出，越南必须加快经济结构的转变，越共全党要努力奋斗。",
    ...          "保险集团保费收入增长", "本报讯 保险集团去年保费收入七百亿元。"]
    >>> vn, sport = Draft(headline=[0], paragraphs=[[1]]), Draft(headline=[2], paragraphs=[[3]])
    >>> ins = Draft(headline=[4], paragraphs=[[5]])
    >>> [headline_text(d, texts) for d in rehome_off_topic_bodies([vn, sport, ins], texts)]
    ['竞技场上佳音频传']
    >>> vn.paragraphs, sport.paragraphs
    ([[1], [3]], [])
    """
    arts = [d for d in drafts if d.has_body and d.headline]
    if len(arts) < 2:
        return []
    cores = [_core(d, texts) for d in arts]
    heads = [headline_text(d, texts) for d in arts]
    bodies = ["".join(texts[k] for grp in d.paragraphs for k in grp) for d in arts]

    def off_topic(x: int) -> bool:
        d, head, body = arts[x], heads[x], bodies[x]
        return not (len(body) < OFF_TOPIC_MIN_BODY or similarity(head, body) > 0 or is_name_line(head)
                    or bool(d.byline) or text_role(texts[d.paragraphs[0][0]]) == ROLE_EDITOR_NOTE
                    or "编者" in body[:80] or body.startswith("—"))

    # (an article that is itself off its headline's topic is no home for another's text)
    cands = [x for x in range(len(arts)) if off_topic(x)]
    homeless = set(cands)
    emptied: list[Draft] = []
    for x in cands:
        d, head = arts[x], heads[x]
        words = bigrams(_SOURCE.sub("", bodies[x]))
        # (the article's own core is its headline here: its first paragraph is what is judged)
        weight = _weights([*cores[:x], bigrams(head), *cores[x + 1 :]])
        scores = [_share(words, c, weight) if y not in homeless else 0.0 for y, c in enumerate(cores)]
        best = max(range(len(arts)), key=lambda y: scores[y])
        runner_up = max((v for y, v in enumerate(scores) if y != best), default=0.0)
        if best in homeless or scores[best] < TOPIC_MIN or scores[best] < margin * runner_up:
            continue
        if d.paragraphs[0][0] in mid_sentence or word_cut(head, texts[d.paragraphs[0][0]]):
            # the "headline" is the body's first words, a line cut off it (``《虎踞钟山》全剧风格厚实凝``
            # over ``重，大气磅礴…``): it goes with them
            d.paragraphs[0] = [*d.headline, *d.paragraphs[0]]
            d.headline = []
        arts[best].paragraphs.extend(d.paragraphs)
        d.paragraphs = []
        _place(arts[best])
        emptied.append(d)
    return emptied
