"""The before/after HTML report: input and cleaned output side by side, every change labelled.

A self-contained page (inline CSS and a few lines of inline script, no network, no external
assets). Each change of ``clean(..., explain=True)`` is traced back to the characters of the input
it replaced and forward to the characters of the output it produced, in one linear pass per step,
so a 100 KB page renders in about a second. Damage found by ``find_damage`` is listed, and a page
extraction also gets its article structure.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass

from .pipeline import Change, Explained

# A label is (step index, change index) or None for untouched text.
Label = tuple[int, int] | None


@dataclass
class Trace:
    """Which step touched each input character and produced each output character.

    ``runs`` are the step runs in execution order (a step of the repair stage may run more than
    once); a label ``(k, i)`` is change ``i`` of run ``k``."""

    runs: list[tuple[str, list[Change]]]
    input_labels: list[Label]
    output_labels: list[Label]

    def counts(self) -> dict[str, int]:
        """Changes per step name, in order of first appearance."""
        out: dict[str, int] = {}
        for name, chs in self.runs:
            out[name] = out.get(name, 0) + len(chs)
        return out


def _runs(changes: Sequence[Change]) -> list[tuple[str, list[Change]]]:
    """Consecutive changes of one step form one run (their spans share one input text)."""
    runs: list[tuple[str, list[Change]]] = []
    for c in changes:
        if runs and runs[-1][0] == c.step:
            runs[-1][1].append(c)
        else:
            runs.append((c.step, [c]))
    return [(name, sorted(chs, key=lambda c: c.start)) for name, chs in runs]


def trace(text: str, explained: Explained) -> Trace:
    """Follow ``explained.changes`` (in execution order, spans in each step's input) through the
    steps: the first step that changes an input character labels it; the last step that produced
    an output character labels that. One linear pass per step run."""
    runs = _runs(explained.changes)
    input_labels: list[Label] = [None] * len(text)
    cur_labels: list[Label] = [None] * len(text)
    origin: list[int] = list(range(len(text)))  # input position of each current char, -1 if new
    for k, (_, chs) in enumerate(runs):
        new_labels: list[Label] = []
        new_origin: list[int] = []
        pos = 0
        for i, c in enumerate(chs):
            if c.start < pos:  # overlapping spans cannot be traced: keep the earlier one
                continue
            new_labels.extend(cur_labels[pos : c.start])
            new_origin.extend(origin[pos : c.start])
            for o in origin[c.start : c.end]:
                if o >= 0 and input_labels[o] is None:
                    input_labels[o] = (k, i)
            new_labels.extend([(k, i)] * len(c.after))
            new_origin.extend([-1] * len(c.after))
            pos = c.end
        new_labels.extend(cur_labels[pos:])
        new_origin.extend(origin[pos:])
        cur_labels, origin = new_labels, new_origin
    return Trace(runs, input_labels, cur_labels)


_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em} h2{font-size:1.1em;margin-top:1.5em}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}
.panes{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.pane{white-space:pre-wrap;word-break:break-all;border:1px solid #bbb;padding:.6em;
      max-height:80vh;overflow:auto;font-family:"Noto Serif CJK SC",serif;line-height:1.6}
.chg{border-radius:2px} .del{text-decoration:line-through}
.hidden .chg{background:none!important;text-decoration:none}
.legend span{cursor:pointer;padding:1px 6px;margin:2px;display:inline-block;border-radius:3px}
.off{opacity:.35}
article{border-left:3px solid #8ab;padding-left:.8em;margin:1em 0}
.kicker,.subtitle{color:#555} .byline{font-style:italic} .furniture,.fragment{color:#888}
"""

_SCRIPT = """
document.querySelectorAll('.legend span[data-step]').forEach(function (el) {
  el.addEventListener('click', function () {
    var k = el.getAttribute('data-step');
    el.classList.toggle('off');
    document.querySelectorAll('.s' + k).forEach(function (c) { c.classList.toggle('hidden'); });
  });
});
var total = 0;
document.querySelectorAll('.legend span[data-count]').forEach(function (el) {
  total += parseInt(el.getAttribute('data-count'), 10);
});
document.getElementById('total').textContent = String(total);
document.body.setAttribute('data-ready', String(total));
"""


def _color(k: int) -> str:
    hue = (k * 47) % 360
    return f"hsl({hue},70%,85%)"


def _render(text: str, labels: list[Label], tr: Trace, ids: dict[str, int], *, deleted: bool) -> str:
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        lab = labels[i]
        j = i + 1
        while j < n and labels[j] == lab:
            j += 1
        chunk = html.escape(text[i:j])
        if lab is None:
            out.append(chunk)
        else:
            k, ci = lab
            c = tr.runs[k][1][ci]
            sid = ids[c.step]
            tip = html.escape(f"{c.step}: {c.before!r} -> {c.after!r}", quote=True)
            cls = f"chg s{sid}" + (" del" if deleted and not c.after else "")
            out.append(f'<span class="{cls}" style="background:{_color(sid)}" title="{tip}">{chunk}</span>')
        i = j
    return "".join(out)


def _page_html(page_dict: dict) -> str:
    parts: list[str] = []
    for a in page_dict.get("articles", []):
        parts.append("<article>")
        if a.get("section"):
            parts.append(f'<div class="furniture">[{html.escape(a["section"])}]</div>')
        if a.get("kicker"):
            parts.append(f'<div class="kicker">{html.escape(a["kicker"])}</div>')
        parts.append(f"<h3>{html.escape(a.get('headline') or '(no headline)')}</h3>")
        for key in ("subtitle", "byline"):
            if a.get(key):
                parts.append(f'<div class="{key}">{html.escape(a[key])}</div>')
        parts.extend(f"<p>{html.escape(p)}</p>" for p in a.get("paragraphs", []))
        parts.append("</article>")
    for key in ("furniture", "fragments"):
        items = page_dict.get(key) or []
        if items:
            cls = "furniture" if key == "furniture" else "fragment"
            parts.append(f"<h3>{key} ({len(items)})</h3><ul>")
            parts.extend(f'<li class="{cls}">{html.escape(x)}</li>' for x in items)
            parts.append("</ul>")
    debug = page_dict.get("debug") or {}
    links = debug.get("links") or debug.get("continuations") or []
    if links:
        parts.append(f"<h3>continuation links ({len(links)})</h3><ul>")
        parts.extend(f"<li>{html.escape(json.dumps(x, ensure_ascii=False))}</li>" for x in links)
        parts.append("</ul>")
    return "\n".join(parts)


def build_report(
    text: str,
    *,
    name: str = "input",
    encoding: str | None = None,
    to: str = "none",
    ocr: bool = False,
    layout: str = "auto",
    detect_ocr: bool = True,
) -> str:
    """The HTML report of cleaning ``text`` with these options."""
    from .api import _is_page, clean, find_damage, split_articles

    is_page = _is_page(text, layout)
    res = clean(text, to=to, ocr=ocr, layout=layout, explain=True, detect_ocr=detect_ocr)
    tr = trace(text, res)
    counts = tr.counts()
    ids = {name: k for k, name in enumerate(counts)}
    damage = find_damage(res.text)
    page_section = ""
    if is_page:
        page = split_articles(text, page_id=name, to=to, ocr=ocr, detect_ocr=detect_ocr)
        page_section = "<h2>Articles</h2>\n" + _page_html(page.to_dict(debug=True))
    legend = " ".join(
        f'<span data-step="{k}" data-count="{counts[s]}" style="background:{_color(k)}">'
        f"{html.escape(s)} <b>{counts[s]}</b></span>"
        for s, k in ids.items()
    )
    rows = "\n".join(
        f"<tr><td>{html.escape(d.kind)}</td><td>{d.start}-{d.end}</td>"
        f"<td>{html.escape(d.snippet)}</td></tr>"
        for d in damage
    )
    title = f"cntextclean report: {name}"
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title><style>{_CSS}</style></head>
<body>
<h1>{html.escape(title)}</h1>
<p>{len(text)} characters in{f", read as {html.escape(encoding)}" if encoding else ""}, \
{len(res.text)} out; {"page extraction" if is_page else "plain text"}; \
<span id="total">{len(res.changes)}</span> changes by {sum(1 for v in counts.values() if v)} steps; \
{len(damage)} damaged spans.</p>
<div class="legend">{legend or "no changes"}</div>
<p><small>Click a step to hide or show its highlights; hover a highlight for the change.</small></p>
<div class="panes">
<div><h2>Input</h2><div class="pane" id="input">{_render(text, tr.input_labels, tr, ids, deleted=True)}</div></div>
<div><h2>Cleaned</h2><div class="pane" id="output">{_render(res.text, tr.output_labels, tr, ids, deleted=False)}</div></div>
</div>
<h2>Changes per step</h2>
<table id="counts"><tr><th>step</th><th>changes</th></tr>
{"".join(f"<tr><td>{html.escape(s)}</td><td>{n}</td></tr>" for s, n in counts.items() if n)}
</table>
<h2>Damage that cannot be reversed ({len(damage)})</h2>
<table id="damage"><tr><th>kind</th><th>span</th><th>snippet</th></tr>
{rows}
</table>
{page_section}
<script>{_SCRIPT}</script>
</body></html>
"""
