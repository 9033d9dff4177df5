"""The cleaner model: :class:`Cleaner`, the registry, :class:`Pipeline` and :class:`Change`.

A cleaner is a pure, total, idempotent ``str -> str`` function with a name, a one-line summary,
a before/after example and a declaration of the character classes it may delete. Register one
with the :func:`cleaner` decorator; the decorated function stays a plain function::

    @cleaner(name="strip_trailing_spaces", family="typography",
             summary="Remove spaces at line ends.", example=("你好  \\n", "你好\\n"),
             removes=("whitespace",))
    def strip_trailing_spaces(text: str) -> str:
        ...

This module knows no particular cleaner; the families register themselves when imported and
:mod:`cntextclean.presets` assembles them into pipelines.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .charclass import REMOVABLE

__all__ = [
    "REGISTRY",
    "Change",
    "Cleaner",
    "Explained",
    "Pipeline",
    "cleaner",
    "diff_changes",
    "get_cleaner",
]


@dataclass(frozen=True)
class Change:
    """One edit made by one step: ``text[start:end]`` of that step's input became ``after``."""

    step: str
    start: int
    end: int
    before: str
    after: str

    def to_dict(self) -> dict[str, object]:
        return {
            "step": self.step,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True)
class Explained:
    """The result of ``clean(..., explain=True)``: the cleaned text and every change, in order.

    Spans are positions in the input of the step that made the change (steps run one after
    the other, so each step's spans refer to the text as the previous step left it).
    """

    text: str
    changes: list[Change] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Number of changes per step."""
        out: dict[str, int] = {}
        for c in self.changes:
            out[c.step] = out.get(c.step, 0) + 1
        return out


@dataclass(frozen=True)
class Cleaner:
    """A registered cleaning step. Calling it cleans a string."""

    name: str
    func: Callable[[str], str]
    summary: str
    example: tuple[str, str]
    removes: tuple[str, ...] = ()
    family: str = "misc"
    #: True when the step must see a whole page or document at once (no paragraph streaming).
    page_context: bool = False

    def __call__(self, text: str) -> str:
        return self.func(text)

    def __reduce__(self) -> tuple[object, tuple[str]]:
        # pickled by name: worker processes look the cleaner up in their own registry
        return (get_cleaner, (self.name,))

    @property
    def doc(self) -> str:
        return (self.func.__doc__ or "").strip()


#: Every registered cleaner by name, in registration order.
REGISTRY: dict[str, Cleaner] = {}


def cleaner(
    *,
    name: str,
    summary: str,
    example: tuple[str, str],
    removes: Iterable[str] = (),
    family: str = "misc",
    page_context: bool = False,
) -> Callable[[Callable[[str], str]], Callable[[str], str]]:
    """Register ``func`` as a cleaner; returns ``func`` unchanged."""
    removes_t = tuple(removes)
    unknown = [r for r in removes_t if r not in REMOVABLE]
    if unknown:
        raise ValueError(f"cleaner {name!r} declares unknown character classes {unknown}")

    def deco(func: Callable[[str], str]) -> Callable[[str], str]:
        if name in REGISTRY and REGISTRY[name].func is not func:
            raise ValueError(f"a cleaner named {name!r} is already registered")
        REGISTRY[name] = Cleaner(
            name=name,
            func=func,
            summary=summary,
            example=example,
            removes=removes_t,
            family=family,
            page_context=page_context,
        )
        return func

    return deco


def get_cleaner(name: str) -> Cleaner:
    """The registered cleaner called ``name`` (loads every family first)."""
    if name not in REGISTRY:
        from . import presets

        presets.register_all()
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise KeyError(f"no cleaner named {name!r}; known cleaners: {known}") from None


def _as_cleaner(step: str | Cleaner | Callable[[str], str]) -> Cleaner:
    if isinstance(step, Cleaner):
        return step
    if isinstance(step, str):
        return get_cleaner(step)
    if callable(step):
        for c in REGISTRY.values():
            if c.func is step:
                return c
        name = getattr(step, "__name__", type(step).__name__)
        return Cleaner(name=name, func=step, summary=(step.__doc__ or name).strip().split("\n")[0],
                       example=("", ""), removes=("any",), family="user")
    raise TypeError(f"a pipeline step must be a cleaner name, a Cleaner or a callable, not {step!r}")


class Pipeline:
    """An ordered composition of cleaners; itself a ``str -> str`` callable.

    >>> from cntextclean import Pipeline
    >>> p = Pipeline(["normalize_width", "cjk_punctuation"])
    >>> p("价格:１２元")
    '价格：12元'
    """

    #: how many rounds a fixpoint prefix may take before the pipeline moves on
    MAX_ROUNDS = 4

    def __init__(self, steps: Sequence[str | Cleaner | Callable[[str], str]], *, fixpoint: int = 0):
        self.steps: tuple[Cleaner, ...] = tuple(_as_cleaner(s) for s in steps)
        #: the first ``fixpoint`` steps are repeated until they change nothing (repair steps
        #: can uncover work for each other: removing a control character may complete a
        #: mojibake sequence), so that the whole pipeline stays idempotent; a pipeline without
        #: page-context steps also re-checks its result with them (see :meth:`apply`)
        self.fixpoint = max(0, min(fixpoint, len(self.steps)))
        #: whether :meth:`apply` re-checks its result with the fixpoint prefix
        self._verify = 0 < self.fixpoint < len(self.steps) and not any(s.page_context for s in self.steps)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def __repr__(self) -> str:
        fp = f", fixpoint={self.fixpoint}" if self.fixpoint else ""
        return f"Pipeline({self.names!r}{fp})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Pipeline) and self.names == other.names
                and self.fixpoint == other.fixpoint)

    def __hash__(self) -> int:
        return hash((tuple(self.names), self.fixpoint))

    def __len__(self) -> int:
        return len(self.steps)

    def __reduce__(self) -> tuple[object, tuple[list[str], int]]:
        # pickled by step names: worker processes look the cleaners up in their own registry
        return (_pipeline_from_names, (self.names, self.fixpoint))

    def without(self, *names: str) -> Pipeline:
        """A copy without the named steps."""
        drop = set(names)
        kept = [s for s in self.steps if s.name not in drop]
        fp = sum(1 for s in self.steps[: self.fixpoint] if s.name not in drop)
        return Pipeline(kept, fixpoint=fp)

    def apply(self, text: str, on_step: Callable[[Cleaner, str, str], object] | None = None) -> str:
        """Run every step; ``on_step(step, before, after)`` is called after each one."""
        k = self.fixpoint
        text = self._run_prefix(text, on_step)
        text = self._run(self.steps[k:], text, on_step)
        if self._verify:
            # a later step can hand the repair prefix new work (a straight quote made curly
            # completes a cp1252 mojibake pair): check the result once more, and run the rest
            # again while the prefix still changes it. Page pipelines are exempt: their layout
            # step rewrites lines, and it is idempotent on its own output.
            for _ in range(self.MAX_ROUNDS):
                again = self._run_prefix(text, on_step)
                if again == text:
                    break
                text = self._run(self.steps[k:], again, on_step)
        return text

    def _run_prefix(self, text: str, on_step: Callable[[Cleaner, str, str], object] | None) -> str:
        """The first ``fixpoint`` steps, repeated until they change nothing (at most MAX_ROUNDS)."""
        prefix = self.steps[: self.fixpoint]
        if not prefix:
            return text
        for _ in range(self.MAX_ROUNDS):
            start = text
            text = self._run(prefix, text, on_step)
            if text == start:
                break
        return text

    @staticmethod
    def _run(steps: Sequence[Cleaner], text: str, on_step: Callable[[Cleaner, str, str], object] | None) -> str:
        for step in steps:
            after = step.func(text)
            if on_step is not None:
                on_step(step, text, after)
            text = after
        return text

    def __call__(self, text: str) -> str:
        return self.apply(text)

    def run(self, text: str, *, explain: bool = False) -> str | Explained:
        """Clean ``text``; with ``explain=True`` return an :class:`Explained`."""
        if not explain:
            return self.apply(text)
        changes: list[Change] = []

        def record(step: Cleaner, before: str, after: str) -> None:
            if after != before:
                changes.extend(diff_changes(step.name, before, after))

        return Explained(text=self.apply(text, record), changes=changes)


def _pipeline_from_names(names: list[str], fixpoint: int) -> Pipeline:
    return Pipeline(names, fixpoint=fixpoint)


# --- diffing for explain mode -------------------------------------------------------------

_CHAR_DIFF_LIMIT = 2000  # larger changed regions are aligned by anchors (linear time)
_ANCHOR = 3  # characters that must agree to resynchronise
_WINDOW = 400  # how far ahead a resynchronisation is looked for


def _anchor_changes(step: str, a: str, b: str, offset: int) -> list[Change]:
    """A linear-time diff for large regions: walk both strings, and at a mismatch find the
    nearest point (smallest total skip within a window) where ``_ANCHOR`` characters agree."""
    out: list[Change] = []
    i = j = 0
    na, nb = len(a), len(b)
    while i < na and j < nb:
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        grams: dict[str, int] = {}
        for q in range(j, min(nb - _ANCHOR, j + _WINDOW) + 1):
            grams.setdefault(b[q : q + _ANCHOR], q)
        best: tuple[int, int] | None = None
        for p in range(i, min(na - _ANCHOR, i + _WINDOW) + 1):
            if best is not None and p - i >= best[0] - i + best[1] - j:
                break
            q = grams.get(a[p : p + _ANCHOR])
            if q is not None and (best is None or p - i + q - j < best[0] - i + best[1] - j):
                best = (p, q)
        if best is None:  # no anchor in reach: give up on this window
            best = (min(na, i + _WINDOW), min(nb, j + _WINDOW))
        p, q = best
        out.append(Change(step, offset + i, offset + p, a[i:p], b[j:q]))
        i, j = p, q
    if i < na or j < nb:
        out.append(Change(step, offset + i, offset + na, a[i:], b[j:]))
    return out


def _char_changes(step: str, a: str, b: str, offset: int) -> list[Change]:
    if len(a) > _CHAR_DIFF_LIMIT or len(b) > _CHAR_DIFF_LIMIT:
        return _anchor_changes(step, a, b, offset)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            out.append(Change(step, offset + i1, offset + i2, a[i1:i2], b[j1:j2]))
    return out


def diff_changes(step: str, before: str, after: str) -> list[Change]:
    """The edits that turn ``before`` into ``after``, as :class:`Change` spans of ``before``.

    Near-linear on real text: the common prefix and suffix are cut off, the rest is matched line
    by line, and only changed line groups are diffed character by character (bounded size).
    """
    if before == after:
        return []
    # common prefix / suffix
    n = min(len(before), len(after))
    p = 0
    while p < n and before[p] == after[p]:
        p += 1
    s = 0
    while s < n - p and before[len(before) - 1 - s] == after[len(after) - 1 - s]:
        s += 1
    a = before[p : len(before) - s]
    b = after[p : len(after) - s]
    if "\n" not in a and "\n" not in b:
        return _char_changes(step, a, b, p)
    a_lines = a.splitlines(keepends=True)
    b_lines = b.splitlines(keepends=True)
    sm = difflib.SequenceMatcher(None, a_lines, b_lines, autojunk=False)
    out: list[Change] = []
    # positions of line starts in a
    starts = [0]
    for line in a_lines:
        starts.append(starts[-1] + len(line))
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            # as many lines out as in (a cleaner that edits inside lines): pair them line by line
            for k in range(i2 - i1):
                if a_lines[i1 + k] != b_lines[j1 + k]:
                    out.extend(_char_changes(step, a_lines[i1 + k], b_lines[j1 + k], p + starts[i1 + k]))
            continue
        seg_a = "".join(a_lines[i1:i2])
        seg_b = "".join(b_lines[j1:j2])
        out.extend(_char_changes(step, seg_a, seg_b, p + starts[i1]))
    return out
