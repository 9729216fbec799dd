"""Hindi typed in Latin letters (Roman Hindi, "Hinglish") through the pipeline.

Many Hindi speakers chat in Latin letters: "aap kaise hain?", "bhai kya scene
hai". langdetect knows Hindi only in Devanagari and reads such a message as
Tagalog or Estonian, so a Hindi persona answered in English or Devanagari and
read no register. The hi locale lists Roman Hindi's common words
(``detect.romanized``), reads its pronouns and verb forms (the ``hi.roman``
rules), and names the variety (``varieties: hi.roman``), whose levels are
written in Latin letters; the guard runs on the real engine with the synthetic
model, held to a fixed reply by a grammar.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from chatbot import locales
from chatbot.check import Verdict
from chatbot.check.language import mostly_foreign, other_language
from chatbot.detect.language import detect, romanized
from chatbot.detect.register import analyze
from chatbot.generate.engine import Engine
from chatbot.persona.render import system_prompt
from chatbot.persona.schema import Persona
from chatbot.plan import Plan
from chatbot.plan.target import target_for
from tests.conftest import guarded_reply

ROOT = Path(__file__).resolve().parents[1]
CARE = Persona.model_validate(
    yaml.safe_load((ROOT / "personas" / "hi-customer-care.yaml").read_text("utf-8"))
)
FRIEND = Persona.model_validate(
    {
        "id": "hi-dost",
        "name": {"en": "A friend"},
        "persona": "तुम रिया हो, एक दोस्त जो रोज़मर्रा की बातों में मदद करती है।",
        "locales": {"hi": {"register": {"mirror": True}, "greeting": "नमस्ते!"}},
    }
)


@pytest.mark.parametrize(
    "text",
    [
        "aap kaise hain? kya aap mujhe bata sakte hain",
        "tum kaise ho yaar, kal milte hain",
        "kya haal hai",
        "Mera order abhi tak nahi aaya",
        "Hey, aaj ka kya scene hai? party kab hai",  # English words mixed in, as typed
        # The progressive (raha, rahe) and itne, baje: Tagalog or Somali to langdetect.
        "Eid Mubarak bhai! Sewaiyan khilane kab bula raha hai?",
        "Yaar gyarah baje ke baad music dheema kar de, bachche so rahe hain.",
    ],
)
def test_roman_hindi_is_detected_as_hindi(text: str) -> None:
    found = detect(text)
    assert (found.locale, found.method) == ("hi", "romanized")
    assert detect(text, among=["hi", "en"]).locale == "hi"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hai kak, mau tanya dong", "id"),  # Indonesian hai: one word is not enough
        ("Die Wale und der Hai schwimmen im Meer.", "de"),
        ("una mera formalidad administrativa", "es"),
        # From a homograph review: words of Roman Hindi that other languages write.
        ("Hai comprato da Zara?", "it"),
        ("O que vc acha da Zara?", "pt"),
        ("Hai dua nay thi hoc gioi lam", "vi"),
        ("Ik heb veel baat bij deze yoga mat", "nl"),
        ("Vill du ha mera mat?", "sv"),
        ("Acha, to apka nie dziala?", "pl"),
        # English with Hindi loans is English: a bilingual persona answers in it.
        ("Thanks bhai, see you at the ghar tonight", "en"),
        ("Namaste bhai, how are you doing today?", "en"),
    ],
)
def test_other_languages_with_a_word_of_roman_hindi_are_not_hindi(text: str, language: str) -> None:
    assert detect(text).method != "romanized"


def test_no_labelled_text_of_another_language_is_taken_for_roman_hindi() -> None:
    # The Latin-script rows of the other languages in the blind register sets
    # (all of them and the dev data: none either, when this was written).
    rows = [
        json.loads(line)
        for path in sorted((ROOT / "tests" / "register" / "data" / "open").glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    latin_script = {"en", "de", "fr", "es", "it", "pt", "nl", "id", "vi"}
    latin = [r for r in rows if r["lang"] in latin_script]
    assert len(latin) > 1000
    # Vietnamese typed without tone marks is told by the same means (vi.yaml).
    taken = [(r["lang"], found.locale) for r in latin if (found := romanized(r["text"]))]
    assert [t for t in taken if t != ("vi", "vi")] == []


@pytest.mark.parametrize(
    ("text", "level", "rules"),
    [
        ("aap kaise hain? kya aap mujhe bata sakte hain", "formal", {"hi.roman.aap"}),
        ("Mera order nahi aaya, kripya check kijiye", "formal", {"hi.roman.imperative_polite"}),
        ("Sharma ji, aapka parcel aa gaya hai.", "formal", {"hi.roman.ji", "hi.roman.aap"}),
        ("tum kaise ho yaar, kal milte hain", "informal", {"hi.roman.tum", "hi.roman.aux_ho"}),
        ("bhai kya scene hai, kal aa raha hai na?", "informal", {"hi.roman.call"}),
        ("mujhe bata na yaar", "informal", {"hi.roman.imperative_tu"}),
        ("kal call karna mat bhoolna", "informal", {"hi.roman.prohibitive_infinitive"}),
        ("notes bhej do, kal exam hai", "informal", {"hi.roman.imperative_o"}),
        ("kya tum kal aaoge?", "informal", {"hi.roman.future_2"}),
        ("tune khana khaya? maine nahi khaya", "informal", {"hi.roman.tune"}),
        ("kya kar rahe ho sab log?", "informal", {"hi.roman.aux_ho"}),
        ("is weekend free ho kya?", "informal", {"hi.roman.aux_ho"}),
        ("kal aa rhi ho na?", "informal", {"hi.roman.aux_ho"}),
    ],
)
def test_roman_hindi_is_read_by_its_pronouns_and_verbs(
    text: str, level: str, rules: set[str]
) -> None:
    reading = analyze(text, "hi")
    assert reading.level == level
    assert rules <= {e.rule for e in reading.evidence}


@pytest.mark.parametrize(
    "text",
    [
        "bhai ne kaha ki kal aayega",  # a brother, the subject
        "mera bhai kal aa raha hai",
        "aaj bahut garmi hai, paani peena chahiye",  # chahiye, not a polite imperative
        "iske liye kya karna hoga?",  # liye: "for"
        "kya ho gaya?",  # ho before more of a verb
        "ye kaam ho sakta hai",
        "jo bhi ho, theek hai",
    ],
)
def test_look_alikes_of_roman_hindi_markers_show_no_level(text: str) -> None:
    assert not analyze(text, "hi").marked


def test_devanagari_hindi_reads_as_before() -> None:
    assert analyze("आप कैसे हैं?", "hi").variety is None
    assert analyze("आप कैसे हैं?", "hi").level == "formal"
    assert analyze("tum kaise ho?", "hi").variety == "hi.roman"


def test_a_roman_hindi_message_plans_a_roman_hindi_reply() -> None:
    target, detected = target_for(CARE, "Mera refund abhi tak nahi aaya, kya status hai?")
    assert (detected, target.locale, target.level, target.variety) == (
        "hi",
        "hi",
        "formal",
        "hi.roman",
    )
    # A mirroring friend answers tum with tum, in the same letters.
    target, _ = target_for(FRIEND, "tum kal free ho kya? movie chalte hain")
    assert (target.level, target.variety) == ("informal", "hi.roman")
    # A message that shows no variety keeps the one the user wrote before.
    target, _ = target_for(FRIEND, "ok", earlier=["yaar kal ka plan kya hai?"])
    assert target.variety == "hi.roman"
    target, _ = target_for(FRIEND, "आज क्या बना रहे हो?")
    assert target.variety is None


def test_the_prompt_is_written_in_latin_letters_with_no_devanagari_example() -> None:
    names = {"name": "Rahul Sharma", "given": "Rahul", "surname": "Sharma"}
    prompt = system_prompt(CARE, "hi", "formal", variety="hi.roman", names=names)
    assert "Roman lipi" in prompt and 'Address the user as "Rahul ji"' in prompt
    examples = prompt.split("# Examples in this register", 1)[1]
    assert "Assistant: Ji zaroor." in examples
    assert not any("\u0900" <= ch <= "\u097f" for ch in examples)  # the persona's are Devanagari
    assert "असुविधा" in system_prompt(CARE, "hi", "formal")  # shown to a Devanagari reply
    spec = locales.get("hi")
    assert spec is not None and locales.variety_for("hi-Latn") == "hi.roman"
    for level in ("formal", "informal"):
        written = spec.written(level, "hi.roman")
        for ex in written.examples:  # every example is in its own level, read as Roman Hindi
            reading = analyze(ex.assistant, "hi")
            assert (reading.variety, reading.level) == ("hi.roman", level), ex.assistant


ROMAN = "Ji zaroor, login page par click kijiye. Aapko email par ek link mil jayega."
ENGLISH = "Sure, I can help you with that. Please click on the link and you will get an email."
DEVANAGARI = "जी ज़रूर। लॉगिन पेज पर क्लिक कीजिए, आपको ईमेल पर एक लिंक मिल जाएगा।"


def test_the_language_check_knows_the_script_of_the_planned_variety() -> None:
    assert other_language(ROMAN, "hi", "hi.roman") is None
    assert other_language(DEVANAGARI, "hi", "hi.roman") is None  # Hindi still
    assert other_language(ENGLISH, "hi", "hi.roman") == "en"
    assert other_language(ENGLISH, "hi") == "en"
    assert not mostly_foreign(ROMAN, "hi", "hi.roman")
    assert mostly_foreign(ROMAN, "hi")  # read against a Devanagari plan


def _say(engine: Engine, plan: Plan, reply: str) -> tuple[str, Verdict]:
    return guarded_reply(engine, plan, "namaste", reply, max_tokens=120)


def test_the_guard_holds_a_roman_hindi_reply_to_its_level(engine: Engine) -> None:
    plan = Plan("hi", "formal", "t", variety="hi.roman")
    text, verdict = _say(engine, plan, ROMAN)
    assert text == ROMAN and verdict.status == "on_target" and verdict.retries == 0
    assert verdict.reading.variety == "hi.roman"
    # tum to a customer is a slip, retried, and flagged when the model keeps to it.
    slip = "Haan, tum login page par click karo. Tumhe email par link mil jayega."
    _, verdict = _say(engine, plan, slip)
    assert verdict.retries >= 1 and verdict.attempts[0].level == "informal"
    assert verdict.status == "off_target"
    # An English reply to a Roman Hindi plan is another language, not Roman Hindi.
    _, verdict = _say(engine, plan, ENGLISH)
    assert verdict.status == "off_target" and verdict.retries >= 1


DATA = ROOT / "tests" / "register" / "data"


def _jsonl(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_roman_hindi_as_people_type_it_is_detected_and_lookalikes_are_not() -> None:
    # A native writer's blind set (spellings as typed: nhi, h, kia, tm, rha; English
    # clauses mixed in), and text in languages that share some of its words. On
    # arrival 74 of the 120 rows were detected as Hindi, none of the look-alikes;
    # after a homograph review (hai is Italian, mat Dutch, acha Portuguese) a
    # message needs one word no other language writes: 113.
    typed = [r["text"] for r in _jsonl(DATA / "roman_hindi_blind.jsonl")]
    found = [t for t in typed if detect(t).locale == "hi"]
    assert len(found) >= 113, [t for t in typed if t not in found]
    lookalikes = _jsonl(DATA / "detect" / "roman_hindi_lookalikes.jsonl")
    # Urdu typed in Latin letters is nearly the same words: Hindi to us, and
    # answered so. Indonesian hai, German Hai und Wale, English chai and yoga are not.
    taken = [r for r in lookalikes if r["lang"] != "ur" and romanized(r["text"]) is not None]
    assert taken == []


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("भाई आज रात का प्लान क्या है?", True),  # a call, with no comma, as bhai is
        ("bhai kya scene hai, kal aa raha hai na?", True),
        ("भाई ने कहा कि वह आएगा", False),  # the brother, the subject
        ("भाई बहन का रिश्ता अनमोल है", False),
        ("भाई दूज पर मिठाई बनाई", False),
    ],
)
def test_a_call_opening_a_message_in_either_script(text: str, marked: bool) -> None:
    reading = analyze(text, "hi")
    assert reading.marked == marked and (reading.level == "informal") == marked


@pytest.mark.parametrize(
    "text",
    [
        # From a homograph review of the rules: infinitives, names, nouns, loans.
        "Mujhe ek document bhejna hai.",  # bhej + na is the infinitive, not bhej na
        "Main unhe sach bata na saki.",  # "could not tell"
        "Delivery Sat ya Sun, kab tak hogi?",
        "Mujhe refund chaiye",  # chahiye misspelt, not an -iye imperative
        "Order late ho, toh refund milega kya?",
        "Sab theek ho jaaega.",
        "Vanraj Rastogi kal aayenge.",
        "Bhai Dooj kab hai is saal?",
        "Kaun aaya tha? Mera bhai.",
        "Tune up karwana hai, kitna lagega?",
        "Ek yoga mat lena hai",
        "Shinzo Abe Bharat aaye the.",
        "Mere phone mein 4 ji nahi chal raha.",
        "TU Munich ka result kab aayega?",
    ],
)
def test_look_alikes_from_a_homograph_review_show_no_level(text: str) -> None:
    assert not analyze(text, "hi").marked, analyze(text, "hi").evidence


def test_aap_the_party_in_a_devanagari_message_asks_no_roman_reply() -> None:
    reading = analyze("AAP सरकार ने दिल्ली में क्या किया?", "hi")
    assert reading.variety is None and not reading.marked
    assert analyze("Tum AAP ko vote doge?", "hi").level == "informal"  # tum, not AAP
    assert analyze("Yaar, kal movie dekhein?", "hi").level == "informal"  # "shall we?"
