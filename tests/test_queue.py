"""The fair FIFO lock: arrival order, positions, leaving the line, a bounded line."""

from __future__ import annotations

import threading
import time

import pytest

from chatbot.errors import BusyError
from chatbot.generate.queue import FairLock


def test_waiters_are_served_in_arrival_order() -> None:
    lock = FairLock()
    order: list[int] = []
    release = threading.Event()

    def holder() -> None:
        with lock.hold() as ok:
            assert ok
            release.wait(5)

    def waiter(i: int) -> None:
        with lock.hold() as ok:
            assert ok
            order.append(i)

    first = threading.Thread(target=holder)
    first.start()
    time.sleep(0.05)
    threads = []
    for i in range(6):
        t = threading.Thread(target=waiter, args=(i,))
        t.start()
        threads.append(t)
        time.sleep(0.03)  # arrive in a known order
    release.set()
    for t in [first, *threads]:
        t.join(5)
    assert order == list(range(6))


def test_waiters_see_their_position_and_can_leave_the_line() -> None:
    lock = FairLock()
    release, leave = threading.Event(), threading.Event()
    positions: list[int] = []
    outcome: list[bool] = []

    def holder() -> None:
        with lock.hold():
            release.wait(5)

    def impatient() -> None:
        with lock.hold(cancelled=leave.is_set, on_wait=positions.append) as ok:
            outcome.append(ok)

    h = threading.Thread(target=holder)
    h.start()
    time.sleep(0.05)
    w = threading.Thread(target=impatient)
    w.start()
    time.sleep(0.1)
    leave.set()
    w.join(5)
    assert positions == [1] and outcome == [False]
    release.set()
    h.join(5)
    with lock.hold() as ok:  # nobody is stuck in front
        assert ok


def test_a_full_line_says_busy() -> None:
    lock = FairLock(max_waiting=1)
    release = threading.Event()

    def holder() -> None:
        with lock.hold():
            release.wait(5)

    def waiter() -> None:
        with lock.hold():
            pass

    threads = [threading.Thread(target=holder), threading.Thread(target=waiter)]
    for t in threads:
        t.start()
        time.sleep(0.05)
    with pytest.raises(BusyError, match="busy"), lock.hold():
        pass
    release.set()
    for t in threads:
        t.join(5)


def test_a_line_of_size_zero_serves_one_at_a_time_and_refuses_waiters() -> None:
    lock = FairLock(max_waiting=0)
    with lock.hold() as got:  # idle: served at once, though no one may wait
        assert got
        with pytest.raises(BusyError, match=r"keeps no line \(queue size 0\)"), lock.hold():
            pass
    with lock.hold() as got:
        assert got
