#!/usr/bin/env python3
"""Make a bench-shaped *other text* benchmark: dev's page layouts filled with the seeds' articles.

The hidden test set is "of the same kind, from other text and layouts". ``make_variant_bench.py``
re-styles dev's pages (other layouts, the same text); this tool keeps each dev page's layout
(its HTML and CSS) and replaces the text of its articles with articles of ``../shared/gold``
(the seeds' hand-checked articles: 2020s local and provincial news, other bylines, other
headline habits), prints the page with headless Chromium and reads it back with the bench's
extractors. The gold is the seed articles placed, in the page's order.

Each ``<div class="art">`` of the template gets the next seed article (rotating through the
headed seed articles, a different start per page): its headline (a two-part headline's gap
printed as dev prints one), subtitle and byline where the seed article has them (the template's
are dropped where it has none), its paragraphs where the template's were (a figure stays after
as many paragraphs as before). Section labels and figures are the template's.

    python tools/make_text_variants.py                      # -> /tmp/text_variants/dev (+ score.py)
    python tools/make_text_variants.py --only dev_012 --ocr # + tess150/tess300
    python tools/make_text_variants.py --rounds 2 --first-round 4 --out /tmp/tv_new
                                                            # rounds 4 and 5 only: a fresh held-out set
    python tools/make_text_variants.py --templates /tmp/varb/dev --ocr --rounds 2 --out /tmp/tvb \
        --only dev_024-b dev_012-b          # set B's layouts (make_variant_bench.py --set b) as templates

Scoring::

    python tools/score_articles.py bench pdftotext --bench /tmp/text_variants

Needs what ``make_variant_bench.py`` needs (Chromium, poppler-utils, pdfminer.six, PyMuPDF, the
fonts; tesseract for ``--ocr``). Deterministic.
"""

from __future__ import annotations

import argparse
import html as htmlmod
import json
import logging
import re
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_variant_bench as mvb

GOLD = mvb.ROOT.parent / "shared" / "gold"

_P = re.compile(r"<p>.*?</p>\n?", re.S)
_HL = re.compile(r'(<div class="hl[^"]*">)(.*?)(</div>)', re.S)
_SUB = re.compile(r'<div class="sub">.*?</div>\n?', re.S)
_BY = re.compile(r'<div class="by[^"]*">.*?</div>\n?', re.S)


def seed_articles(gold: Path = GOLD) -> list[dict]:
    """The seeds' articles that have a headline, in file order."""
    out = []
    for f in sorted(gold.glob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8"))["articles"]:
            if a.get("headline") and a.get("paragraphs"):
                out.append({k: a.get(k) for k in ("headline", "subtitle", "byline", "paragraphs")})
    return out


def art_spans(page: str) -> list[tuple[int, int]]:
    """(start, end) of every ``<div class="... art">`` element (nested divs counted)."""
    spans = []
    for m in re.finditer(r'<div class="(?:band )?art">', page):
        depth, i = 0, m.start()
        for t in re.finditer(r"<div\b|</div>", page[m.start():]):
            depth += 1 if t.group(0) == "<div" else -1
            if depth == 0:
                i = m.start() + t.end()
                break
        spans.append((m.start(), i))
    return spans


def _head_html(headline: str) -> str:
    parts = headline.split(" ")
    if len(parts) == 2:
        return f'<span>{htmlmod.escape(parts[0])}</span><span class="p2">{htmlmod.escape(parts[1])}</span>'
    return htmlmod.escape(headline)


def fill(art: str, a: dict) -> str:
    """The template article ``art`` with the text of seed article ``a``."""
    art = _SUB.sub("", _BY.sub("", art))
    m = _HL.search(art)
    if m is None:
        raise ValueError("template article without headline")
    extra = ""
    if a.get("subtitle"):
        extra += f'\n<div class="sub">{htmlmod.escape(a["subtitle"])}</div>'
    if a.get("byline"):
        extra += f'\n<div class="by">{htmlmod.escape(a["byline"])}</div>'
    art = art[: m.start()] + m.group(1) + _head_html(a["headline"]) + m.group(3) + extra + art[m.end():]
    olds = list(_P.finditer(art))
    if not olds:
        raise ValueError("template article without paragraphs")
    fig = art.find('<div class="fig">')
    before = sum(1 for p in olds if fig < 0 or p.start() < fig)
    paras = [f"<p>{htmlmod.escape(p)}</p>\n" for p in a["paragraphs"]]
    head, tail = paras[:before] if fig >= 0 else paras, paras[before:] if fig >= 0 else []
    out, last = [], 0
    after_fig = next((p for p in olds if fig >= 0 and p.start() > fig), None)
    for p in olds:
        out.append(art[last : p.start()])
        if p is olds[0]:
            out.append("".join(head))
        if p is after_fig:
            out.append("".join(tail))
        last = p.end()
    if fig >= 0 and after_fig is None and tail:  # the figure was last: the rest goes after it
        end = art.find("</div></div>", fig)
        out.append(art[last : end + len("</div></div>")] + "\n" + "".join(tail))
        last = end + len("</div></div>")
    out.append(art[last:])
    return "".join(out)


def make_page(src: str, k: int, arts: list[dict], dev: Path, out: Path, *, ocr: bool) -> dict:
    t0 = time.perf_counter()
    page = (dev / f"{src}.html").read_text(encoding="utf-8")
    gold = json.loads((dev / f"{src}.json").read_text(encoding="utf-8"))
    spans = art_spans(page)
    if len(spans) != len(gold["articles"]):
        raise RuntimeError(f"{src}: {len(spans)} article elements, {len(gold['articles'])} gold articles")
    pid = f"{src}-t{k}"
    placed = [arts[(k * 7 + src_no(src) * 5 + j) % len(arts)] for j in range(len(spans))]
    pieces, last = [], 0
    for (s, e), a in zip(spans, placed, strict=True):
        pieces.append(page[last:s])
        pieces.append(fill(page[s:e], a))
        last = e
    pieces.append(page[last:])
    new_html = "".join(pieces).replace(f"<title>{src}</title>", f"<title>{pid}</title>")
    d = out / "dev"
    html_path = d / f"{pid}.html"
    html_path.write_text(new_html, encoding="utf-8")
    tmp = Path(tempfile.mkdtemp())
    pdf = tmp / f"{pid}.pdf"
    mvb.render(html_path, pdf)
    n = mvb.pdf_pages(pdf)
    articles = [dict(headline=a["headline"], subtitle=a.get("subtitle"), byline=a.get("byline"),
                     section=g.get("section"), paragraphs=list(a["paragraphs"]))
                for a, g in zip(placed, gold["articles"], strict=True)]
    meta = dict(gold["meta"], pdf_pages=n, text_variant={"template": src, "round": k})
    meta.pop("render_seconds", None)
    new_gold = dict(page_id=pid, split="text_variant", articles=articles,
                    furniture=mvb.furniture(new_html, gold, n), meta=meta)
    gold_text = json.dumps(new_gold, ensure_ascii=False, indent=1)
    (d / f"{pid}.json").write_text(gold_text, encoding="utf-8")
    for inp in mvb.PDF_INPUTS:
        (d / f"{pid}.{inp}.txt").write_text(mvb.extract(pdf, inp), encoding="utf-8")
    if ocr:
        for inp in mvb.OCR_INPUTS:
            (d / f"{pid}.{inp}.txt").write_text(mvb.extract(pdf, inp), encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    return {"page_id": pid, "template": src, "pdf_pages": n, "seconds": round(time.perf_counter() - t0, 1)}


def src_no(src: str) -> int:
    return int(re.sub(r"\D", "", src) or 0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/text_variants"))
    ap.add_argument("--only", nargs="*", help="template page ids (default: every dev page)")
    ap.add_argument("--rounds", type=int, default=1, help="pages per template (other articles each round)")
    ap.add_argument("--first-round", type=int, default=0,
                    help="number of the first round made (fresh pages for a set held out after earlier rounds were read)")
    ap.add_argument("--ocr", action="store_true", help="also tess150/tess300 (slow)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--templates", type=Path, default=None,
                    help="folder of template pages (<id>.html + <id>.json; default the bench's dev/, or a "
                         "variant bench's dev/ made by make_variant_bench.py)")
    a = ap.parse_args(argv)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # (its font warnings drown the progress lines)
    dev = a.templates or mvb.BENCH / "dev"
    arts = seed_articles()
    srcs = a.only or sorted(p.stem for p in dev.glob("dev_*.html"))
    (a.out / "dev").mkdir(parents=True, exist_ok=True)
    shutil.copy(mvb.BENCH / "score.py", a.out / "score.py")
    jobs = [(s, k) for s in srcs for k in range(a.first_round, a.first_round + a.rounds)]
    with ThreadPoolExecutor(a.jobs) as ex:
        for rec in ex.map(lambda sk: make_page(sk[0], sk[1], arts, dev, a.out, ocr=a.ocr), jobs):
            print(json.dumps(rec, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
