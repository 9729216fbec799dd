"""``chatbot personas …`` as a developer uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from chatbot.persona.registry import PersonaRegistry
from chatbot.persona.render import system_prompt
from tests.persona.test_cards import v2_card
from tests.persona.test_persona_files import GOOD, write
from tests.test_cli import chatbot


def test_new_scaffolds_a_valid_commented_file_for_each_locale(tmp_path: Path) -> None:
    for code, level in (("ja", "honorific"), ("ko", "haeyoche"), ("de", "formal"), ("th", None)):
        target = tmp_path / f"my-{code}.yaml"
        args = ["personas", "new", f"my-{code}", "--locale", code, "--output", str(target)]
        out = chatbot(*args, *(["--level", level] if level else []))
        assert out.returncode == 0, out.stderr
        assert "#" in target.read_text()  # commented for the developer
        assert chatbot("personas", "validate", str(target)).returncode == 0
    again = chatbot(
        "personas", "new", "my-ja", "--locale", "ja", "--output", str(tmp_path / "my-ja.yaml")
    )
    assert again.returncode == 1 and "exists" in again.stderr


def test_a_scaffold_turned_to_mirror_is_told_its_address_fits_one_side(tmp_path: Path) -> None:
    # `personas new` writes the chosen level's form of address; set to mirror du and
    # Sie, the persona would address a Sie user by first name.
    target = tmp_path / "de-x.yaml"
    new = chatbot(
        "personas", "new", "de-x", "--locale", "de", "--level", "informal", "-o", str(target)
    )
    assert new.returncode == 0, new.stderr
    target.write_text(target.read_text().replace("level: informal", "mirror: true"), "utf-8")
    out = chatbot("personas", "validate", str(target))
    assert "locales.de.address: one form of address for every level" in out.stderr
    assert "(informal: {given}, formal: Herr/Frau {surname}); delete address" in out.stderr
    # Within one side a fixed form is a choice (a shop says 〇〇様 in 丁寧語 and 敬語).
    shipped = Path(__file__).resolve().parents[2] / "personas" / "ja-stationery-shop.yaml"
    assert "address" not in chatbot("personas", "validate", str(shipped)).stderr


def test_validate_exits_non_zero_with_file_line_errors(tmp_path: Path) -> None:
    write(tmp_path, "good")
    bad = write(
        tmp_path, "bad", GOOD.format(id="bad").replace("{level: honorific}", "{level: keigo}")
    )
    out = chatbot("personas", "validate", str(tmp_path))
    assert out.returncode == 1
    assert f"{bad}:10: locales.ja.register: level 'keigo'" in out.stderr
    assert "1 valid, 1 problem(s)" in out.stdout


def test_list_show_and_render_use_the_user_folder(tmp_path: Path) -> None:
    write(tmp_path, "my-shop")
    listed = chatbot("personas", "list", "--personas", str(tmp_path))
    assert listed.returncode == 0
    assert any(
        line.startswith("my-shop") and "[user]" in line for line in listed.stdout.splitlines()
    )
    assert "ja-hotel-concierge" in listed.stdout  # the package's own are there too
    shown = chatbot("personas", "show", "my-shop", "--personas", str(tmp_path))
    assert shown.returncode == 0 and "Test Shop" in shown.stdout
    rendered = chatbot(
        "personas",
        "render",
        "my-shop",
        "--personas",
        str(tmp_path),
        "--locale",
        "ja",
        "--surname",
        "田中",
    )
    assert rendered.returncode == 0, rendered.stderr
    entry = PersonaRegistry(tmp_path, entry_points=False).get("my-shop")
    assert rendered.stdout == system_prompt(entry.persona, "ja", names={"surname": "田中"})


def test_a_persona_folder_that_is_not_there_is_an_error_naming_it(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    for args in (("personas", "list"), ("personas", "render", "x"), ("serve", "--demo")):
        out = chatbot(*args, "--personas", str(gone), timeout=60)  # serve never starts
        assert out.returncode == 2, (args, out.stderr)
        assert f"{gone}: no such folder; create it (mkdir -p {gone})" in out.stderr
    write(tmp_path, "my-shop")
    typo = chatbot("personas", "render", "my-shpo", "--personas", str(tmp_path))
    assert typo.returncode == 1
    assert f"no persona 'my-shpo' in {tmp_path} or among the shipped personas" in typo.stderr
    assert "my-shop" in typo.stderr  # among the known ones


def test_a_persona_variable_naming_no_folder_is_told_not_fatal(tmp_path: Path) -> None:
    gone = tmp_path / "typo"
    listed = chatbot("personas", "list", env={"CHATBOT_PERSONAS": str(gone)})
    assert listed.returncode == 0 and "ja-hotel-concierge" in listed.stdout
    assert f"note: CHATBOT_PERSONAS={gone}: no such folder" in listed.stderr
    assert f"mkdir -p {gone}" in listed.stderr
    write(gone, "my-shop")
    listed = chatbot("personas", "list", env={"CHATBOT_PERSONAS": str(gone)})
    assert "note:" not in listed.stderr and "my-shop" in listed.stdout
    # A mirror without a range is "mirror", and the columns line up whatever the names.
    lines = [line for line in listed.stdout.splitlines() if line.strip()]
    assert any(line.endswith("pt:mirror") for line in lines)
    starts = {line.index("[") for line in lines}
    assert len(starts) == 1, starts


def test_cards_import_and_export_from_the_command_line(tmp_path: Path) -> None:
    write(tmp_path / "user", "my-shop")
    png = tmp_path / "my-shop.png"
    out = chatbot(
        "personas", "export", "my-shop", "--personas", str(tmp_path / "user"), "-o", str(png)
    )
    assert out.returncode == 0, out.stderr
    as_json = tmp_path / "my-shop.json"
    chatbot(
        "personas",
        "export",
        "my-shop",
        "--personas",
        str(tmp_path / "user"),
        "-o",
        str(as_json),
        "--spec",
        "v2",
    )
    assert json.loads(as_json.read_text())["spec"] == "chara_card_v2"
    target = tmp_path / "imported" / "my-shop.yaml"
    imported = chatbot("personas", "import", str(png), "-o", str(target))
    assert imported.returncode == 0, imported.stderr
    assert chatbot("personas", "validate", str(target)).returncode == 0
    broken = tmp_path / "broken.json"
    broken.write_text('{"spec": "chara_card_v1", "data": {}}')
    failed = chatbot("personas", "import", str(broken))
    assert failed.returncode == 1 and "unsupported card spec" in failed.stderr


def test_import_names_the_persona_after_its_file_and_keeps_existing_files(tmp_path: Path) -> None:
    card = tmp_path / "Hanako (1).json"
    card.write_text(json.dumps(v2_card()))
    target = tmp_path / "user" / "ryokan.yaml"
    out = chatbot("personas", "import", str(card), "-o", str(target))
    assert out.returncode == 0, out.stderr
    assert target.read_text().startswith("id: ryokan\n")
    assert chatbot("personas", "validate", str(target)).returncode == 0
    again = chatbot("personas", "import", str(card), "-o", str(target))
    assert again.returncode == 1 and "exists; pass --force" in again.stderr
    assert chatbot("personas", "import", str(card), "-o", str(target), "--force").returncode == 0
    bad = chatbot("personas", "import", str(card), "-o", str(tmp_path / "My Card.yaml"))
    assert bad.returncode == 1 and "lower case" in bad.stderr
    assert not (tmp_path / "My Card.yaml").exists()


def test_render_says_when_a_given_name_is_not_used_and_validate_a_missing_folder(
    tmp_path: Path,
) -> None:
    # A new ko persona's form of address is "{name} 님": --surname alone does not fill it.
    folder = tmp_path / "user"
    folder.mkdir()
    new = chatbot("personas", "new", "ramen-shop", "--locale", "ko", "--level", "haeyoche",
                  "-o", str(folder / "ramen-shop.yaml"))  # fmt: skip
    assert new.returncode == 0, new.stderr
    out = chatbot(
        "personas", "render", "ramen-shop", "--personas", str(folder), "--surname", "田中"
    )
    assert out.returncode == 0, out.stderr
    assert "needs --name" in out.stderr
    # A name of two words fills a {surname} form too, split as in the UI.
    concierge = chatbot("personas", "render", "ja-hotel-concierge", "--name", "田中 太郎")
    assert 'Address the user as "田中様"' in concierge.stdout and "note:" not in concierge.stderr
    one_word = chatbot("personas", "render", "ja-hotel-concierge", "--name", "田中")
    assert 'Address the user as "田中様"' in one_word.stdout  # one CJK word: a surname
    one_word = chatbot("personas", "render", "de-support-agent", "--name", "Anna")
    assert "needs --surname, or a --name of two words" in one_word.stderr
    missing = chatbot("personas", "validate", str(tmp_path / "none"))
    assert missing.returncode != 0
    gone = tmp_path / "gone"
    out = subprocess.run(
        [sys.executable, "-m", "chatbot", "personas", "validate"],
        capture_output=True,
        text=True,
        env={**os.environ, "CHATBOT_PERSONAS": str(gone)},
        timeout=120,
    )
    assert out.returncode == 1 and f"{gone}: no such folder" in out.stderr


def test_escape_sequences_from_cards_and_files_never_reach_the_terminal(tmp_path: Path) -> None:
    card = tmp_path / "esc.json"
    card.write_text(json.dumps(v2_card(name="Hanako\x1b]0;owned\x07\x1b[2J")))
    imported = chatbot("personas", "import", str(card), "-o", str(tmp_path / "esc.yaml"))
    assert imported.returncode == 1 and "control character" in imported.stderr
    assert not (tmp_path / "esc.yaml").exists()
    folder = tmp_path / "user"
    write(folder, "bad-key", GOOD.format(id="bad-key") + '"\\e[2Jextra": 1\n')
    for args in (("list", "--personas", str(folder)), ("validate", str(folder))):
        out = chatbot("personas", *args)
        assert "bad-key.yaml" in out.stderr
        assert "\x1b" not in out.stdout + out.stderr, args
    assert "\x1b" not in imported.stdout + imported.stderr


def test_validate_warns_when_a_greeting_reads_off_the_personas_register(tmp_path: Path) -> None:
    target = tmp_path / "bank.yaml"
    made = chatbot(
        "personas", "new", "bank", "--locale", "de", "--level", "formal", "-o", str(target)
    )
    assert made.returncode == 0, made.stderr
    fresh = chatbot("personas", "validate", str(target))
    # The scaffold's example texts are named until the author replaces them.
    assert fresh.returncode == 0 and "2 warning(s)" in fresh.stdout, fresh.stderr
    assert "description.en: still the scaffold's example text" in fresh.stderr
    assert "vars.shop: still the scaffold's example text" in fresh.stderr
    text = target.read_text("utf-8")
    text = text.replace("What this persona is for.", "Kundenservice der Nordbank.")
    text = text.replace("shop: Example Shop", "shop: Nordbank")
    target.write_text(text)
    clean = chatbot("personas", "validate", str(target))
    assert clean.returncode == 0 and "0 warning(s)" in clean.stdout, clean.stderr
    greeting = next(line for line in text.splitlines() if line.strip().startswith("greeting:"))
    target.write_text(
        text.replace(greeting, "    greeting: Hey, was geht? Schreib mir einfach, was du brauchst!")
    )
    out = chatbot("personas", "validate", str(target))
    assert out.returncode == 0  # still a valid file: the author decides
    assert "1 warning(s)" in out.stdout
    assert "locales.de.greeting reads as informal" in out.stderr
    assert "(the persona speaks formal)" in out.stderr


def test_new_greets_with_the_locales_greeting_and_checks_the_name_first(tmp_path: Path) -> None:
    target = tmp_path / "my-shop.yaml"
    made = chatbot(
        "personas", "new", "my-shop", "--locale", "ko", "--level", "haeyoche", "-o", str(target)
    )
    assert made.returncode == 0, made.stderr
    assert "greeting: 안녕하세요! 오늘은 무엇을 도와드릴까요?" in target.read_text("utf-8")
    wrong = tmp_path / "other.yaml"
    refused = chatbot("personas", "new", "my-shop", "--locale", "ko", "-o", str(wrong))
    assert refused.returncode == 1 and "use --output my-shop.yaml" in refused.stderr
    assert not wrong.exists()  # nothing half-written is left behind
    bad_id = chatbot(
        "personas", "new", "Bad Id", "--locale", "ko", "-o", str(tmp_path / "Bad Id.yaml")
    )
    assert bad_id.returncode == 1 and "is not a persona id" in bad_id.stderr
    assert not (tmp_path / "Bad Id.yaml").exists()
    nowhere = chatbot(
        "personas", "new", "abc", "--locale", "ko", "-o", str(tmp_path / "no" / "abc.yaml")
    )
    assert nowhere.returncode == 1 and "no such folder" in nowhere.stderr


def test_render_writes_a_variety_of_the_language_when_asked() -> None:
    brazil = chatbot(
        "personas", "render", "pt-bookshop", "--level", "informal", "--variety", "pt.brazil"
    )
    assert brazil.returncode == 0, brazil.stderr
    assert (
        "# Register: Tratamento por você" in brazil.stdout
        and "português do Brasil" in brazil.stdout
    )
    europe = chatbot("personas", "render", "pt-bookshop", "--level", "informal")
    assert (
        "# Register: Tratamento por tu" in europe.stdout
        and "Brasil" not in europe.stdout.split("# Register")[1]
    )
    tagged = chatbot(
        "personas", "render", "pt-bookshop", "--locale", "pt-BR", "--level", "informal"
    )
    assert tagged.stdout == brazil.stdout  # a tag asks for the variety that lists it
    wrong = chatbot("personas", "render", "pt-bookshop", "--variety", "pt.angola")
    assert (
        wrong.returncode != 0
        and "'pt.angola' is not a variety of locale pt (pt.europe, pt.brazil)" in wrong.stderr
    )


def test_new_writes_a_varietys_greeting_and_examples_for_its_tag(tmp_path: Path) -> None:
    made = tmp_path / "loja.yaml"
    out = chatbot(
        "personas", "new", "loja", "--locale", "pt-BR", "--level", "informal", "-o", str(made)
    )
    assert out.returncode == 0, out.stderr
    text = made.read_text("utf-8")
    assert "Oi! Tudo bem? Como posso te ajudar?" in text and "macarrão" in text
    assert "locales:\n  pt:" in text  # the file names the locale, pt


def test_a_persona_whose_file_did_not_load_is_not_called_missing(tmp_path: Path) -> None:
    (tmp_path / "ru-clinic.yaml").write_text(
        "id: ru-clinic\nname:\n  en: Clinic\npersona: Вы администратор клиники.\n"
        "locales:\n  ru:\n    register:\n      level: polite\n    greeting: Здравствуйте!\n",
        encoding="utf-8",
    )
    out = chatbot("personas", "render", "ru-clinic", "--personas", str(tmp_path))
    assert out.returncode != 0
    assert "persona 'ru-clinic' did not load" in out.stderr
    assert "level 'polite' is not a level of locale ru" in out.stderr
    assert "no persona" not in out.stderr
    # The UI's message names no server path; a persona no file names is still missing.
    registry = PersonaRegistry(tmp_path, entry_points=False)
    try:
        registry.get("ru-clinic")
    except Exception as exc:
        assert str(tmp_path) not in str(exc) and "no persona 'ru-clinic'" in str(exc)
    else:
        raise AssertionError("a broken persona was returned")
    missing = chatbot("personas", "render", "xx-nobody", "--personas", str(tmp_path))
    assert "no persona 'xx-nobody'" in missing.stderr
