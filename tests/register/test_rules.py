"""The generic ``rules`` analyzer: schema, matching, decision, robustness.

These tests build small locales inline, so they test the engine, not a language.
"""

from __future__ import annotations

import re
import time

import pytest

from chatbot import locales
from chatbot.detect.register import analyze, clean, rules
from chatbot.detect.register.reading import Reading
from chatbot.errors import ConfigError
from chatbot.locales.schema import LocaleSpec

BASE = """
code: xx
native: Test
english: Test
analyzer: rules
default_level: formal
levels:
  - id: informal
    native: T
    english: informal
    description: familiar
    rank: 0
    formality: informal
    instruction: be familiar
    address: {known: "{name}", unknown: you}
    examples: [{user: hi, assistant: hey}]
  - id: formal
    native: V
    english: formal
    description: polite
    rank: 1
    formality: formal
    instruction: be polite
    address: {known: "Mx {name}", unknown: you}
    examples: [{user: hello, assistant: good day}]
markers:
"""

MARKERS = """
  rules:
    - id: xx.tu
      level: informal
      weight: 2
      why: familiar pronoun
      words: [tu, "t'", ton ami]
    - id: xx.vous
      level: formal
      weight: 2
      why: polite pronoun, capitalised only
      words: [Vous]
      case_sensitive: true
    - id: xx.verb
      level: formal
      weight: 1
      why: polite verb ending
      pattern: '{<}\\w+ez{>}'
    - id: xx.cjk
      level: formal
      weight: 1
      why: no spaces in this script
      words: [您]
      match: substring
  misuses:
    - id: xx.mix
      why: polite pronoun with a familiar verb
      message: do not mix
      pattern: 'Vous\\s+as{>}'
"""


def spec(markers: str = MARKERS, extra: str = "") -> LocaleSpec:
    return locales.parse(BASE + markers + extra, "xx.yaml")


def read(text: str, markers: str = MARKERS, extra: str = "") -> Reading:
    return rules.analyze(clean(text), spec(markers, extra))


def test_words_are_whole_words_and_case_insensitive_by_default() -> None:
    r = read("TU es là. Tutu, vous.")
    assert r.level == "informal"
    assert [(e.surface, e.rule) for e in r.evidence] == [("TU", "xx.tu")]


def test_elided_entry_matches_before_a_vowel_and_phrases_span_whitespace() -> None:
    text = "Je t'aime, ton\n ami."
    r = read(text)
    surfaces = sorted(e.surface for e in r.evidence)
    assert surfaces == ["t'", "ton\n ami"]
    for e in r.evidence:
        assert text[e.start : e.end] == e.surface


def test_closing_marks_french_sets_off_with_a_space_match_either_way() -> None:
    markers = MARKERS.replace("ton ami]", 'ton ami, "ou pas ?"]')
    for text in ("Vrai ou pas ?", "Vrai ou pas?", "Vrai ou pas\u00a0?", "Vrai ou pas\u202f?"):
        (e,) = read(text, markers).evidence
        assert text[e.start : e.end] == e.surface == text[5:]
    assert not read("Vrai ou pas, ?", markers).evidence
    # An apostrophe closes an elided word at once: t 'aime is no t'.
    assert not read("Je t 'aime bien").evidence


def test_typographic_apostrophe_matches_and_keeps_offsets() -> None:
    text = "ok t\u2019aime"
    r = read(text)
    (e,) = r.evidence
    assert text[e.start : e.end] == e.surface == "t\u2019"


def test_case_sensitive_words_and_patterns() -> None:
    assert read("vous").level is None  # lower case: no rule matches
    assert read("vous").evidence == ()
    r = read("Vous parlez.")
    assert r.level == "formal"
    assert {e.rule for e in r.evidence} == {"xx.vous", "xx.verb"}


def test_a_case_sensitive_phrase_may_open_a_sentence_with_a_capital() -> None:
    markers = """
  rules:
    - id: xx.chat
      level: informal
      weight: 1
      why: chat phrases and words in small letters
      words: [che palle, nana, Che bello]
      case_sensitive: true
"""
    # A phrase in small letters also opens a sentence with a capital...
    r = read("Treno in ritardo. Che palle.", markers)
    assert [(e.surface, e.rule) for e in r.evidence] == [("Che palle", "xx.chat")]
    # ...once, where the list names both; a single word does not (a name)...
    assert [e.surface for e in read("che palle, Che palle", markers).evidence] == [
        "che palle",
        "Che palle",
    ]
    assert read("Nana arrive demain.", markers).evidence == ()
    # ...and nothing else changes case: not the other words, not a capital entry.
    assert read("Che Palle", markers).evidence == ()
    assert read("che bello", markers).evidence == ()


def test_substring_matching_for_scripts_without_spaces() -> None:
    r = read("请您帮忙")
    assert r.level == "formal"
    assert r.evidence[0].surface == "您"
    assert (r.evidence[0].start, r.evidence[0].end) == (1, 2)


def test_votes_margin_confidence_and_score() -> None:
    strong, weak = read("Vous parlez, Vous venez."), read("Vous parlez, tu viens.")
    assert strong.level == weak.level == "formal"
    assert strong.confidence > weak.confidence > 0
    assert strong.score > weak.score > 0
    assert read("tu es là").score < 0
    assert strong.scores == {"formal": 6.0}


def test_max_count_caps_one_rule() -> None:
    r = read("tu " * 50 + "Vous parlez Vous venez Vous allez Vous savez")
    assert r.scores["informal"] == 6.0  # 3 matches x weight 2


def test_a_rule_may_cap_its_own_matches_lower() -> None:
    once = MARKERS.replace(
        "      pattern: '{<}\\w+ez{>}'", "      max_count: 1\n      pattern: '{<}\\w+ez{>}'"
    )
    assert once != MARKERS
    r = read("Vous parlez, Vous venez, allez", once)
    assert r.scores["formal"] == 5.0  # Vous twice x 2, and the -ez forms once
    assert [e.surface for e in r.evidence if e.rule == "xx.verb"] == ["parlez"]
    # ... never more than the locale's own max_count (3).
    more = MARKERS.replace(
        "      pattern: '{<}\\w+ez{>}'", "      max_count: 10\n      pattern: '{<}\\w+ez{>}'"
    )
    assert read("parlez venez allez savez buvez", more).scores["formal"] == 3.0


def test_marker_errors_name_the_line_of_the_field() -> None:
    bad = MARKERS + "  unmarked: casual\n"
    text = BASE + bad
    line = text[: text.index("  unmarked: casual")].count("\n") + 1
    with pytest.raises(ConfigError, match=rf"markers\.unmarked \(line {line}\): 'casual'"):
        rules.compile_markers(locales.parse(text, "xx.yaml"))
    included = BASE + MARKERS + "  include: [{set: chat, level: casual}]\n"
    line = included[: included.index("  include:")].count("\n") + 1
    with pytest.raises(ConfigError, match=rf"markers\.include\.0\.level \(line {line}\)"):
        rules.compile_markers(locales.parse(included, "xx.yaml"))


def test_silence_reads_unmarked_or_unknown() -> None:
    r = read("Bonjour.", extra="  unmarked: formal\n")
    assert (r.level, r.formality, r.confidence) == ("formal", "formal", 0.2)
    assert "no register marker" in (r.reason or "")
    r = read("Bonjour.")
    assert (r.level, r.formality) == (None, "unknown")
    assert r.reason


def test_tie_is_reported() -> None:
    r = read("tu Vous", extra="  unmarked: informal\n")
    assert r.level == "informal"
    assert "tied" in (r.reason or "")


def test_a_tie_goes_to_the_only_level_a_showing_form_votes_for() -> None:
    # English contractions (shows: false) tie with one casual mark (!!!): the mark
    # decides, where the locale's unmarked level would otherwise take the tie.
    weak = MARKERS.replace(
        "      weight: 1\n      why: polite verb ending\n      pattern: '{<}\\w+ez{>}'",
        "      weight: 2\n      why: polite verb ending\n      pattern: '{<}\\w+ez{>}'\n"
        "      shows: false",
    )
    assert weak != MARKERS
    r = read("tu venez", weak, extra="  unmarked: formal\n")
    assert r.level == "informal" and "only informal has a form that shows" in (r.reason or "")
    r = read("tu Vous", extra="  unmarked: formal\n")  # both show: the unmarked level
    assert r.level == "formal"


def test_a_rule_that_does_not_show_votes_but_shows_no_level() -> None:
    weak = MARKERS.replace(
        "      pattern: '{<}\\w+ez{>}'", "      pattern: '{<}\\w+ez{>}'\n      shows: false"
    )
    assert weak != MARKERS
    r = read("Venez.", weak)
    assert r.level == "formal" and not r.marked  # it decided, but shows nothing
    r = read("Vous venez.", weak)
    assert r.level == "formal" and r.marked  # a showing rule of the same level does


def test_a_learned_vote_tips_a_reading_but_never_shows_it() -> None:
    # id votes with its subword classifier: here the rules read casual (nih),
    # the classifier outweighs them, and the standard reading is not shown.
    r = analyze("Error-nya muncul karena modulnya belum ke-install nih.", "id")
    assert r.level == "standard" and any(e.rule == "id.subword" for e in r.evidence)
    by_rules = {
        level: sum(e.weight for e in r.evidence if e.level == level and e.rule != "id.subword")
        for level in ("casual", "standard")
    }
    assert by_rules["casual"] > by_rules["standard"]
    assert not r.marked
    assert analyze("Kamu bisa booking lewat Halodoc aja.", "id").marked


def test_misuse_is_reported_with_span() -> None:
    text = "Alors Vous as faim?"
    r = read(text)
    (m,) = r.misuses
    assert (m.rule, text[m.start : m.end]) == ("xx.mix", m.surface)


@pytest.mark.parametrize(
    ("markers", "field"),
    [
        # A rule is named by its id, not its position in the list.
        (MARKERS.replace("weight: 2", "wieght: 2", 1), "markers.rules.xx.tu.wieght"),
        (MARKERS.replace("level: informal", "level: casual", 1), "markers.rules.xx.tu.level"),
        (
            MARKERS.replace('words: [tu, "t\'", ton ami]', "pattern: '(a+)+b'", 1),
            "markers.rules.xx.tu",
        ),
        # Alternatives that begin alike, repeated: (?:a|a)*c took 17 s on 28 letters.
        (
            MARKERS.replace('words: [tu, "t\'", ton ami]', "pattern: '(?:a|a)*c'", 1),
            "markers.rules.xx.tu",
        ),
        (
            MARKERS.replace('words: [tu, "t\'", ton ami]', "pattern: '(?:ab|ab)*c'", 1),
            "markers.rules.xx.tu",
        ),
        (
            MARKERS.replace("pattern: '{<}\\w+ez{>}'", "pattern: '(unclosed'"),
            "markers.rules.xx.verb: pattern does not compile: missing ), unterminated subpattern near: (unclosed",
        ),
        (
            MARKERS.replace("pattern: '{<}\\w+ez{>}'", "pattern: '{<}(\\w+ez{>}'"),
            "pattern does not compile: missing ), unterminated subpattern in: {<}(\\w+ez{>}",
        ),
        # Unquoted on (Turkish "ten"), no, yes are booleans to YAML.
        (
            MARKERS.replace('words: [tu, "t\'", ton ami]', "words: [tu, on]", 1),
            "markers.rules.xx.tu.words.1: Input should be a valid string (YAML read this as "
            "True; put the text in quotes)",
        ),
        (MARKERS.replace("    - id: xx.vous", "    - id: xx.tu", 1), "markers"),
        ("  rules: []\n", "markers.rules"),
        (MARKERS + "  backup: magic\n", "markers.backup"),
    ],
)
def test_bad_markers_fail_naming_file_and_field(markers: str, field: str) -> None:
    with pytest.raises(ConfigError) as err:
        read("tu", markers)
    assert "xx.yaml" in str(err.value)
    # The field as the author named it, and the line of the file where it stands.
    assert field in re.sub(r" \(line \d+\)", "", str(err.value))
    assert re.search(r"\(line \d+\)", str(err.value))


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("  backup_mode: vote\n", "needs a backup classifier"),
        ("  backup: subword\n  backup_weight: 2\n", "only with backup_mode: vote"),
        ("  backup: subword\n  backup_mode: vote\n  backup_weight: 0\n", "backup_weight"),
        ("  backup: subword\n  backup_mode: always\n", "backup_mode"),
    ],
)
def test_backup_vote_fields_are_checked(extra: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        read("tu", MARKERS + extra)


def test_backup_vote_without_a_model_reads_as_the_rules() -> None:
    # No model ships for xx: the vote adds nothing and the rules decide as usual.
    r = read("Vous venez", MARKERS + "  backup: subword\n  backup_mode: vote\n")
    assert r.level == "formal" and r.reason is None
    assert not any(e.rule == "xx.subword" for e in r.evidence)


def test_words_and_pattern_are_exclusive() -> None:
    bad = MARKERS.replace("      pattern: '{<}\\w+ez{>}'", "      pattern: x\n      words: [y]")
    with pytest.raises(ConfigError, match="exactly one"):
        read("tu", bad)


def test_compiled_once_per_spec() -> None:
    s = spec()
    assert rules.compile_markers(s) is rules.compile_markers(s)


@pytest.mark.parametrize(
    "text",
    ["", "<b>", "\x00", "\u200b\u200b", "😀" * 20, "tu\x00Vous", "日本語のテキスト", "   \n\t"],
)
def test_odd_input_never_raises(text: str) -> None:
    for code in locales.available():
        if locales.get(code) and locales.get(code).analyzer == "rules":  # type: ignore[union-attr]
            r = analyze(text, code)
            assert 0.0 <= r.confidence <= 1.0
            for e in r.evidence:
                assert clean(text)[e.start : e.end] == e.surface


def test_long_text_is_fast_for_every_rules_locale() -> None:
    chunk = "Tu parles, Vous venez? Du bist, Sie sind, ты, вы, तुम, आप, lol, Sir. " * 20
    big = chunk * (1_000_000 // len(chunk))
    for code in locales.available():
        spec_ = locales.get(code)
        if spec_ is None or spec_.analyzer != "rules":
            continue
        start = time.perf_counter()
        analyze(big, code)
        assert time.perf_counter() - start < 2.0, code
        # The engine itself stays linear even without analyze()'s truncation.
        start = time.perf_counter()
        rules.analyze(clean(big[:200_000]), spec_)
        assert time.perf_counter() - start < 5.0, code


def test_every_rules_locale_compiles() -> None:
    for code in locales.available():
        spec_ = locales.get(code)
        if spec_ is not None and spec_.analyzer == "rules":
            compiled = rules.compile_markers(spec_)
            assert compiled.rules, code


INCLUDE = """
  include:
    - set: chat
      level: informal
      alone: true
"""


def test_an_included_set_votes_for_the_level_the_locale_names() -> None:
    r = read("ce film était nul hahaha", MARKERS + INCLUDE)
    assert r.level == "informal" and r.marked and r.style_only  # read from style alone
    assert not read(
        "ce film était nul hahaha", MARKERS + INCLUDE.replace("true", "false")
    ).style_only
    assert [(e.surface, e.rule, e.level) for e in r.evidence] == [
        ("hahaha", "chat.laughter", "informal")
    ]
    formal = MARKERS + INCLUDE.replace("level: informal", "level: formal")
    assert read("ce film était nul hahaha", formal).level == "formal"


def test_rules_that_count_alone_give_way_to_any_other() -> None:
    # Laughter in a text that addresses someone: the address decides.
    r = read("Vous venez ? hahaha :D", MARKERS + INCLUDE)
    assert r.level == "formal" and {e.rule for e in r.evidence} == {"xx.vous", "xx.verb"}
    # Without alone, laughter counts beside the address.
    r = read("Vous venez ? hahaha", MARKERS + INCLUDE.replace("alone: true", "alone: false"))
    assert "chat.laughter" in {e.rule for e in r.evidence}
    # A rule of the locale's own may count alone too.
    own = MARKERS.replace(
        '      words: [tu, "t\'", ton ami]', "      words: [tu]\n      alone: true"
    )
    assert own != MARKERS
    assert read("Vous et tu", own).level == "formal"
    assert read("tu", own).level == "informal"


def test_a_rule_that_counts_alone_does_not_keep_morphology_from_reading() -> None:
    fr = locales.get("fr")
    assert fr is not None
    r = rules.analyze(clean("Respire un bon coup haha"), fr)
    assert r.level == "informal"
    assert "fr.morph_imperative_tu" in {e.rule for e in r.evidence}


@pytest.mark.parametrize(
    ("include", "message"),
    [
        (
            "[{set: nosuch, level: informal}]",
            "no shared rule set 'nosuch' to include; there are: chat",
        ),
        ("[{set: chat, level: casual}]", "markers.include.0.level: 'casual' is not a level"),
        ("[{set: chat, level: informal}, {set: chat, level: formal}]", "come twice"),
        ("[{set: chat, level: informal, weight: 2}]", "markers.include.0.weight"),
    ],
)
def test_bad_includes_fail_naming_what_is_wrong(include: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        rules.compile_markers(spec(MARKERS + f"  include: {include}\n"))
    assert message in re.sub(r" \(line \d+\)", "", str(err.value))


def test_the_capital_dotted_i_matches_its_small_letter() -> None:
    # Turkish SİZ is siz: casefold alone gives i and a combining dot.
    turkish = MARKERS.replace('words: [tu, "t\'", ton ami]', "words: [tu, siz, size]")
    assert turkish != MARKERS
    r = read("SİZE NASIL YARDIMCI OLABİLİRİM?", turkish)
    assert [(e.surface, e.rule) for e in r.evidence] == [("SİZE", "xx.tu")]
    cjk = MARKERS.replace("words: [您]", "words: [siz]")
    assert [e.surface for e in read("BİRSİZ", cjk).evidence] == ["SİZ"]


HAIL = """
    - id: xx.hail
      level: informal
      weight: 1
      why: a group hailed as friends makes Vous the plural of tu
      pattern: '(?:^|(?<=[.!?]\\s))les\\s+amis(?=\\s*[,!])'
      mutes: [xx.vous, xx.verb]
"""


def test_a_rule_may_mute_others_where_the_speaker_says_it() -> None:
    markers = MARKERS.replace("  misuses:", HAIL.lstrip("\n") + "  misuses:")
    alone = read("Vous venez ce soir ?", markers)
    assert alone.level == "formal"
    hailed = read("Les amis, Vous venez ce soir ?", markers)
    assert (hailed.level, [e.rule for e in hailed.evidence]) == ("informal", ["xx.hail"])
    # A rule it does not mute still counts.
    assert {e.rule for e in read("Les amis, 您 Vous", markers).evidence} == {"xx.hail", "xx.cjk"}
    # A hail someone else said, in quotation marks, mutes nothing.
    quoted = read("Il a dit « Les amis, venez ». Vous venez ?", markers)
    assert quoted.level == "formal" and "xx.vous" in [e.rule for e in quoted.evidence]


def test_mutes_must_name_rules_of_the_locale() -> None:
    markers = MARKERS.replace(
        "  misuses:", HAIL.replace("xx.verb]", "xx.nope]").lstrip("\n") + "  misuses:"
    )
    with pytest.raises(ConfigError) as err:
        rules.compile_markers(spec(markers))
    text = str(err.value)
    assert "xx.yaml" in text and "markers.rules.xx.hail.mutes" in text, text
    assert "xx.nope: no rule of this locale has that id" in text and re.search(
        r"\(line \d+\)", text
    )


VARIETY = """
  varieties:
    - id: xx.south
      name: Southern Test
      why: Vous is the everyday pronoun there
      mutes: [xx.vous, xx.verb]
      cues:
        - id: xx.south.words
          why: words only the south uses
          words: [bonjou, ti moun]
        - id: xx.south.pattern
          why: a southern ending
          pattern: '{<}\\w+itt{>}'
"""


def test_a_variety_cue_mutes_the_rules_that_mean_otherwise_there() -> None:
    north = read("Vous parlez bien.", extra=VARIETY)
    assert (north.level, [e.rule for e in north.evidence]) == ("formal", ["xx.vous", "xx.verb"])
    assert north.reason is None  # no cue, no variety named
    for text, cue in [("Bonjou! Vous parlez bien.", "Bonjou"), ("Vous parlez, kalitt.", "kalitt")]:
        south = read(text, extra=VARIETY)
        assert south.evidence == () and south.level is None, south  # muted, nothing else said
        assert south.reason is not None and f"read as Southern Test ({cue})" in south.reason
        assert "Vous is the everyday pronoun there" in south.reason
    # A rule the variety does not mute still counts, and decides.
    mixed = read("Bonjou, tu parlez.", extra=VARIETY)
    assert (mixed.level, [e.rule for e in mixed.evidence]) == ("informal", ["xx.tu"])


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("mutes: [xx.vous, xx.verb]", "mutes: [xx.vous, xx.nope]", "markers.varieties.xx.south.mutes", "xx.nope: no rule of this locale has that id"),
        ("id: xx.south.words", "id: xx.tu", "markers", "rule ids must be unique"),
        ("words: [bonjou, ti moun]", "words: [bonjou, '!!']", "markers.varieties.xx.south.cues.xx.south.words.words", "entry '!!' has no word characters"),
        ("      name: Southern Test\n", "", "markers.varieties.xx.south.name", "Field required"),
        ("'{<}\\w+itt{>}'", "'(a+)+'", "markers.varieties.xx.south.cues.xx.south.pattern", "nests an unbounded repeat"),
    ],
)  # fmt: skip
def test_bad_varieties_name_the_field(old: str, new: str, field: str, message: str) -> None:
    bad = VARIETY.replace(old, new)
    assert bad != VARIETY
    with pytest.raises(ConfigError) as err:
        rules.compile_markers(spec(extra=bad))
    text = str(err.value)
    assert "xx.yaml" in text and message in text, text
    assert field in re.sub(r" \(line \d+\)", "", text), text
    if field != "markers":
        assert re.search(r"\(line \d+\)", text), text


def test_a_variety_may_be_named_for_every_text() -> None:
    # As for a reply planned in the variety: no cue needed, its rules are muted.
    forced = read("Vous parlez bien.", extra=VARIETY + "  variety: xx.south\n")
    assert (forced.evidence, forced.variety) == ((), "xx.south")
    assert forced.reason is not None and "read as Southern Test:" in forced.reason
    found = read("Bonjou, vous parlez.", extra=VARIETY)
    assert found.variety == "xx.south" and found.to_json()["variety"] == "xx.south"
    assert read("Vous parlez.", extra=VARIETY).variety is None
    with pytest.raises(
        ConfigError, match=r"markers\.variety \(line \d+\): 'xx\.north' is not a variety"
    ):
        rules.compile_markers(spec(extra=VARIETY + "  variety: xx.north\n"))


def test_analyze_reads_a_shipped_locale_as_a_variety_it_names() -> None:
    plain = analyze("Você pode ajudar-me?", "pt")
    assert plain.variety is None and [e.rule for e in plain.evidence] == ["pt.voce"]
    brazil = analyze("Você pode ajudar-me?", "pt", variety="pt.brazil")
    assert brazil.variety == "pt.brazil" and "pt.voce" not in {e.rule for e in brazil.evidence}
    # A variety the locale lacks changes nothing.
    assert analyze("Você pode ajudar-me?", "pt", variety="pt.angola") == plain


WRITTEN = """varieties:
  - id: xx.south
    native: Sud
    english: Southern Test
    levels:
      formal:
        instruction: be polite, Vous, as in the south
        examples: [{user: bonjou, assistant: Vous parlez bien}]
"""


def _southern(markers: str = MARKERS + VARIETY, written: str = WRITTEN) -> LocaleSpec:
    return locales.parse(BASE.replace("markers:\n", written + "markers:\n") + markers, "xx.yaml")


def test_a_variety_writes_the_levels_it_names_and_keeps_the_rest() -> None:
    south = _southern()
    formal = south.written("formal", "xx.south")
    assert formal.instruction == "be polite, Vous, as in the south"
    assert [e.assistant for e in formal.examples] == ["Vous parlez bien"]
    assert formal.address == south.level("formal").address  # not given: the level's own
    assert south.written("informal", "xx.south") == south.level("informal")
    assert south.written("formal") == south.written("formal", "xx.north") == south.level("formal")


def test_variety_texts_are_checked_like_the_levels() -> None:
    from chatbot.detect.register.selfcheck import check_locale

    # Read as the variety, Vous is muted: the example shows no level, and the
    # locale here has no unmarked level, so it reads as nothing at all.
    check = check_locale(_southern())
    assert any(
        "varieties.xx.south.levels.formal.examples.0.assistant reads as" in w
        for w in check.warnings
    ), check.warnings
    # A variety the analyzer cannot tell is an error.
    check = check_locale(_southern(markers=MARKERS))
    assert any(
        "varieties.xx.south: the analyzer cannot tell Southern Test" in e for e in check.errors
    ), check.errors
    with pytest.raises(ConfigError, match="levels \\['casual'\\] are not levels"):
        _southern(written=WRITTEN.replace("      formal:", "      casual:"))
