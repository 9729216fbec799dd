"""Plan → prompt → generate → check, on the real engine and the real analyzers."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from llama_cpp import LlamaGrammar

from chatbot import locales
from chatbot.check import GuardSettings, RegisterGuard, Verdict
from chatbot.config import Sampling
from chatbot.detect.language import detect
from chatbot.detect.register import analyze
from chatbot.errors import ConfigError
from chatbot.generate.chat import ChatSession
from chatbot.generate.engine import Engine
from chatbot.persona.registry import PersonaRegistry
from chatbot.persona.session import persona_session
from chatbot.plan import Plan, RegisterPolicy, plan
from chatbot.plan.target import target_for
from chatbot.prompt import build_system_prompt, render_template
from chatbot.prompt.names import names_from
from chatbot.stream.events import Done, Notice, TextDelta
from tests.conftest import make_engine

GOLDEN = Path(__file__).parent / "golden"
CONCIERGE = "You are the concierge of Hotel Sakura in Kyoto. Help guests with rooms and sights."


def _spec(code: str) -> locales.LocaleSpec:
    spec = locales.get(code)
    assert spec is not None, code
    return spec


# -- language detection -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("明日のMeetingは何時からですか？", "ja"),  # English words inside Japanese
        ("안녕하세요, 예약하고 싶습니다.", "ko"),
        ("สวัสดีครับ", "th"),
        ("नमस्ते, आप कैसे हैं?", "hi"),
        ("请问您需要什么帮助？", "zh"),
        ("Guten Tag, ich hätte gern ein Zimmer für zwei Nächte.", "de"),
        ("Bonjour, je voudrais réserver une table pour ce soir.", "fr"),
    ],
)
def test_detect_reads_script_and_language(text: str, locale: str) -> None:
    found = detect(text)
    assert found.locale == locale and found.confidence > 0.5


def test_detect_is_deterministic_and_survives_noise() -> None:
    text = "Ciao, come stai? Tutto bene?"
    assert detect(text) == detect(text)
    assert detect("").locale is None and detect("<b>\x00</b>").locale is None


@pytest.mark.parametrize(
    ("text", "among", "locale"),
    [
        # langdetect alone: Bulgarian, Tagalog, Czech, Danish.
        ("Привет", ("ru", "en"), "ru"),
        ("Apa kabar?", ("id", "en"), "id"),
        ("Olá, tudo bem?", ("pt", "en"), "pt"),
        ("Danke", ("de", "en"), "de"),
    ],
)
def test_short_messages_are_read_among_the_locales_a_caller_speaks(
    text: str, among: tuple[str, ...], locale: str
) -> None:
    assert detect(text).locale != locale  # the reason this exists
    found = detect(text, among=among)
    assert found.locale == locale and 0 < found.confidence <= 0.5


def test_a_longer_text_in_another_language_keeps_its_own_code() -> None:
    # Swedish and Ukrainian are not answered as German or Russian.
    assert detect("Hej, hur mår du idag, min vän?", among=("de", "en")).locale == "sv"
    assert detect("Привіт, як справи?", among=("ru", "en")).locale != "ru"
    # A language among them is read as before.
    plain = detect("Guten Tag, ich hätte gern ein Zimmer.")
    assert detect("Guten Tag, ich hätte gern ein Zimmer.", among=("de", "en")) == plain


def test_a_short_greeting_in_the_personas_language_has_its_register_read(tmp_path: Path) -> None:
    entry = PersonaRegistry(tmp_path, entry_points=False).get("es-receptionist")
    target, detected = target_for(entry.persona, "Hola, ¿qué tal?")
    assert detected == "es" and target.locale == "es"


def test_a_users_name_is_split_for_the_forms_of_address() -> None:
    assert names_from("田中 太郎") == {"name": "田中 太郎", "surname": "田中", "given": "太郎"}
    assert names_from("Anna  Müller\n") == {
        "name": "Anna Müller",
        "surname": "Müller",
        "given": "Anna",
    }
    # One word is no surname in a Latin script (Herr {surname} then falls back
    # to the form for an unknown name), but is one in a CJK script (田中様).
    assert names_from("Müller") == {"name": "Müller", "given": "Müller"}
    assert names_from("田中") == {"name": "田中", "surname": "田中"}
    # A surname keeps its particles; Vietnamese is written family name first.
    assert names_from("Jan van der Berg")["surname"] == "van der Berg"
    assert names_from("Maria da Silva")["surname"] == "da Silva"
    assert names_from("Nguyễn Văn Hùng", _spec("vi")) == {
        "name": "Nguyễn Văn Hùng",
        "surname": "Nguyễn",
        "given": "Hùng",
    }
    assert names_from("Nguyễn Văn Hùng")["surname"] == "Hùng"  # no locale: given name first
    assert names_from("   ") == {} and names_from(None) == {}
    assert len(names_from("x" * 500)["name"]) == 80


@pytest.mark.parametrize(
    ("full", "code", "surname", "given"),
    [
        ("Wang Fang", "zh", "Wang", "Fang"),  # pinyin, family name first
        ("王芳", "zh", "王", "芳"),  # no space: one character, then the given name
        ("欧阳娜娜", "zh", "欧阳", "娜娜"),  # a two-character family name
        ("김민수", "ko", "김", "민수"),
        ("남궁민수", "ko", "남궁", "민수"),
        ("Jan de Vries", "nl", "De Vries", "Jan"),  # meneer De Vries
        ("Mevrouw van der Berg", "nl", "Van der Berg", None),
        ("Sr. da Silva", "pt", "da Silva", None),
        # Spanish: two surnames, addressed by the first; a two-word given name is one.
        ("María García López", "es", "García", "María"),
        ("José Luis Pérez Gil", "es", "Pérez", "José Luis"),
        ("María José García", "es", "García", "María José"),
        ("Ana García", "es", "García", "Ana"),
        ("João Silva Santos", "pt", "Santos", "João"),  # Portuguese: the last
        # After a title too; two words are a given name and a surname unless the
        # first has a surname's -ez (Sra. Fernández López, Pérez Gil).
        ("Sra. María García López", "es", "García", "María"),
        ("Sra. María José Ruiz Gómez", "es", "Ruiz", "María José"),
        ("Sr. Juan Pérez", "es", "Pérez", "Juan"),
        ("Sra. Fernández López", "es", "Fernández", None),
        ("Pérez Gil", "es", "Pérez", None),
        # Dona, Seu, Don and Doña go before a given name.
        ("Dona Maria", "pt", None, "Maria"),
        ("Seu João Silva", "pt", "Silva", "João"),
        ("Doña Carmen", "es", None, "Carmen"),
        ("Don Julián Ortega", "es", "Ortega", "Julián"),
    ],
)
def test_names_split_as_each_language_writes_them(
    full: str, code: str, surname: str, given: str | None
) -> None:
    names = names_from(full, _spec(code))
    assert (names.get("surname"), names.get("given")) == (surname, given)
    # Japanese lists no compound family names: 田中太郎 unspaced stays whole.
    assert names_from("田中太郎", _spec("ja")) == {"name": "田中太郎", "surname": "田中太郎"}


def test_friends_are_called_by_their_given_name() -> None:
    for code, full, called in [
        ("de", "Anna Müller", "Anna"),
        ("ko", "김민수", "민수"),
        ("hi", "Rahul Sharma", "Rahul"),
    ]:
        spec = _spec(code)
        level = spec.ordered()[0]
        prompt = build_system_prompt("P.", spec, level.id, names=names_from(full, spec))
        assert f'Address the user as "{called}"' in prompt, (code, prompt)
    spec = _spec("zh")
    polite = build_system_prompt("P.", spec, "polite", names=names_from("王芳", spec))
    assert 'Address the user as "王先生/女士"' in polite


def test_a_persona_session_addresses_the_user_by_name(tmp_path: Path, engine: Engine) -> None:
    entry = PersonaRegistry(tmp_path, entry_points=False).get("de-support-agent")
    target = Plan("de", "formal", "fixed")
    named = persona_session(engine, entry, target, Sampling(), names=names_from("Anna Müller"))
    assert 'Address the user as "Herr/Frau Müller"' in str(named.conversation.system)
    # A surname form with only one name given falls back to the unknown form.
    bare = persona_session(engine, entry, target, Sampling(), names=names_from("Anna"))
    assert "Herr/Frau" not in str(bare.conversation.system)


# -- planning ---------------------------------------------------------------------


def test_keigo_to_a_shop_gets_keigo_and_casual_to_a_bank_gets_polite() -> None:
    ja = _spec("ja")
    shop = RegisterPolicy(mirror=True, min="polite", max="honorific")
    keigo = analyze("恐れ入りますが、館内をご案内いただけますでしょうか。", "ja")
    assert plan(shop, ja, keigo).level == "honorific"
    casual = analyze("ねえ、残高いくら？教えてよ。", "ja")
    assert casual.level == "casual"
    assert plan(shop, ja, casual) == Plan("ja", "polite", "user wrote casual; nearest allowed")
    assert plan(RegisterPolicy(level="honorific"), ja, casual).level == "honorific"
    assert plan(shop, ja, None).level == "polite"  # the locale default, within range


def test_policies_naming_unknown_levels_are_refused() -> None:
    with pytest.raises(ConfigError, match="not a level of locale ja"):
        plan(RegisterPolicy(level="keigo"), _spec("ja"), None)
    with pytest.raises(ConfigError, match="more formal than max"):
        plan(RegisterPolicy(mirror=True, min="honorific", max="casual"), _spec("ja"), None)


# -- prompts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "locale", "level", "names"),
    [
        ("concierge_ja_honorific", "ja", "honorific", {"name": "田中 太郎", "surname": "田中"}),
        ("concierge_ja_casual", "ja", "casual", {}),
        ("concierge_de_formal", "de", "formal", {"surname": "Müller"}),
        ("concierge_ko_hasipsioche", "ko", "hasipsioche", {"name": "김민수"}),
    ],
)
def test_system_prompts_match_their_golden_files(
    name: str, locale: str, level: str, names: dict[str, str]
) -> None:
    spec = _spec(locale)
    prompt = build_system_prompt(CONCIERGE, spec, level, names=names)
    assert prompt == build_system_prompt(CONCIERGE, spec, level, names=names)  # deterministic
    assert spec.level(level).instruction.strip() in prompt
    for ex in spec.level(level).examples:
        assert ex.assistant.strip() in prompt
    golden = GOLDEN / f"{name}.txt"
    assert prompt == golden.read_text("utf-8"), f"update {golden} if the change is intended"


def test_prompt_templates_are_strict_and_sandboxed() -> None:
    with pytest.raises(ConfigError, match="UndefinedError"):
        render_template("inline", {}, source="Dear {{ honorific }}")
    with pytest.raises(ConfigError, match="SecurityError"):
        render_template("inline", {"x": ""}, source="{{ x.__class__.__mro__ }}")


@pytest.mark.parametrize(
    "source",
    [
        '{{ ("x" * 200000).translate({120: "y" * 200000}) }}',
        '{{ ("y" * 1000).join("x" * 200000) }}',
        '{% set s = "x" * 100000 %}{{ ("{0}" * 20000).format(s) }}',
        '{% set s = "x" * 100000 %}{{ ("%(a)s" * 20000) % {"a": s} }}',
        '{{ "%*d" % (199999, 1) }}',
        # A precision taken from the arguments (a review built 1.9 GB with it).
        "{{ '%.*f' % (10**9, 1.0) }}",
        "{{ '%-*.*s' % (5, 10**9, 'x') }}",
        "{{ '%(a).*f' % {'a': 1.0} }}",
        '{% set b %}{% for i in range(5000) %}{{ "x" * 200000 }}{% endfor %}{% endset %}{{ b }}',
        "{% macro m() %}{% for i in range(5000) %}{{ 'x' * 200000 }}{% endfor %}{% endmacro %}"
        "{{ m() }}",
        "{% set l = [1] %}{% for i in range(27) %}{{ l.extend(l) }}{% endfor %}{{ l }}",
        "{{ [1] | batch(100000000, 0) | first | length }}",
        "{% set b = [0] | batch(199999, 0) | first %}{% set L = [b] | batch(20000, b) | first %}"
        "{{ L | max | length }}",
        '{{ [(2 ** 2000) * (2 ** 2000)] * 99999 ~ "" }}',
        '{{ ("%99999d" * 20000) % ((1,) * 20000) }}',
        '{{ ("{:99999}" * 20000).format(*([1] * 20000)) }}',
        '{{ ("{0:{1}}" * 14000).format(1, 199999) }}',
    ],
)
def test_the_sandbox_refuses_what_would_take_memory_or_time(source: str) -> None:
    started = time.monotonic()
    tracemalloc.start()
    try:
        with pytest.raises(ConfigError, match="SecurityError"):
            render_template("inline", {}, source=source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # Refused before it was built: not after building hundreds of megabytes.
    assert peak < 50 * 1024 * 1024, f"{peak / 1e6:.0f} MB allocated before the refusal"
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    "source", ["{{ lipsum(2000000, min=100, max=101) | length }}", "{{ cycler(1, 2).next() }}"]
)
def test_jinjas_unbounded_and_stateful_globals_are_not_offered(source: str) -> None:
    # lipsum() writes any amount of random text past every size check, and a
    # different text each render.
    started = time.monotonic()
    with pytest.raises(ConfigError, match="is undefined"):
        render_template("inline", {}, source=source)
    assert time.monotonic() - started < 1
    assert (
        render_template("inline", {}, source="{{ dict(a=1).a }}{{ namespace(b=2).b }}").strip()
        == "12"
    )


def test_a_tree_of_includes_is_bounded_by_the_deadline(tmp_path: Path) -> None:
    for i in range(24):
        (tmp_path / f"f{i}.j2").write_text(f'{{% include "f{i + 1}.j2" %}}' * 2, "utf-8")
    (tmp_path / "f24.j2").write_text("", "utf-8")
    with pytest.raises(ConfigError, match="longer than"):
        render_template("f0.j2", {}, folders=(tmp_path,))


def test_the_bounded_sandbox_still_renders_what_a_persona_template_needs() -> None:
    source = (
        "{% set ns = namespace(n=0) %}{% for dish in menu %}{% set ns.n = ns.n + 1 %}"
        "{{ loop.index }}/{{ loop.length }} {{ dish | title }}{% if not loop.last %}, "
        "{% endif %}{% endfor %} ({{ ns.n }}). {{ menu | map('upper') | join(' · ') }}. "
        "{{ shop ~ '様' }} {{ shop.replace('屋', '家') }} {{ '%s!' % shop }} "
        "{{ ('-' * 3) }} {{ range(3) | list | length }}"
    )
    out = render_template("inline", {"menu": ["ramen", "gyoza"], "shop": "麺屋"}, source=source)
    assert out == "1/2 Ramen, 2/2 Gyoza (2). RAMEN · GYOZA. 麺屋様 麺家 麺屋! --- 3\n"
    # Large numbers are values, not sizes: a price or a population renders.
    numbers = "{{ price | int }} {{ people | default('?') }} {{ '{:,}'.format(price) }}"
    out = render_template("inline", {"price": 1250000, "people": 8100000}, source=numbers)
    assert out == "1250000 8100000 1,250,000\n"
    with pytest.raises(ConfigError, match="No filter named 'random'"):
        render_template("inline", {"menu": ["a"]}, source="{{ menu | random }}")


# -- holding replies to the register ------------------------------------------------

CASUAL = "お前、何してんの？"
POLITE = "はい、部屋は二階にあります。右の階段を使ってください。"


def _grammar(text: str) -> LlamaGrammar:
    """A grammar that lets the model say exactly ``text`` (quotes and line breaks escaped)."""
    literal = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return LlamaGrammar.from_string(f'root ::= "{literal}"', verbose=False)


def _collect(events: object) -> tuple[str, Verdict, Done, list[Notice]]:
    items = list(events)  # type: ignore[call-overload]
    text = "".join(e.text for e in items if isinstance(e, TextDelta))
    verdicts = [e for e in items if isinstance(e, Verdict)]
    dones = [e for e in items if isinstance(e, Done)]
    notices = [e for e in items if isinstance(e, Notice)]
    assert len(verdicts) == 1 and len(dones) == 1 and items[-1] is dones[0]
    return text, verdicts[0], dones[0], notices


def test_off_register_first_sentence_is_retried_on_the_real_engine(engine: Engine) -> None:
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    target = Plan("ja", "polite", "test")
    attempts: list[int] = []

    def grammar(attempt: int) -> LlamaGrammar:
        attempts.append(attempt)
        return _grammar(CASUAL if attempt == 0 else POLITE)

    text, verdict, done, notices = _collect(
        RegisterGuard(session).send("部屋はどこ？", target, grammar=grammar)
    )
    assert attempts == [0, 1]
    assert text == POLITE  # the casual attempt was never shown
    assert verdict.retries == 1 and verdict.status == "on_target" and not verdict.flagged
    assert verdict.attempts[0].level == "casual"
    assert verdict.reading.level == "polite" and verdict.reading.evidence
    assert any("retrying" in n.message for n in notices)
    assert done.finish_reason == "stop"
    # The aborted attempt left no trace in the conversation.
    assert len(session.conversation.turns) == 1 and session.conversation.turns[0].reply == POLITE


@pytest.mark.parametrize(
    ("locale", "level", "reply"),
    [
        # What chat models write, each in its plan's register: none is retried.
        ("ja", "polite", "**返品について**\n\n返品は30日以内なら無料です。"),
        ("ko", "haeyoche", "- 두부 한 모\n- 대파 한 대\n두부를 먼저 썰어 주세요."),
        (
            "nl",
            "formal",
            "Ga naar Mijn bestellingen en klik op Retourneren. U krijgt dan een label.",
        ),
        ("en", "casual", "That's a great question! Just run the installer again."),
        ("en", "casual", "Sure, here's the fix: let it cool, then try again later."),
        ("id", "casual", "Error-nya muncul karena modulnya belum ke-install nih. Coba lagi aja."),
        ("it", "formal", "La zona è molto tranquilla, a due passi dal centro. Desidera prenotare?"),
    ],
)
def test_a_reply_in_the_plans_register_is_not_retried(
    engine: Engine, locale: str, level: str, reply: str
) -> None:
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=400))
    text, verdict, _, notices = _collect(
        RegisterGuard(session).send("?", Plan(locale, level, "t"), grammar=_grammar(reply))
    )
    assert text == reply
    assert verdict.retries == 0 and not notices, verdict.attempts
    assert verdict.status in ("on_target", "unread")


DRIFT = "Gerne helfe ich Ihnen. Klicken Sie auf Speichern. Danach kannst du das Fenster schließen."


def test_a_later_sentence_that_leaves_the_register_is_flagged_at_the_end(engine: Engine) -> None:
    # The first sentence passes and the whole reply's vote says Sie; the third
    # sentence, read alone, says du: the reply is delivered, flagged, with that
    # sentence's evidence placed in the reply.
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=200))
    text, verdict, _, notices = _collect(
        RegisterGuard(session).send("?", Plan("de", "formal", "t"), grammar=_grammar(DRIFT))
    )
    assert text == DRIFT and verdict.retries == 0 and not notices
    assert analyze(DRIFT, "de").level == "formal"  # outvoted as a whole
    assert verdict.status == "off_target" and verdict.flagged
    assert verdict.reading.level == "informal"
    assert "Danach kannst du" in (verdict.reading.reason or "")
    assert [text[e.start : e.end] for e in verdict.reading.evidence] == [
        e.surface for e in verdict.reading.evidence
    ]
    assert "du" in [e.surface for e in verdict.reading.evidence]


@pytest.mark.parametrize(
    ("locale", "level", "reply"),
    [
        # A phrase the reply teaches, in quotation marks, is not its own register.
        ("ja", "polite", "お友達には「また明日ね。楽しみにしてるよ！」と送ると自然です。"),
        ("de", "formal", "Sie können schreiben: „Hey, wie geht's? Hast du Zeit?“ Das ist locker."),
        ("fr", "formal", "Vous pouvez écrire « Salut ! Tu viens ce soir ? » à un ami."),
        ("ko", "haeyoche", "친구에게는 '고마워. 내일 봐'라고 보내면 자연스러워요."),
    ],
)
def test_quoted_sentences_do_not_drift(locale: str, level: str, reply: str) -> None:
    from chatbot.check.guard import drift

    assert drift(reply, Plan(locale, level, "t")) is None


@pytest.mark.parametrize(
    ("locale", "level", "reply"),
    [
        # List items are written in the plain form at every level in Japanese and Korean.
        (
            "ja",
            "polite",
            "作り方です。\n\n1. 玉ねぎを薄切りにする\n2. 鶏肉を煮る\n\nお試しください。",
        ),
        ("ja", "honorific", "手順でございます。\n- 設定アプリを開く\n- Wi-Fiを選ぶ\n以上です。"),
        (
            "ko",
            "hasipsioche",
            "방법은 다음과 같습니다.\n\n- 설정 앱을 연다\n- Wi-Fi를 선택한다\n\n감사합니다.",
        ),
    ],
)
def test_plain_list_items_do_not_drift(locale: str, level: str, reply: str) -> None:
    from chatbot.check.guard import drift

    assert drift(reply, Plan(locale, level, "t")) is None
    assert analyze("오늘 날씨 좋다.", "ko").level == "haeche"  # outside a list it still reads


def test_an_inch_mark_opens_no_quotation_that_would_hide_a_slip() -> None:
    from chatbot.check.guard import drift

    reply = 'Der Monitor hat 27" und ist gut. Dann kannst du ihn mit dem 32" vergleichen.'
    slipped = drift(reply, Plan("de", "formal", "t"))
    assert slipped is not None and slipped.level == "informal"


def test_a_reply_cut_off_is_not_flagged_for_its_broken_last_sentence() -> None:
    from chatbot.check.guard import drift

    cut = "承知しました。返品の手順をご案内します。まず設定を開いて"
    assert drift(cut, Plan("ja", "polite", "t"), complete=False) is None
    assert drift(cut, Plan("ja", "polite", "t")) is not None  # ended there, it is a request


def test_a_reply_still_off_target_after_the_retries_is_delivered_flagged(engine: Engine) -> None:
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=60))
    guard = RegisterGuard(session, GuardSettings(max_retries=2))
    text, verdict, _, _ = _collect(
        guard.send("部屋は？", Plan("ja", "polite", "test"), grammar=lambda _a: _grammar(CASUAL))
    )
    assert text == CASUAL
    assert verdict.retries == 2 and verdict.flagged and verdict.status == "off_target"


def test_enforcement_off_reads_but_never_retries(engine: Engine) -> None:
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=60))
    guard = RegisterGuard(session, GuardSettings(enforce=False))
    calls: list[int] = []

    def grammar(attempt: int) -> LlamaGrammar:
        calls.append(attempt)
        return _grammar(CASUAL)

    _, verdict, _, _ = _collect(
        guard.send("部屋は？", Plan("ja", "polite", "test"), grammar=grammar)
    )
    assert calls == [0] and verdict.retries == 0 and verdict.flagged


ENGLISH = "Sure, I can help you with that printer right away."
GERMAN = "Gerne helfe ich Ihnen mit dem Drucker."


def test_a_reply_in_another_language_is_retried_with_a_language_correction(
    engine: Engine,
) -> None:
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    notes: list[str | None] = []
    send = session.send

    def spy(*args: object, **kwargs: object) -> object:
        notes.append(kwargs.get("instruction"))  # type: ignore[arg-type]
        return send(*args, **kwargs)  # type: ignore[arg-type]

    session.send = spy  # type: ignore[method-assign]
    grammar = lambda attempt: _grammar(ENGLISH if attempt == 0 else GERMAN)  # noqa: E731
    text, verdict, _, notices = _collect(
        RegisterGuard(session).send(
            "Mein Drucker geht nicht.", Plan("de", "formal", "t"), grammar=grammar
        )
    )
    assert text == GERMAN and verdict.retries == 1 and verdict.language is None
    assert verdict.status == "on_target" and not verdict.flagged
    assert [n.args["reason"] for n in notices if n.kind == "retry"] == ["language"]
    assert notes[0] is None and "written in English (en)" in str(notes[1])
    assert "Deutsch" in str(notes[1])


SPANISH = "Claro, puedo ayudarle con la impresora ahora mismo. ¿Qué modelo tiene?"


def test_a_reply_in_another_latin_script_language_is_retried(engine: Engine) -> None:
    # Qwen answers in the user's language whatever the system prompt says; a
    # German-only persona asked in Spanish must still answer in German.
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=120))
    grammar = lambda attempt: _grammar(SPANISH if attempt == 0 else GERMAN)  # noqa: E731
    text, verdict, _, notices = _collect(
        RegisterGuard(session).send(
            "Mi impresora no funciona.", Plan("de", "formal", "t"), grammar=grammar
        )
    )
    assert text == GERMAN and verdict.retries == 1 and verdict.language is None
    assert [n.args["reason"] for n in notices if n.kind == "retry"] == ["language"]


def test_a_reply_left_in_another_language_is_flagged_with_it(engine: Engine) -> None:
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    guard = RegisterGuard(session, GuardSettings(max_retries=1))
    _, verdict, _, _ = _collect(
        guard.send("Drucker?", Plan("de", "formal", "t"), grammar=lambda _a: _grammar(ENGLISH))
    )
    assert verdict.language == "en" and verdict.status == "off_target" and verdict.flagged
    assert verdict.to_json()["language"] == "en"


@pytest.mark.parametrize(
    ("text", "locale", "other"),
    [
        ("Sure, I can help you with that printer.", "de", "en"),
        ("こんにちは。ありがとうございます。", "de", "ja"),
        ("Gerne helfe ich Ihnen mit dem Drucker.", "de", None),
        ("Klar!", "de", None),  # too short to tell
        ("了解。", "ja", None),  # kanji alone is not Chinese in a Japanese reply
        ("Das ist ein Problem mit dem HP LaserJet Pro.", "de", None),
        # Close languages a detector confuses are never called out.
        ("Отправьте, пожалуйста, фото чека в чат.", "ru", None),  # not bg
        ("Klik op de link die we je hebben gestuurd.", "nl", None),  # not af
        ("Su tarjeta ha sido bloqueada por motivos de seguridad.", "es", None),  # not pt
        # Code, product names, a foreign word or UI terms inside a reply.
        (
            "Hier ist der Code:\n```python\n# print all numbers\nfor i in range(10):\n    print(i)\n```",
            "de",
            None,
        ),
        ("Der Befehl lautet git commit --amend, danach pushen Sie.", "de", None),
        ("Puedes usar Google Drive, Microsoft OneDrive o Dropbox Business.", "es", None),
        ("आप Settings > Privacy > Clear browsing data पर जाइए।", "hi", None),
        ("Das japanische Wort „kawaii“ (かわいい) bedeutet niedlich.", "de", None),
        ("このAPIはRESTful endpointを使います。", "ja", None),
        # Another script is plain, whatever the language.
        ("Спасибо за ваше сообщение!", "de", "ru"),
        ("I'm sorry, I only speak English.", "ru", "en"),
        ("Yes, of course. Your order will arrive on Monday.", "ko", "en"),
        (
            "我觉得你应该先学习Python，然后再学习机器学习。",
            "ja",
            "zh",
        ),  # 的/们/吗… Japanese never writes
        # English terms inside a reply in another script keep its own letters.
        ("Kubernetes Ingress Controller는 NGINX를 쓰세요. 설정은 간단해요.", "ko", None),
        ("推荐 Visual Studio Code + Python extension + Pylance。", "zh", None),
        ("Kubernetes Ingress Controller ใช้ NGINX ค่ะ", "th", None),
        ("React Native vs Flutter: मैं Flutter recommend करूँगा।", "hi", None),
        ("Это iPhone 15 Pro Max с памятью 256 ГБ.", "ru", None),
        ("東京都新宿区西新宿二丁目八番一号", "ja", None),  # kanji alone, no Chinese words
        # A quoted translation or title is content, not the reply's language.
        (
            "En anglais, on dirait : « I'm afraid I won't be able to make it to the meeting tomorrow. »",
            "fr",
            None,
        ),
        (
            'In inglese si dice: "Could you tell me how to get to the train station, please?"',
            "it",
            None,
        ),
        (
            "Wie is uw favoriete personage in The Lord of the Rings? De mijne is Legolas.",
            "nl",
            None,
        ),
        # Lists of names, loanwords, a code block still open: no English sentences.
        (
            "- iPhone 15 Pro Max\n- Samsung Galaxy S24 Ultra\n- Google Pixel 8\n\nВсе хорошие.",
            "ru",
            None,
        ),
        ("1. Visual Studio Code\n2. IntelliJ IDEA\n3. PyCharm\nどれも良いです。", "ja", None),
        ("Certo! Ecco la lista: smartphone, tablet, laptop, smartwatch.", "it", None),
        (
            "Untuk skincare routine pagi: cleanser, toner, serum, moisturizer, sunscreen.",
            "id",
            None,
        ),
        ("Gerne! Ich helfe Ihnen sofort. Bitte prüfen Sie das Kabel.", "de", None),
        (
            "```bash\nsudo apt install -y nginx && echo done and you can check it with this",
            "de",
            None,
        ),
        (
            "1. 基本情報技術者試験（基礎的）\n2. 応用情報技術者試験\nどれも国家資格です。",
            "ja",
            None,
        ),
        ("英語では Thank you for your help と言います。", "ja", None),
        # English with a place name or a particle of the target is still English.
        ("Sure, I can help you plan your trip to 서울 next week.", "ko", "en"),
        ("Sure, I can help you with that, ครับ.", "th", "en"),
        # Another Latin-script locale, once there are 40 Latin letters to read.
        ("Claro, puedo ayudarle con la impresora ahora mismo. ¿Qué modelo tiene?", "de", "es"),
        ("Natuurlijk kan ik u helpen met de printer. Welk model heeft u precies?", "de", "nl"),
        ("Bien sûr, je peux vous aider avec votre imprimante. Quel modèle avez-vous ?", "it", "fr"),
        ("Tentu, saya bisa membantu Anda dengan printer itu sekarang juga.", "vi", "id"),
        ("Claro, con mucho gusto le ayudo con su pedido de esta semana.", "en", "es"),
        ("Claro, con gusto.", "de", None),  # too short to tell Latin languages apart
        ("Claro, posso ajudar com a sua impressora agora mesmo. Qual é o modelo?", "es", None),
        # Names and dishes from another language inside a reply.
        ("Das Restaurant La Casa de la Abuela liegt in der Calle Mayor, am Markt.", "de", None),
        ("Ich empfehle Ihnen Pizza Margherita, Spaghetti alla Carbonara und Tiramisù.", "de", None),
        # A reply that uses its own language's common words is in it, whatever it names.
        ("Unser Tagesmenü: Insalata Caprese, Risotto ai funghi porcini und Tiramisù.", "de", None),
        ("Mijn tip: Casa Mono, Bodega Maestrazgo en Cervecería Alemana in Madrid.", "nl", None),
        (
            "Volontiers ! Le livre s'appelle Cien años de soledad, de Gabriel García Márquez.",
            "fr",
            None,
        ),
        ("Try Osteria Francescana, Trattoria da Enzo al 29 or Pizzeria Da Michele.", "en", None),
        # ...but a slip that shares a word with the persona's language is still a slip.
        ("Claro, el pago se hace cada mes por transferencia bancaria. ¿Algo más?", "fr", "es"),
        ("Ciao! Schön, dass du da bist. Wollen wir morgen einen Kaffee trinken?", "it", "de"),
        ("Certo! Ho prenotato il tavolo per domani sera, e i dolci sono offerti.", "en", "it"),
    ],
)
def test_other_language_is_only_what_is_plain(text: str, locale: str, other: str | None) -> None:
    from chatbot.check.guard import other_language

    assert other_language(text, Plan(locale, "formal", "t")) == other


@pytest.mark.parametrize(
    ("code", "text", "plan_level", "status"),
    [
        # Addresses nobody: a tu/du persona may say it, a vous/Sie one too.
        ("fr", "C'est super, le film était génial.", "informal", "unread"),
        ("fr", "C'est super, le film était génial.", "formal", "on_target"),
        ("de", "Das Paket kommt morgen.", "informal", "unread"),
        ("es", "El pedido llega mañana.", "informal", "unread"),  # a learned guess only
        # A word that shows the level still decides.
        ("fr", "Vous avez vu le film ?", "informal", "off_target"),
        ("de", "Hast du das Paket?", "formal", "off_target"),
    ],
)
def test_a_level_no_word_shows_never_counts_as_off_target(
    code: str, text: str, plan_level: str, status: str
) -> None:
    from chatbot.check.guard import verdict_for

    assert verdict_for(analyze(text, code), Plan(code, plan_level, "t")) == status


def test_a_message_no_word_shows_the_level_of_is_not_mirrored() -> None:
    # Vietnamese with no address term or particle reads casual by default; that
    # is no reason to drop the persona's polite default when mirroring.
    vi = _spec("vi")
    mirror = RegisterPolicy(mirror=True)
    neutral = analyze("Đơn hàng sẽ đến vào thứ Hai.", "vi")
    assert neutral.level == "casual" and not neutral.marked
    assert plan(mirror, vi, neutral).level == vi.default_level == "polite"
    assert plan(mirror, vi, analyze("Mình gửi cho bạn nhé", "vi")).level == "casual"
    assert plan(mirror, vi, analyze("Dạ, em gửi ngay ạ.", "vi")).level == "polite"


def test_where_having_no_marker_is_the_sign_it_counts() -> None:
    # Thai polite speech closes with ครับ/ค่ะ (th.yaml: unmarked_shows), so a
    # message without one is casual, mirrored, and a polite reply without one
    # is off target.
    from chatbot.check.guard import verdict_for

    th = _spec("th")
    bare = analyze("วันนี้อากาศดีมาก", "th")
    assert bare.level == "casual" and bare.marked
    assert plan(RegisterPolicy(mirror=True), th, bare).level == "casual"
    assert verdict_for(analyze("ได้ เดี๋ยวเช็กให้", "th"), Plan("th", "polite", "t")) == "off_target"


THAI_HEADING = "## วิธีติดตั้ง\nเปิดแอปแล้วกดปุ่มติดตั้งได้เลยครับ\n"
THAI_BARE = "ได้ เดี๋ยวเช็กให้\nรอสักครู่\n"


def test_a_heading_is_no_first_sentence_and_silence_is_flagged_not_retried(
    engine: Engine,
) -> None:
    # Thai polite speech ends in ครับ/ค่ะ; a heading never does. The guard reads
    # the first sentence of prose, and a reply whose only sign is the missing
    # particle is flagged at the end but not regenerated.
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=120))
    target = Plan("th", "polite", "t")
    text, verdict, _, _ = _collect(
        RegisterGuard(session).send("ติดตั้งยังไง", target, grammar=lambda _a: _grammar(THAI_HEADING))
    )
    assert text == THAI_HEADING and verdict.retries == 0 and verdict.status == "on_target"
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=120))
    text, verdict, _, _ = _collect(
        RegisterGuard(session).send("เช็กให้หน่อย", target, grammar=lambda _a: _grammar(THAI_BARE))
    )
    assert verdict.retries == 0 and verdict.status == "off_target" and verdict.flagged


NOISE = "Jんにちは세샜 tha. いらっ사합니 z-vous 什么可以帮 umps Ελλ.\n"


def test_noise_in_no_one_language_is_unread_not_on_target(engine: Engine) -> None:
    # A synthetic model's reply mixes kana, Hangul, Han and Latin. It names no
    # language to retry in, and German with no marker reads as the Sie default:
    # that default must not stand for the plan's level over letters mostly not
    # German's, so the reply is unread instead of on target (and not retried).
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=120))
    target = Plan("de", "formal", "t")
    text, verdict, _, _ = _collect(
        RegisterGuard(session).send("Hallo", target, grammar=lambda _a: _grammar(NOISE))
    )
    assert text == NOISE and verdict.retries == 0
    assert verdict.reading.level == "formal" and not verdict.reading.marked
    assert (verdict.status, verdict.language, verdict.flagged) == ("unread", None, False)


def test_a_reply_mostly_in_other_scripts_still_reads_its_own_words() -> None:
    from chatbot.check.language import mostly_foreign

    assert mostly_foreign(NOISE, "de") and not mostly_foreign("Das Paket kommt morgen.", "de")
    # Mostly code outside a fence, but です shows the level: that reading stands.
    code = "npm install express を実行してください。const app = express(); app.listen(3000);"
    assert mostly_foreign(code, "ja") and analyze(code, "ja").marked


# A casual opening, then a line with no line break that would run to MAX_CHARS.
THAI_CASUAL = "หวัดดีจ้า เดี๋ยวเราเช็กให้ " + "รอแป๊บนึง " * 12
THAI_POLITE = "สวัสดีค่ะ ดิฉันจะตรวจสอบให้ทันทีค่ะ"


class _Seen(ChatSession):
    """The real session, keeping the text each attempt streamed before the guard let go."""

    seen: list[str]

    def send(self, message: str, **kwargs: object) -> Iterator[object]:
        self.seen.append("")
        events = super().send(message, **kwargs)  # type: ignore[arg-type]
        try:
            for event in events:
                if isinstance(event, TextDelta):
                    self.seen[-1] += event.text
                yield event
        finally:
            events.close()


def test_a_thai_sentence_closes_at_its_particle_so_a_slip_is_caught_there(
    tiny_model: Path,
) -> None:
    # Thai has no full stop. The locale file names the particles that close a
    # sentence before a space, so the casual opening is read (and abandoned) at
    # its จ้า, not after a whole line of text.
    # The byte-level vocabulary spends 3 tokens a Thai letter: the retry's Thai
    # instruction needs a larger context than the shared engine's.
    session = _Seen(make_engine(tiny_model, n_ctx=4096), None, sampling=Sampling(max_tokens=600))
    session.seen = []
    grammar = lambda attempt: _grammar(THAI_CASUAL if attempt == 0 else THAI_POLITE)  # noqa: E731
    text, verdict, _, _ = _collect(
        RegisterGuard(session).send("เช็กให้หน่อย", Plan("th", "polite", "t"), grammar=grammar)
    )
    assert text == THAI_POLITE and verdict.retries == 1 and verdict.status == "on_target"
    first, second = session.seen
    assert first.startswith("หวัดดีจ้า") and len(first) < 20, first
    assert second == THAI_POLITE


SHORT_ENGLISH = "Sure! I can help you with that printer right away."


def test_a_short_first_sentence_waits_for_enough_words_to_tell_the_language(
    engine: Engine,
) -> None:
    session = ChatSession(engine, None, sampling=Sampling(max_tokens=80))
    grammar = lambda attempt: _grammar(SHORT_ENGLISH if attempt == 0 else GERMAN)  # noqa: E731
    text, verdict, _, notices = _collect(
        RegisterGuard(session).send("Drucker?", Plan("de", "formal", "t"), grammar=grammar)
    )
    assert text == GERMAN and verdict.retries == 1
    assert [n.args["reason"] for n in notices if n.kind == "retry"] == ["language"]


def test_the_first_sentence_of_prose_skips_headings_tables_and_code() -> None:
    from chatbot.check.sentences import first_sentence, lead, sentences

    assert first_sentence("## Anreise\nSie erreichen uns mit dem Bus. Mehr") == (
        "Sie erreichen uns mit dem Bus."
    )
    code = "```bash\nnpm install\n```\nFühren Sie das zuerst aus.\n"
    assert first_sentence(code) == "Führen Sie das zuerst aus."
    table = "| Modell | Preis |\n|---|---|\n| Pixel 8 | 699 € |\n\nDas Pixel ist günstiger."
    assert first_sentence(table + " Mehr") == "Das Pixel ist günstiger."
    assert first_sentence(" " * 300) is not None  # blank text is held no longer than MAX_CHARS
    assert first_sentence("| a | b |\n| 1 | 2 |\n") is None
    # A line all in bold is a title: "について" ends no request, "(2인분)" is no fragment.
    assert first_sentence("**返品について**\n\n返品は30日以内に承ります。") == (
        "返品は30日以内に承ります。"
    )
    assert first_sentence("__재료 (2인분)__:\n두부를 준비하세요.\n") == "두부를 준비하세요."
    assert first_sentence("**Wichtig:** Sie brauchen einen Ausweis.\nMehr") == (
        "**Wichtig:** Sie brauchen einen Ausweis."
    )
    # One bold span is a title; bold inside prose is not (and costs linear time).
    assert [s for _, s in sentences("**Klar** hier ist **deine Lösung**: du brauchst das.")]
    assert first_sentence("**a**" + " " * 40_000 + "Sie sind da.") is not None
    assert first_sentence("Creo que no. Usted puede venir.") == "Creo que no."
    assert [s for _, s in sentences("Gut. Aber noch nicht", complete=False)] == ["Gut."]
    # A bold line still streaming is held until it ends: a title, or prose after all.
    assert first_sentence("**Wie kannst du das ändern?") is None
    assert first_sentence("**Wie kannst du das ändern?**\n\nKlicken Sie. Mehr") == "Klicken Sie."
    assert first_sentence("Die Filiale liegt an der Av. Paulista, 1000. Mehr") == (
        "Die Filiale liegt an der Av. Paulista, 1000."
    )
    assert [s for _, s in sentences("## Titel\nSie sind da. Gut!\n| a |\n- Punkt")] == [
        "Sie sind da.",
        "Gut!",
        "- Punkt",
    ]
    # A title, an initial or a Thai abbreviation ends no sentence.
    assert (
        first_sentence("Ihr Termin bei Dr. Weber ist um 9. Mehr")
        == "Ihr Termin bei Dr. Weber ist um 9."
    )
    assert first_sentence("Anda dengan dr. Sari besok. Lagi") == "Anda dengan dr. Sari besok."
    assert first_sentence("Das geht z. B. so. Mehr") == "Das geht z. B. so."
    assert first_sentence("เปิด 8.00 น. ครับ\nต่อ") == "เปิด 8.00 น. ครับ"
    # A Thai closing particle before a space ends a sentence (th.yaml's
    # sentence_final); one inside a word (แคะ, คะแนน) or still streaming does not.
    thai = "สวัสดีครับ ยินดีต้อนรับสู่โรงแรมครับ ห้องอยู่ชั้นห้า"
    assert first_sentence(thai, locale="th") == "สวัสดีครับ"
    assert first_sentence(thai) is None  # a locale with no closing words: the line goes on
    assert [s for _, s in sentences(thai, locale="th")] == [
        "สวัสดีครับ",
        "ยินดีต้อนรับสู่โรงแรมครับ",
        "ห้องอยู่ชั้นห้า",
    ]
    assert first_sentence("สวัสดีครับ", locale="th") is None  # ครับผม may follow
    assert first_sentence("ลองแคะ ดูสิ คะแนนดี", locale="th") is None
    assert first_sentence("It works. Then restart.") == "It works."
    assert first_sentence("Schritte:\n1. Öffne die App.\n") == "Schritte:"  # 1. is a number
    assert lead("Sure! I can help. Then", 10) == "Sure! I can help."
    assert lead("Sure!", 10) is None


def test_adherence_eval_mechanics_on_the_tiny_model(tiny_model: Path) -> None:
    from chatbot.check.adherence_eval import available_sets, run_locale

    # The tiny model's byte-level vocabulary spends ~3 tokens per kana.
    engine = make_engine(tiny_model, n_ctx=4096)
    assert len(available_sets()) >= 15
    seen: list[str] = []
    result = run_locale(
        engine, "ja", sampling=Sampling(max_tokens=16), limit=3, progress=seen.append
    )
    row = result.as_row()
    assert row["messages"] == 3 and len(seen) == 3
    assert 0.0 <= float(row["baseline_on_target"]) <= 1.0  # type: ignore[arg-type]
    assert 0.0 <= float(row["layer_on_target"]) <= 1.0  # type: ignore[arg-type]
    assert sum(result.statuses.values()) == 3


def test_names_as_name_fields_hold_them() -> None:
    ru = _spec("ru")
    assert names_from("Anna Müller (she/her)") == {
        "name": "Anna Müller",
        "surname": "Müller",
        "given": "Anna",
    }
    assert names_from("Müller, Anna")["surname"] == "Müller"
    assert names_from("Dr. Anna Müller")["given"] == "Anna"
    assert names_from("Anna .") == {"name": "Anna", "given": "Anna"}
    assert names_from("Tom 田中")["surname"] == "田中"  # the script of the first word decides
    assert names_from("Karl-Theodor von und zu Guttenberg")["surname"] == "von und zu Guttenberg"
    # The patronymic stays with the given name: Анна Сергеевна is the polite address.
    assert names_from("Иванова Анна Сергеевна", ru) == {
        "name": "Иванова Анна Сергеевна",
        "given": "Анна Сергеевна",
        "surname": "Иванова",
    }
    assert names_from("Анна Сергеевна", ru) == {"name": "Анна Сергеевна", "given": "Анна Сергеевна"}
    assert names_from("...") == {} and names_from("(she/her)") == {}
    # Titles, suffixes and pronoun sets are no names; a title marks a surname.
    assert names_from("Dr.") == {"name": "Dr."}
    assert names_from("Frau Schmidt") == {"name": "Frau Schmidt", "surname": "Schmidt"}
    assert names_from("John Smith Jr.")["surname"] == "Smith"
    assert names_from("Anna Müller, PhD")["surname"] == "Müller"
    assert names_from("Alex, they/them") == {"name": "Alex, they/them", "given": "Alex"}
    assert names_from("محمد عبد الله")["surname"] == "عبد الله"
    # A patronymic stays with the given name; a surname in -ич reads as one,
    # and is then addressed in full (Дмитрий Шостакович), which stays polite.
    assert names_from("Иван Петрович", ru)["given"] == "Иван Петрович"
    assert names_from("Иван Петрович Сидоров", ru)["given"] == "Иван Петрович"
    assert names_from("Толстой, Лев Николаевич", ru)["given"] == "Лев Николаевич"
    # "Last, First" keeps a surname of several words.
    assert names_from("van der Berg, Jan")["surname"] == "van der Berg"
    assert names_from("García López, María")["given"] == "María"
    assert names_from("Müller, Dr.") == {"name": "Müller, Dr.", "given": "Müller"}


def test_only_a_form_with_alternatives_gets_the_alternatives_line() -> None:
    de, en = _spec("de"), _spec("en")
    slash = build_system_prompt(CONCIERGE, de, "formal", names={"surname": "Berger"})
    assert 'Address the user as "Herr/Frau Berger"' in slash
    assert "The form offers alternatives" in slash
    # A slash in the user's own name is not a choice between forms.
    named = build_system_prompt(
        CONCIERGE, en, "casual", names={"name": "Sam/Samantha", "given": "Sam/Samantha"}
    )
    assert 'Address the user as "Sam/Samantha"' in named
    assert "alternatives" not in named
