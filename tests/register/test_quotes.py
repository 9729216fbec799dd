"""Quotations inside a text (``chatbot.detect.register.quotes``)."""

from __future__ import annotations

import time

from chatbot.detect.register.quotes import MAX_QUOTE, Quotations


def test_quoted_spans_in_several_scripts() -> None:
    text = 'er sagte „Komm her“ und « oui » et "x" 「z」'
    quoted = Quotations(text)
    inside = {text.index(w) for w in ("Komm", "oui", "x", "z")}
    outside = {text.index(w) for w in ("sagte", "und", "et")}
    assert all(p in quoted for p in inside)
    assert not any(p in quoted for p in outside)


def test_apostrophes_pair_up_only_when_asked() -> None:
    said = "Он сказал 'подождите', а ты?"
    assert not Quotations(said)
    quoted = Quotations(said, single_quotes=True)  # ru.yaml: Russian writes no apostrophe
    assert said.index("подождите") in quoted and said.index("ты") not in quoted
    # A straight quote right after a Latin letter is an apostrophe even then.
    assert not Quotations("l'ordine c'è", single_quotes=True)
    assert not Quotations("O'Brien and O'Neil", single_quotes=True)
    assert not Quotations("Жанна д'Арк и О'Нил", single_quotes=True)
    glued = "그는'안녕'이라고 했어"  # Hangul writes no apostrophe: still a quotation
    assert glued.index("안녕") in Quotations(glued, single_quotes=True)


def test_german_reversed_guillemets_and_apostrophes() -> None:
    # »…« quotes in German; the « closing one must not open a «…» quotation.
    text = "Er schreibt »Bitte prüfen Sie das« – kannst du mir sagen, warum »Mit Grüßen«?"
    quoted = Quotations(text)
    assert text.index("Sie") in quoted and text.index("Grüßen") in quoted
    assert text.index("kannst") not in quoted
    # don’t: an apostrophe, not the end of a ‘…’ quotation, nor its start.
    assert not Quotations("‘90s music is the best, don’t you think?")
    said = "she said ‘don’t go’ and left"
    assert said.index("go") in Quotations(said) and said.index("left") not in Quotations(said)


def test_curly_quotes_close_before_a_particle_and_french_closers_open_nothing() -> None:
    korean = "선생님이 ‘수고했어요’라고 하셨어"  # ’ before Hangul closes the quotation
    assert korean.index("수고") in Quotations(korean, single_quotes=True)
    # A « … » left open on the line before: its » must not open a quotation.
    french = "Le serveur: «Bonjour,\nvous désirez ?» et moi «non merci», t'imagines ?"
    quoted = Quotations(french)
    assert french.index("non merci") in quoted and french.index("et moi") not in quoted
    # A pair too long to be a quotation hides none inside it.
    long = '" ' + "x " * 220 + '«Vous voulez ?» et "ok"'
    assert long.index("Vous") in Quotations(long) and long.index("ok") in Quotations(long)
    # A pair rejected as empty leaves its closing mark closed.
    assert [p for p in range(20) if p in Quotations('"" hello "world"')] == list(range(9, 16))


def test_a_quote_left_open_does_not_swallow_the_line() -> None:
    text = "« vous " + "a" * (MAX_QUOTE + 10) + " » tu"
    assert not Quotations(text)  # longer than a quotation: the text itself


def test_many_unclosed_quotes_stay_fast() -> None:
    for opener in "“«„":
        text = (opener + "a") * 4000  # what an analyzer reads at most
        started = time.perf_counter()
        Quotations(text, single_quotes=True)
        assert time.perf_counter() - started < 0.1, opener  # a regex took 0.4 s
