"""Character Card V2/V3 import and export, JSON and PNG, written following the specs."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from chatbot.persona import card_files, cards
from chatbot.persona.registry import load_one
from tests.persona.test_persona_files import write


def v2_card(**data: Any) -> dict[str, Any]:
    base = {
        "name": "Hanako",
        "description": "{{char}} is a receptionist at a ryokan in Kyoto who helps {{user}}.",
        "personality": "calm, precise",
        "scenario": "The front desk in the evening.",
        "first_mes": "いらっしゃいませ。ご予約のお名前を伺ってもよろしいでしょうか。",
        "mes_example": "<START>\n{{user}}: チェックインは何時ですか？\n{{char}}: 午後三時からでございます。",
        "creator_notes": "made for a test",
        "system_prompt": "",
        "post_history_instructions": "",
        "alternate_greetings": ["こんばんは。お待ちしておりました。"],
        "tags": ["ryokan", "kyoto"],
        "creator": "tests",
        "character_version": "1.2",
        "character_book": {"entries": [{"keys": ["onsen"], "content": "The bath opens at 6."}]},
        "extensions": {"other_app": {"depth": 4, "talkativeness": 0.5}},
    }
    base.update(data)
    return {"spec": "chara_card_v2", "spec_version": "2.0", "data": base}


def v3_card(**data: Any) -> dict[str, Any]:
    card = v2_card(**data)
    card["spec"], card["spec_version"] = "chara_card_v3", "3.0"
    card["data"].update({"group_only_greetings": [], "nickname": "Hana", "assets": []})
    return card


def png_with_chunks(path: Path, chunks: dict[str, str]) -> Path:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    for key, value in chunks.items():
        info.add_text(key, value)
    Image.new("RGB", (8, 8), (10, 20, 30)).save(path, format="PNG", pnginfo=info)
    return path


def b64(card: dict[str, Any]) -> str:
    return base64.b64encode(json.dumps(card).encode()).decode()


def test_v2_json_maps_onto_a_persona(tmp_path: Path) -> None:
    path = tmp_path / "hanako.json"
    path.write_text(json.dumps(v2_card()))
    persona = cards.import_file(path)
    assert persona.name == {"en": "Hanako"}
    assert list(persona.locales) == ["ja"]  # detected from the card's text
    setup = persona.locales["ja"]
    assert setup.greeting.startswith("いらっしゃいませ")
    assert setup.examples[0].assistant == "午後三時からでございます。"
    assert setup.alternate_greetings == ["こんばんは。お待ちしておりました。"]
    assert persona.vars["personality"] == "calm, precise"
    assert persona.card is not None
    assert persona.card.fields["character_book"]["entries"][0]["keys"] == ["onsen"]
    assert persona.card.extensions == {"other_app": {"depth": 4, "talkativeness": 0.5}}


def test_card_macros_become_names_and_card_text_is_never_a_template(tmp_path: Path) -> None:
    card = v2_card(description="{{char}} greets {{user}}. {{ ''.__class__ }} {% include 'x' %}")
    path = tmp_path / "c.json"
    path.write_text(json.dumps(card))
    persona = cards.import_file(path)
    from chatbot.persona.render import role_text

    text = role_text(persona)
    assert text.startswith("Hanako greets the user. {{ ''.__class__ }} {% include 'x' %}")
    # With the user's name given in the chat, {{user}} is that name (as card apps do).
    from chatbot.persona.render import system_prompt

    code = next(iter(persona.locales))
    prompt = system_prompt(persona, code, names={"name": "Anna Müller", "given": "Anna"})
    assert "Hanako greets Anna Müller." in prompt and "greets the user" not in prompt


@pytest.mark.parametrize("spec", ["chara_card_v2", "chara_card_v3"])
def test_import_export_import_loses_nothing(spec: str) -> None:
    card = v2_card() if spec == "chara_card_v2" else v3_card()
    first = cards.from_card(card)
    exported = cards.to_card(first, spec)  # type: ignore[arg-type]
    assert exported["spec"] == spec
    assert exported["data"]["extensions"]["other_app"] == {"depth": 4, "talkativeness": 0.5}
    for key, value in card["data"].items():  # every field of the original survives as it was
        if key != "extensions":
            assert exported["data"][key] == value, key
    assert cards.from_card(json.loads(json.dumps(exported))) == first


def test_converting_between_v2_and_v3_keeps_the_persona() -> None:
    first = cards.from_card(v2_card())
    as_v3 = cards.to_card(first, "chara_card_v3")
    assert as_v3["spec_version"] == "3.0" and as_v3["data"]["group_only_greetings"] == []
    back = cards.from_card(cards.to_card(cards.from_card(as_v3), "chara_card_v2"))
    assert back.model_copy(update={"card": None}) == first.model_copy(update={"card": None})
    assert back.card is not None and first.card is not None
    assert first.card.fields.items() <= back.card.fields.items()
    assert back.card.extensions == first.card.extensions


def test_png_export_carries_both_chunks_and_round_trips(tmp_path: Path) -> None:
    persona = load_one(write(tmp_path / "src", "shop"), "user").persona
    out = tmp_path / "shop.png"
    cards.export_png(persona, out)
    assert Image.open(out).size == (400, 600)  # a generated image
    chunks = card_files._png_text_chunks(out.read_bytes())
    assert json.loads(base64.b64decode(chunks["chara"]))["spec"] == "chara_card_v2"
    assert json.loads(base64.b64decode(chunks["ccv3"]))["spec"] == "chara_card_v3"
    back = cards.import_file(out)
    assert back.model_copy(update={"card": None}) == persona
    assert back.locales["de"].policy.mirror  # our register settings came along
    # A given image is used as it is.
    image = tmp_path / "face.png"
    Image.new("RGB", (64, 64), (1, 2, 3)).save(image)
    cards.export_png(persona, tmp_path / "faced.png", image)
    assert Image.open(tmp_path / "faced.png").size == (64, 64)


def test_png_cards_are_read_from_ccv3_first_then_chara(tmp_path: Path) -> None:
    both = png_with_chunks(
        tmp_path / "both.png", {"chara": b64(v2_card(name="Old")), "ccv3": b64(v3_card(name="New"))}
    )
    assert cards.import_file(both).name["en"] == "New"
    v2_only = png_with_chunks(tmp_path / "v2.png", {"chara": b64(v2_card())})
    assert cards.import_file(v2_only).name["en"] == "Hanako"


def _itxt_png(path: Path, key: str, text: str) -> Path:
    """A PNG whose card is in a compressed iTXt chunk, as some editors write it."""
    body = key.encode() + b"\0\x01\x00" + b"\0\0" + zlib.compress(text.encode())
    chunk = (
        struct.pack(">I", len(body))
        + b"iTXt"
        + body
        + struct.pack(">I", zlib.crc32(b"iTXt" + body))
    )
    Image.new("RGB", (4, 4)).save(path, format="PNG")
    data = path.read_bytes()
    path.write_bytes(data[:8] + chunk + data[8:])
    return path


def test_compressed_itxt_cards_are_read(tmp_path: Path) -> None:
    path = _itxt_png(tmp_path / "i.png", "chara", b64(v2_card(name="Compressed")))
    assert cards.import_file(path).name["en"] == "Compressed"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: png_with_chunks(p / "a.png", {"chara": "!!!not base64!!!"}), "not valid base64"),
        (
            lambda p: png_with_chunks(p / "b.png", {"chara": base64.b64encode(b"[1,").decode()}),
            "does not hold JSON",
        ),
        (
            lambda p: png_with_chunks(p / "c.png", {"Title": "just a picture"}),
            "has no character card",
        ),
        (
            lambda p: _json(p / "d.json", {**v2_card(), "spec": "chara_card_v9"}),
            "unsupported card spec 'chara_card_v9'",
        ),
        (lambda p: _json(p / "e.json", {"name": "x", "description": "v1"}), "no 'spec' field"),
        (
            lambda p: _json(p / "f.json", v2_card(description="x" * 200_001)),
            "data.description is 200001 characters",
        ),
        (lambda p: _json(p / "g.json", v2_card(name="")), "without a name"),
        (lambda p: _raw(p / "h.json", b"\x00\x01 not json"), "neither a PNG nor JSON"),
        (lambda p: _raw(p / "i.png", b"\x89PNG\r\n\x1a\n\x00\x00\x01\x00tEXt"), "truncated PNG"),
        (lambda p: _jpeg(p / "renamed.png"), "this is a JPEG image, whatever its name"),
    ],
)
def test_malformed_cards_get_clear_errors(tmp_path: Path, make: Any, message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(cards.CardError, match=message) as err:
        cards.import_file(path)
    assert str(path) in str(err.value)


def _json(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data))
    return path


def _raw(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _jpeg(path: Path) -> Path:
    Image.new("RGB", (8, 8)).save(path, format="JPEG")
    return path


def test_a_lone_string_of_alternate_greetings_is_one_greeting() -> None:
    persona = cards.from_card(v2_card(alternate_greetings="こんばんは。", tags="not a list"))
    assert persona.locales["ja"].alternate_greetings == ["こんばんは。"]
    persona = cards.from_card(v2_card(alternate_greetings=[None, 3, "", "どうぞ。"]))
    assert persona.locales["ja"].alternate_greetings == ["どうぞ。"]


def test_a_long_first_message_survives_import_and_export() -> None:
    # Greetings of 1,000-3,000 characters are common in shared cards.
    long = "いらっしゃいませ。" * 300 + "\n\n*She bows.*"
    card = v2_card(first_mes=long, alternate_greetings=[long])
    exported = cards.to_card(cards.from_card(card), "chara_card_v2")
    assert exported["data"]["first_mes"] == long
    assert exported["data"]["alternate_greetings"] == [long]


def test_what_an_import_leaves_out_is_said() -> None:
    many = [f"こんばんは、{n}番目のご挨拶です。" for n in range(30)]
    card = v2_card(first_mes="いらっしゃいませ。" * 1000, alternate_greetings=many, personality=3)
    made = cards.read_persona(card)
    notes = " | ".join(made.notes)
    assert "first_mes is 9000 characters" in notes
    assert "alternate_greetings holds 30: the first 20 are kept" in notes
    assert "personality is a int, not text" in notes
    assert len(made.persona.locales["ja"].alternate_greetings) == 20


def test_older_card_macros_are_read_as_ours() -> None:
    # TavernAI's <USER>/<BOT>; SillyTavern's {{original}} is the app's own prompt.
    card = v2_card(
        first_mes="<USER>さん、<BOT>です。いらっしゃいませ。",
        system_prompt="{{original}}\nAlways answer in Japanese.",
    )
    made = cards.read_persona(card)
    setup = made.persona.locales["ja"]
    assert setup.greeting == "{{user}}さん、{{char}}です。いらっしゃいませ。"
    assert made.persona.vars["system_prompt"] == "Always answer in Japanese."
    assert any("{{original}}" in n for n in made.notes)


@pytest.mark.parametrize("greeting", ["Hello!", "Good evening.", "*smiles*", "مرحبا! كيف حالك؟"])
def test_a_card_too_short_to_tell_its_language_is_english_with_a_note(greeting: str) -> None:
    card = {
        "spec": "chara_card_v2",
        "spec_version": "2.0",
        "data": {"name": "Bob", "first_mes": greeting, "description": "", "extensions": {}},
    }
    made = cards.read_persona(card)
    assert list(made.persona.locales) == ["en"]
    assert any("to tell its language" in n and "--locale" in n for n in made.notes)
    assert list(cards.read_persona(card, locale="fr").persona.locales) == ["fr"]


@pytest.mark.parametrize(
    ("greeting", "description", "code"),
    [
        (
            "你好！欢迎光临，请问需要什么？",
            "A cheerful shop clerk. She loves tea and her customers, and works in Shanghai.",
            "zh",
        ),
        ("Привет!", "", "ru"),
        ("Привет! Чем могу помочь?", "A friendly clerk who helps everyone who comes in.", "ru"),
    ],
)
def test_a_short_card_in_another_script_keeps_its_language(
    greeting: str, description: str, code: str
) -> None:
    card = {
        "spec": "chara_card_v2",
        "spec_version": "2.0",
        "data": {
            "name": "Mei",
            "first_mes": greeting,
            "description": description,
            "extensions": {},
        },
    }
    made = cards.read_persona(card)
    assert list(made.persona.locales) == [code]
    assert not any("too short" in n for n in made.notes)


@pytest.mark.parametrize(
    ("greeting", "code"),
    [
        ("مرحبا! كيف يمكنني مساعدتك اليوم؟", "ar"),
        ("שלום! איך אני יכולה לעזור לך היום? אני כאן בשבילך", "he"),
        ("Γεια σας! Πώς μπορώ να σας βοηθήσω σήμερα; Είμαι εδώ για εσάς.", "el"),
    ],
)
def test_a_card_in_a_language_no_locale_speaks_is_english_with_a_note(
    greeting: str, code: str
) -> None:
    card = {
        "spec": "chara_card_v2",
        "spec_version": "2.0",
        "data": {"name": "Amira", "first_mes": greeting, "description": "", "extensions": {}},
    }
    made = cards.read_persona(card)
    assert list(made.persona.locales) == ["en"]
    assert made.notes[0].startswith(
        f"the card reads as {code!r}, which has no locale, so it was imported as English (en); "
        "pass --locale to choose another (de, en, "
    )
    assert list(cards.read_persona(card, locale="fr").persona.locales) == ["fr"]


def test_the_locale_asked_for_is_read_as_a_language_tag() -> None:
    card = v2_card(first_mes="¡Hola! ¿En qué puedo ayudarle hoy?", mes_example="")
    for tag in ("pt-BR", "PT", "pt_PT"):
        assert list(cards.read_persona(card, locale=tag).persona.locales) == ["pt"]
    with pytest.raises(cards.CardError, match=r"^no such locale 'xx' \(known: de, en, "):
        cards.read_persona(card, locale="xx")


@pytest.mark.parametrize(
    ("name", "start"),
    [("Lucía", "lucia-"), ("Zoë Ångström", "zoe-angstrom-"), ("Лена", "card-"), ("李", "card-")],
)
def test_an_imported_id_keeps_the_letters_of_the_name_without_accents(
    name: str, start: str
) -> None:
    persona = cards.from_card(v2_card(name=name))
    assert persona.id.startswith(start) and len(persona.id) == len(start) + 6
    assert persona.id == cards.from_card(v2_card(name=name)).id  # the same name, the same id


def test_what_a_card_keeps_but_does_not_use_is_said() -> None:
    card = v2_card(
        first_mes="いらっしゃいませ。ただいま{{time}}でございます。",
        alternate_greetings=["{{random::おはよう::こんにちは}}、{{user}}様。{{date}}です。"],
        system_prompt="{{// a note for the author}}{{char}} answers politely.",
        extensions={"depth_prompt": {"prompt": "Stay in character.", "depth": 4}},
    )
    notes = cards.read_persona(card).notes
    assert (
        "character_book (a lorebook of 1 entry) is kept for export, but a persona does not "
        "use it: put what the character must know in the description"
    ) in notes
    assert any(n.startswith("extensions.depth_prompt (text the app inserts") for n in notes)
    assert (
        "first_mes: {{time}} is a macro of another app: only {{char}} and {{user}} are "
        "filled, so the user sees it as written; replace it with text"
    ) in notes
    assert any(
        n.startswith("alternate_greetings: {{random::おはよう::こんにちは}}, {{date}} are macros")
        and "the user sees them as written" in n
        for n in notes
    )
    assert any(n.startswith("system_prompt: {{// a note for the author}} is a macro") and
               "the model reads it" in n for n in notes)  # fmt: skip
    # The texts themselves are kept as written, for the export.
    persona = cards.from_card(card)
    assert persona.locales["ja"].greeting.endswith("{{time}}でございます。")
    quiet = cards.read_persona(v2_card(character_book=None, first_mes="ようこそ、{{user}}様。"))
    assert not any("macro" in n or "lorebook" in n or "depth_prompt" in n for n in quiet.notes)


def test_a_card_that_cannot_be_read_names_the_cards_own_field() -> None:
    with pytest.raises(cards.CardError) as err:
        cards.read_persona(v2_card(description="a bell \x07 rings"))
    assert str(err.value) == (
        "the card does not fit a persona: data.description: holds a control character "
        "(e.g. ESC); remove it"
    )
    # Our extension from a newer version: named, with the way out.
    card = v2_card(extensions={"chatbot": {"persona": {"id": "hanako", "bogus": 1}}})
    with pytest.raises(cards.CardError, match=r"data\.extensions\.chatbot\.persona\) is not a"):
        cards.read_persona(card)


def test_top_level_keys_of_a_card_survive_the_round_trip() -> None:
    # SillyTavern mirrors the V1 fields at the top level and keeps its state there.
    card = v2_card()
    card.update(
        {
            "name": "Hanako",
            "description": card["data"]["description"],
            "first_mes": card["data"]["first_mes"],
            "avatar": "none",
            "chat": "Hanako - 2024-01-01",
            "create_date": "2024-01-01 @12h",
            "talkativeness": "0.5",
            "fav": False,
        }
    )
    first = cards.from_card(card)
    assert first.card.top["description"] is None  # kept by name: export rewrites it from data
    exported = cards.to_card(first, "chara_card_v2")
    for key, value in card.items():
        if key != "data":
            assert exported[key] == value, key
    assert cards.from_card(json.loads(json.dumps(exported))) == first
    # The V1 mirrors follow the persona when it changes.
    renamed = first.model_copy(update={"name": {"en": "Hana"}})
    assert cards.to_card(renamed, "chara_card_v2")["name"] == "Hana"


def test_a_card_that_cannot_make_a_valid_persona_file_fails_before_writing() -> None:
    book = {"entries": [{"keys": [str(i)], "content": "夜" * 1000} for i in range(120)]}
    persona = cards.from_card(v2_card(character_book=book))
    with pytest.raises(cards.CardError, match="over the 256 KiB") as caught:
        cards.persona_yaml(persona, "big.yaml")
    # It names what fills the file, and the way out.
    assert "most of it is character_book" in str(caught.value)
    assert "--no-lorebook" in str(caught.value)
    small = cards.from_card(v2_card())
    assert cards.persona_yaml(small, "ok.yaml").startswith(f"id: {small.id}\n")


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def test_a_zlib_bomb_in_a_png_card_is_refused_before_it_inflates(tmp_path: Path) -> None:
    # 200 KB of file that would inflate to 200 MB (a 32 MB file: to tens of GB).
    bomb = zlib.compress(b"A" * (200 * 1024 * 1024), 9)
    body = b"ccv3\0\x01\x00\0\0" + bomb
    path = tmp_path / "bomb.png"
    path.write_bytes(
        card_files.PNG_SIGNATURE + _png_chunk(b"iTXt", body) + _png_chunk(b"IEND", b"")
    )
    with pytest.raises(cards.CardError, match="inflates to more than"):
        cards.import_file(path)


def test_compressed_chunks_a_card_does_not_use_are_never_inflated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each under the per-chunk cap, but a 32 MB file holds enough to inflate to tens of GB.
    bomb = zlib.compress(b"A" * (30 * 1024 * 1024), 9)
    junk = b"".join(_png_chunk(b"iTXt", f"x{i}\0\x01\x00\0\0".encode() + bomb) for i in range(8))
    card = base64.b64encode(json.dumps(v2_card()).encode())
    path = tmp_path / "padded.png"
    chara = _png_chunk(b"tEXt", b"chara\0" + card)
    path.write_bytes(card_files.PNG_SIGNATURE + junk + chara + _png_chunk(b"IEND", b""))
    inflated: list[str] = []
    real = card_files._inflate
    monkeypatch.setattr(
        card_files, "_inflate", lambda key, data: inflated.append(key) or real(key, data)
    )
    assert cards.import_file(path).name["en"] == v2_card()["data"]["name"]
    assert inflated == []


def test_a_cut_off_itxt_chunk_is_a_card_error(tmp_path: Path) -> None:
    path = tmp_path / "short.png"
    path.write_bytes(
        card_files.PNG_SIGNATURE + _png_chunk(b"iTXt", b"ccv3\0") + _png_chunk(b"IEND", b"")
    )
    with pytest.raises(cards.CardError, match="corrupt"):
        cards.import_file(path)


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deeply_nested_card_json_is_a_card_error(tmp_path: Path, depth: int) -> None:
    card = json.dumps(v2_card()).replace(
        '"tags": [', '"tags": ' + "[" * depth + "]" * depth + ", ["
    )
    as_json = _raw(tmp_path / "deep.json", card.encode())
    as_png = png_with_chunks(
        tmp_path / "deep.png", {"chara": base64.b64encode(card.encode()).decode()}
    )
    for path in (as_json, as_png):
        with pytest.raises(cards.CardError, match="nest"):
            cards.persona_yaml(cards.import_file(path), "deep.yaml")


def test_original_in_a_cards_prompt_is_kept_for_export() -> None:
    # SillyTavern's {{original}} adds to the app's own prompt; dropped on export,
    # the card would replace that prompt instead.
    card = v2_card(system_prompt="{{original}}\nAlways answer in Japanese.")
    card["data"]["extensions"] = {"chatbot": {"bot_id": 7}}  # another app's, same name
    made = cards.read_persona(card)
    assert made.persona.vars["system_prompt"] == "Always answer in Japanese."
    exported = cards.to_card(made.persona)["data"]
    assert exported["system_prompt"] == "{{original}}\nAlways answer in Japanese."
    assert exported["extensions"]["chatbot"]["bot_id"] == 7
    # Once the persona's text is edited, the edit is what goes out.
    edited = made.persona.model_copy(
        update={"vars": {**made.persona.vars, "system_prompt": "Be brief."}}
    )
    assert cards.to_card(edited)["data"]["system_prompt"] == "Be brief."
    # A null extensions object is none.
    card["data"]["extensions"] = None
    assert cards.read_persona(card).persona.locales


@pytest.mark.parametrize(
    ("locale", "greeting", "example", "level"),
    [
        (
            "ko",
            '*집사가 조용히 찻잔을 내려놓으며 고개를 숙인다.* "다녀오셨습니까, 아가씨."',
            '*수첩을 펼친다.* "오후 세 시에 손님이 오십니다."',
            "hasipsioche",
        ),
        (
            "th",
            '*พ่อบ้านวางถ้วยชาลงแล้วโค้งคำนับ* "ยินดีต้อนรับกลับบ้านครับ คุณหนู"',
            '*เปิดสมุดบันทึก* "บ่ายสามโมงมีแขกมาพบครับ"',
            "polite",
        ),
    ],
)
def test_a_role_play_cards_level_is_read_from_the_speech_not_the_narration(
    locale: str, greeting: str, example: str, level: str
) -> None:
    # Before, the Korean butler imported at the default level and the Thai one
    # casual: the narration's written style was read as his register.
    card = v2_card(
        name="Sebastian",
        first_mes=greeting,
        mes_example=f"<START>\n{{{{user}}}}: ?\n{{{{char}}}}: {example}",
        alternate_greetings=[],
    )
    imported = cards.read_persona(card)
    assert list(imported.persona.locales) == [locale]
    assert imported.persona.locales[locale].policy.level == level, imported.notes
