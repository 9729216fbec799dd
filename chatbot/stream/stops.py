"""Stop strings on a stream: text is released only once it cannot begin a stop."""

from __future__ import annotations


class StopFilter:
    """Feed text deltas; get back what may be shown. ``stopped`` once a stop string is seen.

    The reply ends before the earliest stop string in the whole text, however
    the text was split into deltas: a tail that could still grow into a stop
    ("<|" before "end|>") is held back, and so is a complete short stop while a
    longer one that starts earlier may still complete.
    """

    def __init__(self, stops: list[str]) -> None:
        self.stops = [s for s in stops if s]
        self.longest = max((len(s) for s in self.stops), default=0)
        self.buffer = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        if self.stopped:
            return ""
        self.buffer += text
        return self._release(final=False)

    def flush(self) -> str:
        if self.stopped:
            return ""
        return self._release(final=True)

    def _release(self, *, final: bool) -> str:
        buf = self.buffer
        found = [i for i in (buf.find(s) for s in self.stops) if i >= 0]
        cut = min(found) if found else None
        pending = None if final else self._partial_start(cut if cut is not None else len(buf))
        if cut is not None and pending is None:
            self.buffer, self.stopped = "", True
            return buf[:cut]
        keep = pending if pending is not None else len(buf)
        self.buffer = buf[keep:]
        return buf[:keep]

    def _partial_start(self, before: int) -> int | None:
        """The first position before ``before`` where an unfinished stop may be starting."""
        buf = self.buffer
        for q in range(max(0, len(buf) - self.longest + 1), before):
            tail = buf[q:]
            if any(len(tail) < len(s) and s.startswith(tail) for s in self.stops):
                return q
        return None
