#!/usr/bin/env python3
"""Make a bench-shaped *variant* benchmark: the dev pages re-styled (other column counts, body
fonts and sizes, page sizes and margins, headline/byline styles), printed and extracted again.

The hidden test set is "of the same kind, from other text and layouts": this tool measures how
far our page work carries beyond dev's own layouts. It takes ``BENCH/dev/<page_id>.html``, edits
only the page's CSS (never its text), prints it with headless Chromium and reads the PDF back with
the bench's tools, so the gold is dev's gold unchanged (``meta`` gets the new layout parameters
and a ``variant`` record; ``furniture`` gets the running heads of the pages the new layout fills).

    python tools/make_variant_bench.py                         # -> /tmp/variant_bench/dev (+ score.py)
    python tools/make_variant_bench.py --ocr                   # + tess150/tess300 of the OCR subset
    python tools/make_variant_bench.py --only dev_001-c5 --keep-pdf
    python tools/make_variant_bench.py --identity dev_001      # re-print a dev page as is, diff inputs

Output (``--out``, default /tmp/variant_bench): ``dev/<page_id>.{json,html,pdftotext.txt,
pdftotext-layout.txt,pdfminer.txt,pymupdf.txt}``, ``ocr/`` (the OCR subset: gold + all six
inputs), ``score.py`` (a copy of the bench scorer, so ``score_bench.py --bench OUT`` works) and
``variants.json`` (page_id -> axis, source page, changes). Page ids are ``<source>-<tag>``.

Scoring::

    python tools/score_bench.py --bench /tmp/variant_bench pdftotext pdftotext-layout pdfminer pymupdf
    python tools/score_bench.py --bench /tmp/variant_bench --split ocr tess150 tess300 --ocr
    python tools/score_articles.py bench all --bench /tmp/variant_bench

Needs /usr/bin/chromium, poppler-utils (pdftotext, pdffonts, pdftoppm), pdfminer.six and PyMuPDF
(measuring tools, not project dependencies), the fonts named in VARIANTS (Debian: fonts-wqy-zenhei,
fonts-wqy-microhei, fonts-arphic-ukai, fonts-arphic-uming, fonts-noto-cjk) and, for ``--ocr``,
tesseract with chi_sim. Deterministic: the same variants, the same text extractions.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
CHROMIUM = [
    "/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-pdf-header-footer",
]
PDF_INPUTS = ["pdftotext", "pdftotext-layout", "pdfminer", "pymupdf"]
OCR_INPUTS = ["tess150", "tess300"]

ZENHEI, MICROHEI, UKAI = "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "AR PL UKai CN"
#: page sizes (mm) that dev does not have (dev: A3 297x420, tabloid 280x400, A4 210x297)
B4, LETTER, BROADSHEET = (250, 353), (216, 279), (380, 560)


@dataclass(frozen=True)
class Variant:
    """One re-styled page: ``src`` (a dev page id), ``tag`` (page id suffix), ``axis`` (what kind
    of change, for per-variation tables) and the changes (None = as in dev)."""

    src: str
    tag: str
    axis: str
    columns: int | None = None
    body_font: str | None = None
    body_pt: float | None = None
    line_height: float | None = None
    head_font: str | None = None  # headline, subtitle, byline, banner, running heads
    page_mm: tuple[int, int] | None = None
    margin_mm: int | None = None
    gap_mm: float | None = None
    rule: bool | None = None
    hl_center: bool = False
    hl_two_lines: bool = False  # a two-part headline printed as two lines (gold headline unchanged)
    by_align: str | None = None  # "left" / "center" for right-aligned bylines
    plain_section: bool = False  # section label as plain bordered text (not white on black)
    ocr: bool = False  # in the OCR subset
    extra: dict = field(default_factory=dict)

    @property
    def page_id(self) -> str:
        return f"{self.src}-{self.tag}"

    def changes(self) -> dict:
        out = {}
        for k in ("columns", "body_font", "body_pt", "line_height", "head_font", "page_mm", "margin_mm",
                  "gap_mm", "rule", "by_align"):
            v = getattr(self, k)
            if v is not None:
                out[k] = list(v) if isinstance(v, tuple) else v
        for k in ("hl_center", "hl_two_lines", "plain_section"):
            if getattr(self, k):
                out[k] = True
        return out


#: ~35 pages: each axis changes one thing (so a drop can be blamed on it), "combo" several.
VARIANTS: list[Variant] = [
    # column counts dev does not have (5, 6) and counts other than the page's own
    Variant("dev_001", "c5", "columns", columns=5, ocr=True),
    Variant("dev_026", "c5", "columns", columns=5),
    Variant("dev_011", "c5", "columns", columns=5),
    Variant("dev_019", "c5", "columns", columns=5),
    Variant("dev_028", "c5", "columns", columns=5),  # lead_side: 4 in the lead + the side
    Variant("dev_032", "c6", "columns", columns=6, ocr=True),
    Variant("dev_007", "c6", "columns", columns=6),
    Variant("dev_002", "c6", "columns", columns=6),
    Variant("dev_036", "c3", "columns", columns=3),
    Variant("dev_023", "c3", "columns", columns=3),
    Variant("dev_010", "c2", "columns", columns=2),
    Variant("dev_035", "c2", "columns", columns=2),
    # body fonts dev does not have
    Variant("dev_003", "zenhei", "font", body_font=ZENHEI, ocr=True),
    Variant("dev_017", "zenhei", "font", body_font=ZENHEI),
    Variant("dev_021", "zenhei", "font", body_font=ZENHEI),
    Variant("dev_012", "microhei", "font", body_font=MICROHEI),
    Variant("dev_024", "ukai", "font", body_font=UKAI, ocr=True),
    Variant("dev_033", "ukai", "font", body_font=UKAI),
    Variant("dev_034", "ukai", "font", body_font=UKAI),
    Variant("dev_039", "headukai", "font", head_font=UKAI),
    Variant("dev_015", "headzenhei", "font", head_font=ZENHEI),
    # body sizes / leading outside dev's 9-12 pt, 1.45-1.8
    Variant("dev_005", "pt8", "size", body_pt=8, ocr=True),
    Variant("dev_020", "pt13", "size", body_pt=13.5),
    Variant("dev_030", "lh13", "size", line_height=1.3),
    # page sizes, margins, gutters
    Variant("dev_013", "b4", "page", page_mm=B4, margin_mm=10, ocr=True),
    Variant("dev_031", "letter", "page", page_mm=LETTER, margin_mm=20),
    Variant("dev_008", "broad", "page", page_mm=BROADSHEET),
    Variant("dev_040", "m6", "page", margin_mm=6),
    Variant("dev_014", "gap2", "page", gap_mm=2, rule=False),
    # headline / byline / section styles
    Variant("dev_009", "hlc", "style", hl_center=True, by_align="left"),
    Variant("dev_004", "hl2", "style", hl_two_lines=True, by_align="center", ocr=True),
    Variant("dev_027", "hl2", "style", hl_two_lines=True),
    Variant("dev_038", "plainsec", "style", plain_section=True, hl_center=True),
    # several at once
    Variant("dev_018", "combo", "combo", columns=5, body_font=ZENHEI, body_pt=9, page_mm=BROADSHEET),
    Variant("dev_029", "combo", "combo", columns=6, body_font=UKAI, body_pt=9, hl_center=True, ocr=True),
    Variant("dev_037", "combo", "combo", columns=3, body_font=MICROHEI, body_pt=11, hl_two_lines=True),
    Variant("dev_006", "combo", "combo", columns=4, body_font=UKAI, by_align="left", gap_mm=3),
]


#: a second set (``--set b``, session 38): the pages set A re-styles once more, each in a
#: combination of changes that set A gives no page (column counts 3-7 with other fonts, sizes
#: and page shapes), so a rule tuned on set A can be checked on layouts it never saw.
#: Deterministic: page k takes the k-th entry of each cycle.
UMING = "AR PL UMing CN"
_B_COLUMNS = (3, 7, 5, 4, 6, 2, 5, 3, 7, 4)
_B_FONTS = (None, MICROHEI, UMING, ZENHEI, UKAI, None, UMING)
_B_PT = (None, 9.5, 10.5, None, 8.5, 11.5)
_B_PAGE = (None, B4, None, LETTER, BROADSHEET)
_B_STYLE = ({}, {"hl_center": True}, {"by_align": "left"}, {"hl_two_lines": True}, {"by_align": "center"})
_B_DEV = sorted({v.src for v in VARIANTS})


def _set_b() -> list[Variant]:
    out = []
    for k, src in enumerate(_B_DEV):
        page = _B_PAGE[k % len(_B_PAGE)]
        out.append(Variant(src, "b", "combo", columns=_B_COLUMNS[k % len(_B_COLUMNS)],
                           body_font=_B_FONTS[k % len(_B_FONTS)], body_pt=_B_PT[k % len(_B_PT)],
                           page_mm=page, margin_mm=12 if page else None,
                           line_height=1.35 if k % 4 == 2 else None, ocr=k % 5 == 1,
                           **_B_STYLE[k % len(_B_STYLE)]))
    return out


# ----------------------------------------------------------------------------- CSS editing

def _sub1(pattern: str, repl, text: str, what: str) -> str:
    new, n = re.subn(pattern, repl, text, count=1, flags=re.M)
    if not n:
        raise ValueError(f"CSS rule not found for {what}: {pattern}")
    return new


#: the body rule's settings a variant may change: (Variant field = meta key, the CSS declaration
#: up to its value as group 1, the new value's format)
_BODY_RULES = (
    ("body_font", r'^(body \{ font-family: )"[^"]+"', '"{}"'),
    ("body_pt", r"^(body \{[^}]*font-size: )[\d.]+pt", "{}pt"),
    ("line_height", r"^(body \{[^}]*line-height: )[\d.]+", "{}"),
)


def restyle(html: str, v: Variant, meta: dict) -> tuple[str, dict]:
    """The page's HTML with ``v``'s CSS changes (its text untouched) and the updated ``meta``."""
    head, sep, body = html.partition("</style>")
    css = head
    meta = dict(meta)
    if v.columns is not None:
        if meta["mode"] == "lead_side":
            # the lead gets columns-1 columns, the side one
            css = _sub1(r"^(\.main \.cols \{ column-count: )\d+", rf"\g<1>{v.columns - 1}", css, "lead cols")
            css = _sub1(r"(grid-template-columns: )[^;]+", rf"\g<1>{v.columns - 1}fr 1fr", css, "grid")
        css = _sub1(r"^(\.cols \{ column-count: )\d+", rf"\g<1>{v.columns}", css, "cols")
        meta["columns"] = v.columns
    for attr, pattern, value in _BODY_RULES:
        x = getattr(v, attr)
        if x is not None:
            css = _sub1(pattern, r"\g<1>" + value.format(x), css, attr)
            meta[attr] = x
    if v.head_font is not None:
        # every font-family but the body's: headline, subtitle, byline, section, banner, running heads
        lines = css.split("\n")
        lines = [ln if ln.startswith("body {") else re.sub(r'font-family: "[^"]+"', f'font-family: "{v.head_font}"', ln)
                 for ln in lines]
        css = "\n".join(lines)
        meta["head_font"] = v.head_font
    if v.page_mm is not None:
        w, h = v.page_mm
        css = _sub1(r"^(@page \{ size: )\d+mm \d+mm", rf"\g<1>{w}mm {h}mm", css, "page size")
        meta.update(page_size=f"{w}x{h}mm", width_mm=w, height_mm=h)
    if v.margin_mm is not None:
        m = v.margin_mm
        css = _sub1(r"^(@page \{[^\n]*?margin: )[^;]+", rf"\g<1>{m}mm {m}mm {m}mm {m}mm", css, "margin")
        meta["margin_mm"] = m
    if v.gap_mm is not None:
        css = re.sub(r"(column-gap: )[\d.]+mm", rf"\g<1>{v.gap_mm}mm", css)
        meta["column_gap_mm"] = v.gap_mm
    if v.rule is False:
        css = re.sub(r"column-rule: [^;]+;", "", css)
        meta["column_rule"] = False
    extra = []
    if v.hl_center:
        extra.append(".hl, .sub { text-align: center; }")
    if v.hl_two_lines:
        extra.append(".hl .p2 { display: block; margin-left: 0; }")
    if v.by_align:
        extra.append(f".by.right {{ text-align: {v.by_align}; }}")
    if v.plain_section:
        extra.append(".sec { background: none; color: #111; border: 0.8pt solid #111; }")
    if extra:
        css += "\n/* variant */\n" + "\n".join(extra) + "\n"
    return css + sep + body, meta


# ----------------------------------------------------------------------------- furniture

def _margin_contents(rule: str) -> list[str]:
    return re.findall(r'@(?:top|bottom)-[a-z]+ \{ content: "([^"]*)"', rule)


def running_heads(html: str, n_pages: int) -> list[str]:
    """The running heads printed on ``n_pages`` pages, page by page (``@page :first`` for the first
    page where it has margin boxes, ``@page`` otherwise), or the in-flow top bar's texts."""
    m_first = re.search(r"^@page :first \{(.*)\}\s*$", html, flags=re.M)
    m_all = re.search(r"^@page \{(.*)\}\s*$", html, flags=re.M)
    first = _margin_contents(m_first.group(1)) if m_first else []
    every = _margin_contents(m_all.group(1)) if m_all else []
    out: list[str] = []
    for i in range(n_pages):
        out += (first or every) if i == 0 else every
    if not out:
        bar = re.search(r'<div class="topbar"><span class="paper">([^<]*)</span><span class="date">([^<]*)</span>', html)
        if bar:
            out = [bar.group(1), bar.group(2)]
    return out


def furniture(html: str, gold: dict, n_pages: int) -> list[str]:
    cap = (gold.get("meta") or {}).get("figure") or {}
    return running_heads(html, n_pages) + ([cap["caption"]] if cap.get("caption") else [])


# ----------------------------------------------------------------------------- print + extract

def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def render(html_path: Path, pdf_path: Path) -> None:
    with tempfile.TemporaryDirectory() as prof:
        _run([*CHROMIUM, f"--user-data-dir={prof}", f"--print-to-pdf={pdf_path}", str(html_path)], timeout=300)


def pdf_fonts(pdf: Path) -> list[str]:
    out = _run(["pdffonts", str(pdf)], text=True).stdout.splitlines()[2:]
    return sorted({ln.split()[0].split("+", 1)[-1] for ln in out if ln.strip()})


def pdf_pages(pdf: Path) -> int:
    info = _run(["pdfinfo", str(pdf)], text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, flags=re.M).group(1))


def extract(pdf: Path, inp: str) -> str:
    if inp in ("pdftotext", "pdftotext-layout"):
        opts = ["-layout"] if inp == "pdftotext-layout" else []
        return _run(["pdftotext", "-enc", "UTF-8", *opts, str(pdf), "-"]).stdout.decode("utf-8")
    if inp == "pdfminer":
        from pdfminer.high_level import extract_text

        return extract_text(str(pdf))
    if inp == "pymupdf":
        import pymupdf

        with pymupdf.open(str(pdf)) as doc:
            return "\f".join(page.get_text() for page in doc)
    if inp in OCR_INPUTS:
        dpi = inp[4:]
        pages = []
        with tempfile.TemporaryDirectory() as tmp:
            _run(["pdftoppm", "-r", dpi, "-gray", "-png", str(pdf), f"{tmp}/p"])
            for img in sorted(Path(tmp).glob("p*.png")):
                txt = _run(["tesseract", str(img), "-", "-l", "chi_sim", "--psm", "3"],
                           env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"}).stdout.decode("utf-8")
                pages.append(txt.rstrip("\f"))
        return "\f".join(pages)
    raise ValueError(inp)


def font_ps_name(family: str) -> str:
    return _run(["fc-match", "-f", "%{postscriptname}", family], text=True).stdout.strip()


def make_page(v: Variant, dev: Path, out: Path, *, ocr: bool, keep_pdf: bool, ocr_all: bool = False) -> dict:
    """Write one variant page (gold, html, inputs) into ``out/dev`` (and ``out/ocr``); returns its record."""
    t0 = time.perf_counter()
    html = (dev / f"{v.src}.html").read_text(encoding="utf-8")
    gold = json.loads((dev / f"{v.src}.json").read_text(encoding="utf-8"))
    new_html, meta = restyle(html, v, gold["meta"])
    new_html = new_html.replace(f"<title>{v.src}</title>", f"<title>{v.page_id}</title>")
    d = out / "dev"
    html_path = d / f"{v.page_id}.html"
    html_path.write_text(new_html, encoding="utf-8")
    pdf = (out / "pdf" if keep_pdf else Path(tempfile.mkdtemp())) / f"{v.page_id}.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    render(html_path, pdf)
    fonts = pdf_fonts(pdf)
    wanted = [f for f in (v.body_font, v.head_font) if f]
    missing = [f for f in wanted if not any(font_ps_name(f) in x for x in fonts)]
    if missing:
        raise RuntimeError(f"{v.page_id}: fonts not in the PDF: {missing} (PDF has {fonts})")
    n = pdf_pages(pdf)
    meta.update(pdf_pages=n, variant={"source": v.src, "axis": v.axis, "changes": v.changes(), "pdf_fonts": fonts})
    meta.pop("render_seconds", None)
    gold = dict(gold, page_id=v.page_id, split="variant", meta=meta, furniture=furniture(new_html, gold, n))
    gold_text = json.dumps(gold, ensure_ascii=False, indent=1)
    (d / f"{v.page_id}.json").write_text(gold_text, encoding="utf-8")
    for inp in PDF_INPUTS:
        (d / f"{v.page_id}.{inp}.txt").write_text(extract(pdf, inp), encoding="utf-8")
    if ocr and (v.ocr or ocr_all):
        o = out / "ocr"
        (o / f"{v.page_id}.json").write_text(gold_text, encoding="utf-8")
        for inp in PDF_INPUTS:
            shutil.copy(d / f"{v.page_id}.{inp}.txt", o)
        for inp in OCR_INPUTS:
            (o / f"{v.page_id}.{inp}.txt").write_text(extract(pdf, inp), encoding="utf-8")
    if not keep_pdf:
        shutil.rmtree(pdf.parent, ignore_errors=True)
    return {"page_id": v.page_id, "source": v.src, "axis": v.axis, "changes": v.changes(), "pdf_pages": n,
            "columns": meta["columns"], "body_font": meta["body_font"], "mode": meta["mode"],
            "ocr": bool(ocr and (v.ocr or ocr_all)), "seconds": round(time.perf_counter() - t0, 1)}


def identity(page_id: str, dev: Path) -> int:
    """Re-print a dev page unchanged and compare our extractions with the bench's inputs."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / f"{page_id}.pdf"
        render(dev / f"{page_id}.html", pdf)
        print(page_id, "fonts:", pdf_fonts(pdf), "pages:", pdf_pages(pdf))
        for inp in PDF_INPUTS + OCR_INPUTS:
            ref = (dev / f"{page_id}.{inp}.txt").read_text(encoding="utf-8")
            ours = extract(pdf, inp)
            print(f"  {inp:18s} identical={ours == ref} chars {len(ours)} (bench: {len(ref)})")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=BENCH, help="the bench folder (its dev/ is the source)")
    ap.add_argument("--out", type=Path, default=Path("/tmp/variant_bench"))
    ap.add_argument("--only", nargs="*", help="page ids (<source>-<tag>) or axes to make")
    ap.add_argument("--ocr", action="store_true", help="also OCR the subset marked ocr=True into OUT/ocr")
    ap.add_argument("--ocr-all", action="store_true",
                    help="with --ocr: OCR every variant, not only the subset (about 30 s a page)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep-pdf", action="store_true", help="keep the PDFs in OUT/pdf")
    ap.add_argument("--identity", metavar="PAGE_ID", help="re-print a dev page as is and diff the inputs")
    ap.add_argument("--list", action="store_true", help="list the variants and exit")
    ap.add_argument("--set", choices=("a", "b"), default="a",
                    help="a: the variants above (default); b: a second combination for every dev page")
    args = ap.parse_args(argv)
    dev = args.bench / "dev"
    if args.identity:
        return identity(args.identity, dev)
    todo = [v for v in (VARIANTS if args.set == "a" else _set_b())
            if not args.only or v.page_id in args.only or v.axis in args.only]
    if args.list:
        for v in todo:
            print(f"{v.page_id:20s} {v.axis:8s} {'ocr' if v.ocr else '   '} {json.dumps(v.changes(), ensure_ascii=False)}")
        return 0
    if not args.only and args.out.exists():
        shutil.rmtree(args.out)
    for sub in ("dev", "ocr") if args.ocr else ("dev",):
        (args.out / sub).mkdir(parents=True, exist_ok=True)
    shutil.copy(args.bench / "score.py", args.out / "score.py")
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.jobs) as ex:
        recs = list(ex.map(lambda v: make_page(v, dev, args.out, ocr=args.ocr, keep_pdf=args.keep_pdf, ocr_all=args.ocr_all), todo))
    index_path = args.out / "variants.json"
    index = json.loads(index_path.read_text(encoding="utf-8")) if index_path.exists() else {}
    index.update({r["page_id"]: r for r in recs})
    index_path.write_text(json.dumps(dict(sorted(index.items())), ensure_ascii=False, indent=1), encoding="utf-8")
    for r in recs:
        print(f"{r['page_id']:20s} {r['axis']:8s} cols={r['columns']} pages={r['pdf_pages']} {r['body_font']:20s} "
              f"{r['seconds']:.1f}s {json.dumps(r['changes'], ensure_ascii=False)}")
    print(f"{len(recs)} pages in {time.perf_counter() - t0:.0f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
