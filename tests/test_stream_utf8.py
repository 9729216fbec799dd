"""Streaming yields whole characters only, whatever the byte boundaries."""

from __future__ import annotations

import random

from chatbot.stream.utf8 import Utf8Stream

TEXT = "お客様、いらっしゃいませ。안녕하세요 😀 Grüße — नमस्ते ครับ"


def test_characters_split_across_pieces_come_out_whole() -> None:
    data = TEXT.encode()
    rng = random.Random(3)
    for _ in range(200):
        stream, out, i = Utf8Stream(), [], 0
        while i < len(data):
            step = rng.randint(1, 4)
            piece = stream.feed(data[i : i + step])
            # Every yielded string encodes back to exactly the bytes it stands for.
            assert "\ufffd" not in piece
            out.append(piece)
            i += step
        out.append(stream.flush())
        assert "".join(out) == TEXT


def test_a_partial_character_is_held_back_until_complete() -> None:
    stream = Utf8Stream()
    a, b, c = "様".encode()[0:1], "様".encode()[1:2], "様".encode()[2:3]
    assert stream.feed(a) == ""
    assert stream.feed(b) == ""
    assert stream.feed(c) == "様"


def test_invalid_bytes_become_replacement_characters() -> None:
    stream = Utf8Stream()
    out = stream.feed(b"ok\xff\xfe") + stream.feed(b"\xe3\x81") + stream.feed(b"!")
    out += stream.flush()
    assert out == "ok\ufffd\ufffd\ufffd!"
    assert out.encode("utf-8")  # no lone surrogates: it is real text


def test_a_dangling_partial_character_at_the_end_is_not_lost_silently() -> None:
    stream = Utf8Stream()
    assert stream.feed("あ".encode()[:2]) == ""
    assert stream.flush() == "\ufffd"
