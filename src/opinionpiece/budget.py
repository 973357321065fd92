"""The per-document time budget: a deadline checked cheaply, never a hang.

Every stage of :func:`~opinionpiece.parse` runs in time linear in the input, so the
budget is a safety net, not a throttle: it catches what a bug or an unforeseen input
shape would otherwise turn into an hour-long parse. The deadline is checked at stage
boundaries and inside the per-unit and per-mark loops, where :meth:`Budget.over` reads
the monotonic clock only every ``Budget.every`` calls (a counter otherwise), so the
hot path pays one increment and one comparison.

When the budget runs out, the stage that noticed stops and finishes with a best-effort
result: units not yet classified are kept as body text, quote extraction keeps the
quotes found so far (or is skipped), and the article carries an ``OP120`` warning that
says where it stopped. The blocks still tile the input.
"""

from __future__ import annotations

import time

__all__ = ["DEFAULT_BASE", "DEFAULT_PER_CHAR", "Budget", "default_budget"]

#: Seconds every document gets, whatever its length.
DEFAULT_BASE = 2.0
#: Seconds per character on top of :data:`DEFAULT_BASE` (25 µs, about twenty times what
#: ordinary article text costs).
DEFAULT_PER_CHAR = 25e-6


def default_budget(length: int) -> float:
    """The default budget in seconds for a document of ``length`` characters.

    >>> default_budget(0), round(default_budget(1_000_000), 1)
    (2.0, 27.0)
    """
    return DEFAULT_BASE + DEFAULT_PER_CHAR * max(0, length)


class Budget:
    """A deadline for one parse, checked by the stages as they go.

    Args:
        seconds: Wall-clock seconds allowed from now, or ``None`` for no limit.
        every: How many calls of :meth:`over` share one read of the clock.

    Once exceeded, the budget stays exceeded: every later check says so at once, and
    ``where`` names the stage that first noticed.

    Attributes:
        seconds: The budget given (``None``: unlimited).
        deadline: The ``time.monotonic()`` time it runs out at (``None``: never).
        every: How many calls of :meth:`over` share one read of the clock.
        exceeded: Whether the budget has run out.
        where: The stage that first found it exceeded (``None`` while it has not).
    """

    __slots__ = ("_count", "deadline", "every", "exceeded", "seconds", "where")

    def __init__(self, seconds: float | None, *, every: int = 256) -> None:
        if seconds is not None and not seconds >= 0:  # NaN is refused too
            raise ValueError(f"budget must be >= 0 seconds or None, got {seconds!r}")
        self.seconds = seconds
        self.deadline = None if seconds is None else time.monotonic() + seconds
        self.every = max(1, every)
        self.exceeded = False
        self.where: str | None = None
        self._count = 0

    def check(self, where: str) -> bool:
        """Read the clock now: whether the budget is exceeded (at a stage boundary)."""
        if self.exceeded:
            return True
        if self.deadline is not None and time.monotonic() >= self.deadline:
            self.exceeded = True
            self.where = where
        return self.exceeded

    def over(self, where: str) -> bool:
        """Whether the budget is exceeded, reading the clock every ``every`` calls."""
        if self.exceeded:
            return True
        if self.deadline is None:
            return False
        self._count += 1
        if self._count < self.every:
            return False
        self._count = 0
        return self.check(where)
