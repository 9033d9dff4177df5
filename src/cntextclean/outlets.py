"""News outlets named in datelines, bylines, sign-offs and photo credits: one list for every pattern.

A Chinese news paragraph opens with a dateline naming the agency (``新华社北京１月５日电``,
``据法新社巴黎１月５日电``, ``本报讯``), a byline names the reporter's outlet
(``本报记者``, ``中新社记者``), a sign-off closes the article (``（本报东京１月６日电）``) and a
photo credit ends a caption (``新华社记者某某摄``). The layout and page families recognise
all of these with regular expressions; they build the outlet part from :data:`OUTLET_RE`
so that adding an outlet here teaches every pattern at once.

>>> import re
>>> bool(re.match(rf"^据?(?:{OUTLET_RE})\\S{{0,16}}?电", "据路透社伦敦１月５日电"))
True
>>> bool(re.match(rf"^(?:{OUTLET_RE})", "新华网"))
True
>>> bool(re.match(rf"^(?:{OUTLET_RE})", "中央社会主义学院"))
False
"""

from __future__ import annotations

import re

__all__ = ["AGENCIES", "BYLINE_MARKERS", "BYLINE_ROLES", "DATELINE_LEAD", "MEDIA", "OUTLETS", "OUTLET_RE", "OWN"]

#: the paper (or magazine) itself: ``本报讯``, ``本报记者``, ``本刊讯``
OWN: tuple[str, ...] = ("本报", "本刊")

#: news agencies, Chinese and foreign, as Chinese papers name them
AGENCIES: tuple[str, ...] = (
    "新华社",
    "新华通讯社",
    "中新社",
    "中国新闻社",
    "中通社",
    "中央社",
    "中评社",
    "法新社",
    "路透社",
    "美联社",
    "合众国际社",
    "合众社",
    "共同社",
    "时事社",
    "塔斯社",
    "俄通社",
    "俄新社",
    "德新社",
    "埃菲社",
    "安莎社",
    "韩联社",
    "安纳社",
    "中东社",
    "拉美社",
)

#: papers, broadcasters and news sites cited in datelines and bylines
MEDIA: tuple[str, ...] = (
    "人民日报",
    "光明日报",
    "经济日报",
    "中国日报",
    "解放军报",
    "央视",
    "央视网",
    "中央电视台",
    "新华网",
    "人民网",
    "中新网",
    "央广网",
)

#: every outlet above
OUTLETS: tuple[str, ...] = OWN + AGENCIES + MEDIA

#: what follows ``…社`` when it is no agency: ``中央社会主义学院`` ``共同社区`` ``合作社员``
_NOT_AGENCY_TAIL = "(?![会区团员])"


def _alternative(name: str) -> str:
    return re.escape(name) + (_NOT_AGENCY_TAIL if name.endswith("社") else "")


#: a regular-expression alternation (no group) matching any outlet, the longest name first
#: (``央视网`` before ``央视``), for use inside ``(?:...)``
OUTLET_RE: str = "|".join(_alternative(x) for x in sorted(set(OUTLETS), key=lambda s: (-len(s), s)))
#: a dateline lead-in as it opens a body paragraph: ``据新华社北京１月５日电``, ``本报北京１月５日讯``
#: (up to 16 characters of place and date between the outlet and ``电``/``讯``; a regex piece)
DATELINE_LEAD: str = rf"据?(?:{OUTLET_RE})[^，。！？\s]{{0,16}}?(?:电|讯)"


#: The marks a newspaper sets before a byline (``□ 本报记者 某某``, ``■ 本报驻加拿大记者 某某``),
#: shared by the layout and page families like the outlet list.
BYLINE_MARKERS = "□■●◆◇○▲△"

#: words that end the role part of a byline (``本报记者``, ``区委书记`` + names), in Simplified
#: and Traditional characters: the layout family finds bylines with them, the typography family
#: keeps the role-name gap of a printed byline line
BYLINE_ROLES: tuple[str, ...] = (
    "记者", "通讯员", "特约", "撰稿", "作者", "本报", "评论员", "实习生", "编译", "摄影", "书记", "市长",
    "县长", "区长", "主任", "局长", "厅长", "部长", "主席", "院长", "校长", "经理", "董事长", "委员",
    "記者", "通訊員", "特約", "本報", "評論員", "實習生", "編譯", "攝影", "書記", "市長", "縣長", "區長",
    "局長", "廳長", "部長", "院長", "校長", "經理", "董事長", "委員",
)
