"""``chatbot personas import|export|new`` and ``chatbot locales validate``: clear errors, no tracebacks."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from chatbot import locales
from chatbot.persona.card_files import parse_card_bytes
from chatbot.persona.registry import load_one
from tests.persona.test_card_edits import TEMPLATED
from tests.persona.test_cards import v2_card
from tests.persona.test_persona_files import GOOD, write
from tests.test_cli import chatbot


def test_new_names_the_levels_of_the_locale_for_an_unknown_level(tmp_path: Path) -> None:
    out = chatbot("personas", "new", "x-bank", "--locale", "ko", "--level", "hapsyoche",
                  "-o", str(tmp_path / "x-bank.yaml"))  # fmt: skip
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "'hapsyoche' is not a level of locale ko (levels: " in out.stderr
    assert "hasipsioche" in out.stderr
    assert not (tmp_path / "x-bank.yaml").exists()


def test_export_refuses_what_it_cannot_write_with_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "user"
    write(folder, "shop")
    export = ["personas", "export", "shop", "--personas", str(folder), "-o"]
    not_image = tmp_path / "notimg.txt"
    not_image.write_text("just text")
    out = chatbot(*export, str(tmp_path / "a.png"), "--image", str(not_image))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "cannot read it as a picture" in out.stderr
    missing = tmp_path / "nonexistent" / "x.json"
    out = chatbot(*export, str(missing))
    assert out.returncode == 1 and f"{missing.parent}: no such folder" in out.stderr
    out = chatbot(*export, str(tmp_path / "k.yaml"))
    assert out.returncode == 1 and "a card is written as .png" in out.stderr
    assert not (tmp_path / "k.yaml").exists()
    out = chatbot(*export, str(tmp_path / "k.json"), "--image", str(not_image))
    assert out.returncode == 1 and "--image is for a .png card" in out.stderr


def test_a_cmyk_picture_becomes_the_card_image(tmp_path: Path) -> None:
    folder = tmp_path / "user"
    write(folder, "shop")
    cmyk = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (32, 48), (0, 128, 255, 0)).save(cmyk, format="JPEG")
    target = tmp_path / "shop.png"
    out = chatbot("personas", "export", "shop", "--personas", str(folder), "-o", str(target),
                  "--image", str(cmyk))  # fmt: skip
    assert out.returncode == 0, out.stderr
    with Image.open(target) as img:
        assert img.mode == "RGB" and img.size == (32, 48)
    back = chatbot("personas", "import", str(target), "-o", str(tmp_path / "in" / "shop.yaml"))
    assert back.returncode == 0, back.stderr


def test_a_template_persona_exports_and_imports_into_another_folder(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "prompts").mkdir(parents=True)
    (pack / "prompts" / "inn.j2").write_text("You run an inn in {{ place }}.\n", "utf-8")
    write(pack, "inn", TEMPLATED)
    card = tmp_path / "inn.json"
    out = chatbot("personas", "export", "inn", "--personas", str(pack), "-o", str(card))
    assert out.returncode == 0, out.stderr
    target = tmp_path / "elsewhere" / "inn.yaml"
    imported = chatbot("personas", "import", str(card), "-o", str(target))
    assert imported.returncode == 0, imported.stderr
    assert "note: template 'inn.j2' is not in this folder's prompts/" in imported.stderr
    assert load_one(target, "user").persona.template is None
    # Into the pack's own folder, the template is found and kept.
    kept = chatbot("personas", "import", str(card), "-o", str(pack / "inn.yaml"), "--force")
    assert kept.returncode == 0 and "note: template" not in kept.stderr


def test_import_says_what_it_read_and_warns_like_validate(tmp_path: Path) -> None:
    card = tmp_path / "bank.json"
    card.write_text(
        json.dumps(
            v2_card(
                name="Bank",
                description="A bank clerk.",
                personality="",
                scenario="",
                first_mes="Guten Tag! Wie kann ich Ihnen helfen?",
                mes_example=(
                    "<START>\n{{user}}: Haben Sie geöffnet?\n{{char}}: Ja, bis 18 Uhr.\n"
                    "<START>\n{{user}}: Kann ich ein Konto eröffnen?\n"
                    "{{char}}: Gern, möchten Sie einen Termin?\n"
                    "<START>\n{{user}}: Und am Samstag?\n{{char}}: Klar, komm einfach vorbei!"
                ),
                alternate_greetings=[],
            )
        )
    )
    target = tmp_path / "user" / "bank.yaml"
    out = chatbot("personas", "import", str(card), "-o", str(target), "--locale", "de")
    assert out.returncode == 0, out.stderr
    assert "note: locale de, register formal: read from the greeting and examples" in out.stderr
    assert "warning: " in out.stderr and "locales.de.examples.2.assistant reads as informal" in (
        out.stderr
    )
    validated = chatbot("personas", "validate", str(target))
    assert "1 warning(s)" in validated.stdout


def test_reimporting_says_which_fields_came_from_the_card(tmp_path: Path) -> None:
    folder = tmp_path / "user"
    write(folder, "shop")
    card = tmp_path / "shop.json"
    assert chatbot("personas", "export", "shop", "--personas", str(folder),
                   "-o", str(card)).returncode == 0  # fmt: skip
    data = json.loads(card.read_text())
    data["data"]["first_mes"] = "いらっしゃいませ。ようこそお越しくださいました。"
    card.write_text(json.dumps(data, ensure_ascii=False))
    out = chatbot("personas", "import", str(card), "-o", str(tmp_path / "back" / "shop.yaml"))
    assert out.returncode == 0, out.stderr
    assert "note: taken from the card (edited since it was exported): first_mes" in out.stderr
    assert "ようこそお越しくださいました" in (tmp_path / "back" / "shop.yaml").read_text("utf-8")


def test_locales_validate_refuses_a_file_that_would_replace_a_shipped_locale(
    tmp_path: Path,
) -> None:
    shipped = Path(str(locales.__file__)).parent / "de.yaml"
    copy = tmp_path / "de.yaml"
    copy.write_text(shipped.read_text("utf-8"), "utf-8")
    out = chatbot("locales", "validate", str(copy))
    assert out.returncode == 1
    assert f"{copy}: locale 'de' is already installed" in out.stderr
    assert "cannot be replaced" in out.stderr
    assert chatbot("locales", "validate", str(shipped)).returncode == 0  # the shipped file itself


def test_a_personas_model_should_name_a_preset_a_gguf_or_a_hub_file(tmp_path: Path) -> None:
    # A warning, not an error: the field is not used yet, and a file naming
    # another model (model: qwen2.5-7b) loaded before and must still load.
    folder = tmp_path / "user"
    for pid, model in (("good-a", "medium"), ("good-b", "models/q.gguf"),
                       ("good-c", "Qwen/Qwen3-4B-GGUF:*Q4_K_M.gguf")):  # fmt: skip
        write(folder, pid, GOOD.format(id=pid) + f"model: {model!r}\n")
    write(folder, "typo", GOOD.format(id="typo") + "model: smal\n")
    write(folder, "huge", GOOD.format(id="huge") + "model: hugee\n")
    out = chatbot("personas", "validate", str(folder))
    assert out.returncode == 0 and "5 valid, 0 problem(s), 2 warning(s)" in out.stdout
    assert "typo.yaml: model: 'smal' is not a model preset" in out.stderr
    assert "did you mean 'small'?" in out.stderr
    assert "huge.yaml: model: 'hugee' is not a model preset (small, medium" in out.stderr


def test_a_locale_option_reads_a_language_tag_and_names_the_installed_ones(
    tmp_path: Path,
) -> None:
    card = tmp_path / "st_es.json"
    card.write_text(json.dumps(v2_card(name="Lucía", first_mes="¡Hola! ¿En qué puedo ayudarle?")))
    for tag, code in (("pt-BR", "pt"), ("ES", "es")):
        out = chatbot("personas", "import", str(card), "-o", str(tmp_path / f"{code}-x.yaml"),
                      "--locale", tag)  # fmt: skip
        assert out.returncode == 0, out.stderr
        assert f"note: locale {code}, register " in out.stderr
    bad = chatbot("personas", "import", str(card), "-o", str(tmp_path / "xx-x.yaml"),
                  "--locale", "xx")  # fmt: skip
    assert bad.returncode == 1 and not (tmp_path / "xx-x.yaml").exists()
    assert "error: --locale 'xx' is not an installed locale; known: de, en, es," in bad.stderr
    render = ["personas", "render", "ja-hotel-concierge", "--locale"]
    assert chatbot(*render, "JA").returncode == 0
    assert "--locale 'xx' is not an installed locale" in chatbot(*render, "xx").stderr
    read = chatbot("register", "read", "--locale", "ES", "¿Me ayuda, por favor?")
    assert read.returncode == 0 and read.stdout.startswith("es: "), read.stderr


def test_importing_over_a_shipped_persona_needs_force_and_says_it_replaces_it(
    tmp_path: Path,
) -> None:
    card = tmp_path / "concierge.json"
    out = chatbot("personas", "export", "ja-hotel-concierge", "-o", str(card))
    assert out.returncode == 0, out.stderr
    user = tmp_path / "user"
    env = {"CHATBOT_PERSONAS": str(user)}
    refused = chatbot("personas", "import", str(card), env=env)
    assert refused.returncode != 0 and not user.exists()
    assert "pass --force to replace it, or keep both with" in refused.stderr
    imported = chatbot("personas", "import", str(card), "--force", env=env)
    assert imported.returncode == 0, imported.stderr
    assert (
        f"note: 'ja-hotel-concierge' is also a shipped persona: this file replaces it wherever "
        f"{user} is the persona folder; to keep both, import with "
        f"-o {user / 'ja-hotel-concierge-2.yaml'}"
    ) in imported.stderr
    listed = chatbot("personas", "list", env=env).stdout.splitlines()
    assert any(line.startswith("ja-hotel-concierge") and "[user]" in line for line in listed)
    # A card of its own gets an id from its name, accents and all: no note.
    lucia = tmp_path / "lucia.json"
    lucia.write_text(json.dumps(v2_card(name="Lucía")))
    plain = chatbot("personas", "import", str(lucia), env=env)
    assert plain.returncode == 0 and "shipped persona" not in plain.stderr
    (made,) = user.glob("luc*")
    assert made.name.startswith("lucia-") and made.name.endswith(".yaml")


def test_card_files_are_read_as_other_card_readers_read_them(tmp_path: Path) -> None:
    card = {"spec": "chara_card_v2", "spec_version": "2.0", "data": {"name": "Mia"}}
    encoded = base64.b64encode(json.dumps(card).encode()).decode()
    # Wrapped at 76 characters, padding dropped, a byte-order mark before the JSON.
    bom = base64.b64encode(b"\xef\xbb\xbf" + json.dumps(card).encode()).decode()
    for text in ("\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76)),
                 encoded.rstrip("="), bom):  # fmt: skip
        for keyword in (b"chara", b"Chara"):
            png = _png_with_text(keyword, text.encode("latin-1"))
            assert parse_card_bytes(png)["data"]["name"] == "Mia"
    for data, kind in ((b"PK\x03\x04rest", "ZIP"), ("{}".encode("utf-16"), "UTF-16")):
        with pytest.raises(Exception, match=kind):
            parse_card_bytes(data)


def _png_with_text(keyword: bytes, text: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\x00\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"tEXt", keyword + b"\x00" + text)
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )


def test_export_does_not_overwrite_a_file_and_import_says_how_to_use_it(tmp_path: Path) -> None:
    card = tmp_path / "mine.png"
    card.write_bytes(b"precious")
    out = chatbot("personas", "export", "fr-friend", "-o", str(card))
    assert out.returncode != 0 and "pass --force" in out.stderr
    assert card.read_bytes() == b"precious"
    assert chatbot("personas", "export", "fr-friend", "-o", str(card), "--force").returncode == 0
    target = tmp_path / "elsewhere" / "amie.yaml"
    target.parent.mkdir()
    out = chatbot("personas", "import", str(card), "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert "persona 'amie'" in out.stdout
    assert f"--personas {target.parent} --persona amie" in out.stdout


def test_a_v1_card_is_told_how_to_become_a_v2_one(tmp_path: Path) -> None:
    v1 = tmp_path / "v1.json"
    v1.write_text(json.dumps({"name": "Mia", "first_mes": "Hi!", "description": "A friend."}))
    out = chatbot("personas", "import", str(v1), "-o", str(tmp_path / "mia.yaml"))
    assert out.returncode != 0 and "V1 (TavernAI) card" in out.stderr
    assert "export it again" in out.stderr


def test_a_card_with_a_big_lorebook_imports_without_it(tmp_path: Path) -> None:
    book = {"entries": [{"keys": [str(i)], "content": "夜" * 1000} for i in range(120)]}
    card = tmp_path / "big.json"
    card.write_text(json.dumps(v2_card(character_book=book)), encoding="utf-8")
    target = tmp_path / "big-one.yaml"
    refused = chatbot("personas", "import", str(card), "-o", str(target))
    assert refused.returncode != 0 and "--no-lorebook" in refused.stderr
    out = chatbot("personas", "import", str(card), "-o", str(target), "--no-lorebook")
    assert out.returncode == 0, out.stderr
    assert "character_book left out" in out.stderr and "character_book" not in target.read_text()
