"""The public API of CONTRACT.md. Thin: every call delegates to the module that does the work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Literal, overload

from . import presets
from .pipeline import Explained, Pipeline

if TYPE_CHECKING:
    from .encoding.damage import Damage
    from .encoding.detect import Decoded
    from .model import Page

LayoutMode = Literal["auto", "page", "plain"]
_LAYOUTS = ("auto", "page", "plain")


def _is_page(text: str, layout: str) -> bool:
    if layout not in _LAYOUTS:
        raise ValueError(f"layout={layout!r}: expected one of {', '.join(_LAYOUTS)}")
    if layout == "page":
        return True
    if layout == "plain":
        return False
    return presets.looks_like_page(text)


@overload
def clean(
    text: str,
    *,
    to: str = ...,
    ocr: bool = ...,
    layout: str = ...,
    steps: Sequence[str] | None = ...,
    skip: Sequence[str] | None = ...,
    keep_furniture: bool = ...,
    explain: Literal[False] = ...,
    detect_ocr: bool = ...,
) -> str: ...


@overload
def clean(
    text: str,
    *,
    to: str = ...,
    ocr: bool = ...,
    layout: str = ...,
    steps: Sequence[str] | None = ...,
    skip: Sequence[str] | None = ...,
    keep_furniture: bool = ...,
    explain: Literal[True],
    detect_ocr: bool = ...,
) -> Explained: ...


def clean(
    text: str,
    *,
    to: str = "none",
    ocr: bool = False,
    layout: str = "auto",
    steps: Sequence[str] | None = None,
    skip: Sequence[str] | None = None,
    keep_furniture: bool = False,
    explain: bool = False,
    detect_ocr: bool = True,
) -> str | Explained:
    """Clean damaged Chinese text with the default pipeline.

    ``to``: ``none`` (keep the script), ``simplified``, ``traditional``, ``tw``, ``hk``.
    ``ocr``: also run the aggressive OCR cleaners (they run without it on a page detected as
    an OCR engine's output, :func:`~cntextclean.layout.detect.looks_like_ocr`, unless
    ``detect_ocr=False``). ``layout``: ``auto`` applies the page-layout
    steps only to text that looks like a page extraction; ``page`` forces them; ``plain`` turns
    them off. ``steps`` replaces the list of steps, ``skip`` drops some by name.
    ``explain=True`` returns an :class:`Explained` with ``.text`` and ``.changes``.

    >>> clean("营造良好政 治生态,优化营商环境")
    '营造良好政治生态，优化营商环境'
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() takes a str, not {type(text).__name__}; decode bytes with decode()")
    pipe, view = _pipeline_for(text, to=to, ocr=ocr, layout=layout, detect_ocr=detect_ocr, steps=steps,
                              skip=skip, keep_furniture=keep_furniture)
    if view is not None:
        simp, back = view
        if not explain:
            return back(pipe(simp))
        res = pipe.run(simp, explain=True)
        return Explained(back(res.text), [replace(c, before=back(c.before), after=back(c.after))
                                          for c in res.changes])
    return pipe.run(text, explain=True) if explain else pipe(text)


def _pipeline_for(
    text: str,
    *,
    to: str = "none",
    ocr: bool = False,
    layout: str = "auto",
    detect_ocr: bool = True,
    steps: Sequence[str] | None = None,
    skip: Sequence[str] | None = None,
    keep_furniture: bool = False,
) -> tuple[Pipeline, tuple[str, Callable[[str], str]] | None]:
    """The pipeline ``clean`` runs on ``text`` (``batch`` too), and the view it runs it on.

    A page detected as OCR output is cleaned as OCR output (explicit ``steps`` are the
    caller's). A page printed in Traditional characters (``to="none"``) is cleaned in its
    Simplified view, ``(view, way back)``, as ``split_articles`` reads it
    (:mod:`.page.script_view`); only a view that keeps every position, so that the changes
    ``explain`` reports point into the page as printed. None: run it on ``text``.
    """
    from .page.script_view import simplified_view

    page = _is_page(text, layout)
    pipe = presets.build(
        to=to,
        ocr=ocr if steps is not None else presets.detected_ocr(text, ocr=ocr, page=page, detect=detect_ocr),
        page=page,
        keep_furniture=keep_furniture,
        steps=list(steps) if steps is not None else None,
        skip=list(skip) if skip else None,
    )
    view = simplified_view(text) if page and to == "none" and steps is None else None
    return pipe, (view if view is not None and len(view[0]) == len(text) else None)


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode bytes of unknown (or given) encoding; see :mod:`cntextclean.encoding.detect`."""
    from .encoding.detect import decode as _decode

    return _decode(data, encoding=encoding)


def fix_encoding(text: str) -> str:
    """Repair mojibake (the ``fix_encoding`` cleaner alone)."""
    from .encoding.mojibake import fix_encoding as _fix

    return _fix(text)


def find_damage(text: str) -> list[Damage]:
    """Lossy damage that cannot be reversed (``锟斤拷``, U+FFFD, ``?`` runs...), as spans."""
    from .encoding.damage import find_damage as _find

    return _find(text)


def convert(text: str, config: str = "t2s") -> str:
    """OpenCC-exact conversion with any OpenCC config name (``t2s``, ``s2twp.json``...)."""
    from .script.opencc import convert as _convert

    return _convert(text, config)


def strip_pinyin(text: str) -> str:
    """Remove ``(pinyin)`` annotations after Hanzi: ``高質(zhì)量`` -> ``高質量``."""
    from .script.pinyin import strip_pinyin as _strip

    return _strip(text)


def detect_script(text: str) -> str:
    """``"simplified"``, ``"traditional"``, ``"mixed"`` or ``"none"``."""
    from .script.detect import detect_script as _detect

    return _detect(text)


def split_articles(
    text: str, *, page_id: str | None = None, to: str = "none", ocr: bool = False, detect_ocr: bool = True
) -> Page:
    """A newspaper page's extraction -> :class:`Page` of articles in reading order (a page
    detected as OCR output is read as with ``ocr=True`` unless ``detect_ocr=False``)."""
    from .page.split import split_articles as _split

    return _split(text, page_id=page_id, to=to, ocr=ocr, detect_ocr=detect_ocr)
