"""A separate package can add a locale through the ``chatbot.locales`` entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatbot import locales
from chatbot.detect.register import analyze
from chatbot.errors import ConfigError
from tests.conftest import install_entry_point

PACK_LOCALE = """\
code: eo
native: Esperanto
english: Esperanto
analyzer: rules
default_level: formal
levels:
  - id: informal
    native: ci-formo
    english: informal
    description: Addressing with ci.
    rank: 0
    formality: informal
    instruction: Parolu familiare kaj uzu "ci".
    address: {known: "{name}", unknown: ci}
    examples:
      - user: Saluton!
        assistant: Saluton! Kiel ci fartas?
  - id: formal
    native: vi-formo
    english: formal
    description: Addressing with vi and sinjoro/sinjorino.
    rank: 1
    formality: formal
    instruction: Parolu ĝentile kaj uzu "vi".
    address: {known: "sinjoro {surname}", unknown: vi}
    examples:
      - user: Bonan tagon.
        assistant: Bonan tagon! Kiel mi povas helpi vin?
markers:
  unmarked: formal
  rules:
    - id: eo.ci
      level: informal
      weight: 2.0
      why: ci is the familiar second person
      words: [ci, cin, cia]
    - id: eo.vi
      level: formal
      weight: 1.0
      why: vi is the ordinary, polite second person
      words: [vi, vin, via]
"""


def test_an_installed_pack_adds_a_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "eo_pack"
    folder.mkdir()
    (folder / "eo.yaml").write_text(PACK_LOCALE, "utf-8")
    (folder / "ja.yaml").write_text(PACK_LOCALE.replace("code: eo", "code: ja"), "utf-8")
    install_entry_point(monkeypatch, "chatbot.locales", "eo", "tests.test_locale_packs:FOLDER")
    monkeypatch.setattr("tests.test_locale_packs.FOLDER", folder, raising=False)
    locales._load.cache_clear()
    try:
        assert "eo" in locales.available()
        assert locales.get("ja").native == "日本語"  # a pack cannot replace ours
        reading = analyze("Kiel ci fartas?", "eo")
        assert reading.level == "informal" and reading.evidence[0].rule == "eo.ci"
        assert analyze("Kiel vi fartas?", "eo").level == "formal"
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()
    assert "eo" not in locales.available()


def test_a_broken_pack_is_skipped_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "mixed_pack"
    folder.mkdir()
    (folder / "eo.yaml").write_text(PACK_LOCALE, "utf-8")
    (folder / "xx.yaml").write_text("code: xx\nlevels: not-a-list\n", "utf-8")
    install_entry_point(monkeypatch, "chatbot.locales", "mixed", "tests.test_locale_packs:FOLDER")
    install_entry_point(monkeypatch, "chatbot.locales", "gone", "no_such_module_anywhere:X")
    monkeypatch.setattr("tests.test_locale_packs.FOLDER", folder, raising=False)
    locales._load.cache_clear()
    try:
        assert "eo" in locales.available() and "ja" in locales.available()
        problems = locales.problems()
        assert any("mixed" in p and "xx.yaml" in p for p in problems), problems
        assert any(p.startswith("locale pack gone: cannot load it") for p in problems), problems
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()
    assert locales.problems() == []


FOLDER: Path | None = None


def test_a_pack_whose_markers_cannot_be_read_is_skipped_as_it_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Invalid markers used to pass the schema and fail the first chat that read
    # the language; now the pack's locale is skipped, and the reason names it.
    folder = tmp_path / "bad_pack"
    folder.mkdir()
    rule = "      level: formal\n      weight: 1.0"
    (folder / "eo.yaml").write_text(PACK_LOCALE.replace(rule, rule.replace("formal", "formel")))
    (folder / "ia.yaml").write_text(
        PACK_LOCALE.replace("code: eo", "code: ia").replace("analyzer: rules", "analyzer: rule")
    )
    install_entry_point(monkeypatch, "chatbot.locales", "bad", "tests.test_locale_packs:FOLDER")
    monkeypatch.setattr("tests.test_locale_packs.FOLDER", folder, raising=False)
    locales._load.cache_clear()
    try:
        assert "eo" not in locales.available() and "ia" not in locales.available()
        problems = " | ".join(locales.problems())
        assert "'formel' is not a level of this locale" in problems, problems
        assert "analyzer: 'rule' is not installed; choose one of" in problems, problems
        assert "rules" in problems.split("choose one of", 1)[1]
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()


def test_locales_validate_reads_each_locales_own_texts(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from chatbot.cli import cli, register  # noqa: F401  (registers the locales commands)

    runner = CliRunner()
    shipped = runner.invoke(cli, ["locales", "validate"])
    assert shipped.exit_code == 0, shipped.output
    assert "0 error(s), 0 warning(s)" in shipped.output

    good = tmp_path / "eo.yaml"
    good.write_text(PACK_LOCALE, "utf-8")
    ok = runner.invoke(cli, ["locales", "validate", str(good)])
    assert ok.exit_code == 0, ok.output

    # An informal example that says vi reads formal: the prompt would show the
    # model the wrong register, so validate reports it with its field.
    (tmp_path / "eo.yaml").write_text(
        PACK_LOCALE.replace("Saluton! Kiel ci fartas?", "Saluton! Kiel vi fartas?"), "utf-8"
    )
    off = runner.invoke(cli, ["locales", "validate", str(tmp_path)])
    assert off.exit_code == 1
    assert "levels.informal.examples.0.assistant reads as formal: vi (eo.vi)" in off.output

    (tmp_path / "eo.yaml").write_text(
        PACK_LOCALE.replace("words: [vi, vin, via]", "pattern: '(vi'")
    )
    bad = runner.invoke(cli, ["locales", "validate", str(tmp_path / "eo.yaml")])
    assert bad.exit_code == 1
    assert "pattern does not compile" in bad.output


def test_a_locale_file_in_the_users_folder_adds_a_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "eo.yaml").write_text(PACK_LOCALE, "utf-8")
    (tmp_path / "de.yaml").write_text(PACK_LOCALE.replace("code: eo", "code: de"), "utf-8")
    monkeypatch.setenv("CHATBOT_LOCALES", str(tmp_path))
    locales._load.cache_clear()
    try:
        assert locales.user_folder() == tmp_path
        assert "eo" in locales.available()
        assert locales.source("eo") == str(tmp_path / "eo.yaml")
        assert locales.source("de") == "de.yaml"  # ours
        assert locales.get("de").native == "Deutsch"  # the shipped locale wins
        assert analyze("Kiel ci fartas?", "eo").level == "informal"
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()
    assert "eo" not in locales.available()


def test_a_broken_user_locale_is_named_where_it_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    import chatbot.cli.register  # noqa: F401  (registers the command)
    from chatbot.cli import cli

    (tmp_path / "eo.yaml").write_bytes(PACK_LOCALE.encode().replace(b"ci-formo", b"ci-\xb6formo"))
    (tmp_path / "pl.yaml").write_text("code: pl\nlevels: [\n", "utf-8")
    # A file that loads but whose markers do not compile (a typo in a rule's field).
    (tmp_path / "tr.yaml").write_text(
        PACK_LOCALE.replace("code: eo", "code: tr").replace("weight:", "wieght:", 1), "utf-8"
    )
    monkeypatch.setenv("CHATBOT_LOCALES", str(tmp_path))
    locales._load.cache_clear()
    try:
        assert f"{tmp_path / 'eo.yaml'}:8: not UTF-8 text (byte 0xb6)" in locales.missing("eo")
        assert f"{tmp_path / 'pl.yaml'}:3: not valid YAML" in locales.missing("pl")
        assert f"did not load: locale pack folder {tmp_path}: skipped {tmp_path / 'tr.yaml'}: " in (
            locales.missing("tr")
        )
        assert "wieght" in locales.missing("tr")
        # ... on the line of the rule in the file, where the author looks for it.
        tr = PACK_LOCALE.replace("code: eo", "code: tr").replace("weight:", "wieght:", 1)
        typo_line = tr[: tr.index("wieght:")].count("\n") + 1
        assert f"(line {typo_line})" in locales.missing("tr"), locales.missing("tr")
        assert locales.missing("xx").startswith("no such locale 'xx' (known: de,")
        assert locales.missing("o").startswith("no such locale 'o'")  # eo.yaml is not o.yaml
        # Reading a text in a locale that is not there is an error, not "unknown".
        out = CliRunner().invoke(cli, ["register", "read", "--locale", "eo", "Saluton"])
        assert out.exit_code != 0 and "did not load" in out.output
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()


def test_locale_file_errors_name_levels_and_rules_by_id() -> None:
    from chatbot.errors import ConfigError

    missing = PACK_LOCALE.replace('    instruction: Parolu ĝentile kaj uzu "vi".\n', "")
    # Named by id, and by the line of the level that lacks it.
    line = PACK_LOCALE[: PACK_LOCALE.index("  - id: formal")].count("\n") + 1
    with pytest.raises(
        ConfigError, match=rf"levels\.formal\.instruction \(line {line}\): Field required"
    ):
        locales.parse(missing, "eo.yaml")
    typo = PACK_LOCALE.replace("default_level: formal", "default_level: fromal")
    with pytest.raises(ConfigError) as err:
        locales.parse(typo, "eo.yaml")
    assert "default_level 'fromal' is not one of" in str(err.value)
    assert "Value error" not in str(err.value)
    for pattern, problem in [
        ("(ci", "not a regular expression"),
        ("(?:ci)?", "matches an empty"),
        ("(?i)ci", "not a regular expression"),  # a global flag, which the guard cannot embed
    ]:
        bad = PACK_LOCALE.replace("levels:\n", f"sentence_final: '{pattern}'\nlevels:\n", 1)
        line = bad[: bad.index("sentence_final")].count("\n") + 1
        with pytest.raises(ConfigError, match=rf"sentence_final \(line {line}\): .*{problem}"):
            locales.parse(bad, "eo.yaml")
    # A pattern over the limit says how to split it.
    long = "|".join(f"ci{i}" for i in range(300))
    too_long = PACK_LOCALE.replace("      words: [ci, cin, cia]", f"      pattern: '{long}'", 1)
    from chatbot.detect.register.selfcheck import check_locale

    errors = check_locale(locales.parse(too_long, "eo.yaml"), "eo.yaml").errors
    assert any("over the limit of 1000" in e and "split it" in e for e in errors), errors


def boom(text: str, spec: object) -> object:
    raise ValueError("analyzer bug")


def test_a_faulty_analyzer_or_folder_never_takes_the_shipped_locales_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chatbot.detect.register import analyzer_for

    folder = tmp_path / "boom_pack"
    folder.mkdir()
    (folder / "eo.yaml").write_text(PACK_LOCALE.replace("analyzer: rules", "analyzer: boom"))
    (folder / "de.yaml").write_text(PACK_LOCALE.replace("code: eo", "code: de"))
    (folder / "ia.yml").write_text(PACK_LOCALE.replace("code: eo", "code: ia"))
    install_entry_point(monkeypatch, "chatbot.analyzers", "boom", "tests.test_locale_packs:boom")
    install_entry_point(monkeypatch, "chatbot.locales", "boom", "tests.test_locale_packs:FOLDER")
    monkeypatch.setattr("tests.test_locale_packs.FOLDER", folder, raising=False)
    monkeypatch.setenv("CHATBOT_LOCALES", str(folder / "eo.yaml"))  # a file, not a folder
    analyzer_for.cache_clear()
    locales._load.cache_clear()
    try:
        assert "ja" in locales.available() and "eo" not in locales.available()
        problems = " | ".join(locales.problems())
        assert "failed reading levels.informal.instruction: ValueError: analyzer bug" in problems
        assert "de is already installed" in problems  # a shipped locale is never replaced
        assert "ia.yml: name it .yaml" in problems
        assert "CHATBOT_LOCALES is not a folder" in problems
    finally:
        monkeypatch.undo()
        analyzer_for.cache_clear()
        locales._load.cache_clear()


def test_locales_validate_and_show_explain_what_they_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from chatbot.cli import cli, register  # noqa: F401  (registers the locales commands)

    runner = CliRunner()
    empty = runner.invoke(cli, ["locales", "validate", str(tmp_path)])
    assert empty.exit_code == 1 and "no locale files (<code>.yaml)" in empty.output
    (tmp_path / "eo.yml").write_text(PACK_LOCALE)
    yml = runner.invoke(cli, ["locales", "validate", str(tmp_path)])
    assert yml.exit_code == 1 and "a locale file is named <code>.yaml" in yml.output

    (tmp_path / "xeo.yaml").write_text("code: xeo\nlevels: not-a-list\n")
    monkeypatch.setenv("CHATBOT_LOCALES", str(tmp_path))
    locales._load.cache_clear()
    try:
        broken = runner.invoke(cli, ["locales", "show", "xeo"])
        assert broken.exit_code != 0 and "xeo.yaml: invalid locale file" in broken.output
        misnamed = runner.invoke(cli, ["locales", "show", "eo"])  # eo.yml, not xeo's problem
        assert "eo.yml: name it .yaml" in misnamed.output and "xeo" not in misnamed.output
        assert "no locale 'xe'" in runner.invoke(cli, ["locales", "show", "xe"]).output
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()


def test_a_packs_letters_tell_its_language_apart_on_a_short_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chatbot.detect.language import detect

    among = {"eo", "de", "es"}
    (tmp_path / "eo.yaml").write_text(PACK_LOCALE, "utf-8")
    monkeypatch.setenv("CHATBOT_LOCALES", str(tmp_path))
    locales._load.cache_clear()
    try:
        assert detect("Ĉu ĝi?", among=among).method != "letters"
        (tmp_path / "eo.yaml").write_text(
            PACK_LOCALE.replace("levels:\n", 'detect:\n  letters: "ĉĝĥĵŝŭñ"\nlevels:\n', 1)
        )
        locales._load.cache_clear()
        found = detect("Ĉu ĝi?", among=among)
        assert (found.locale, found.method) == ("eo", "letters")
        # ñ is Spanish's too: a letter two locales declare names neither.
        assert detect("¿Año?", among=among).locale == "es"
        assert detect("Ñu", among={"eo", "de"}).method != "letters"
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()


def test_validate_warns_when_a_copied_locale_keeps_anothers_letters(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from chatbot.cli import cli, register  # noqa: F401  (registers the locales commands)

    copied = tmp_path / "eo.yaml"
    copied.write_text(PACK_LOCALE.replace("levels:\n", 'detect:\n  letters: "ĉß"\nlevels:\n', 1))
    out = CliRunner().invoke(cli, ["locales", "validate", str(copied)])
    assert out.exit_code == 1
    assert "warning: " in out.output and "detect.letters: ß also name de" in out.output
    assert "0 error(s), 1 warning(s) (a warning still loads" in out.output


def test_validate_warns_when_a_copied_locale_keeps_anothers_words_and_rules(
    tmp_path: Path,
) -> None:
    # Copying de.yaml for Polish, as "Add a locale" says, and changing only the
    # code: German's common words would count for neither, and its rules read German.
    from click.testing import CliRunner

    from chatbot.cli import cli, register  # noqa: F401  (registers the locales commands)

    german = (Path(locales.__file__).parent / "de.yaml").read_text("utf-8")
    copied = tmp_path / "pl.yaml"
    copied.write_text(german.replace("code: de", "code: pl", 1), "utf-8")
    out = CliRunner().invoke(cli, ["locales", "validate", str(copied)])
    assert out.exit_code == 1
    assert "detect.words: " in out.output and "also de's" in out.output
    assert "rule ids start with de. not pl." in out.output
    assert "requests.rules: ids start with de. not pl." in out.output
    assert "levels.formal: its instruction, examples and greeting are written in German (de)" in (
        out.output
    )


def test_a_locale_whose_texts_are_its_own_language_is_not_called_foreign(tmp_path: Path) -> None:
    # A shipped locale, whose texts are in its own language, gets no such warning.
    from chatbot.detect.register.selfcheck import check_locale

    de = locales.get("de")
    assert de is not None
    others = [s for c in locales.available() if (s := locales.get(c)) is not None]
    assert check_locale(de, "de.yaml", others).warnings == []
    # Esperanto has no langdetect profile: nothing to tell it by, so no warning.
    eo = locales.parse(PACK_LOCALE, str(tmp_path / "eo.yaml"))
    assert not [w for w in check_locale(eo, "eo.yaml", others).warnings if "written in" in w]


def test_validate_warns_of_a_backup_model_that_does_not_exist(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from chatbot.cli import cli, register  # noqa: F401  (registers the locales commands)

    path = tmp_path / "eo.yaml"
    path.write_text(PACK_LOCALE.replace("markers:\n", "markers:\n  backup: subword\n", 1))
    out = CliRunner().invoke(cli, ["locales", "validate", str(path)])
    assert "markers.backup: no subword model ships for eo (there are: es, id, it, pt)" in out.output


def test_a_file_named_unlike_its_code_says_both_ways_out(tmp_path: Path) -> None:
    path = tmp_path / "pl.yaml"
    path.write_text(PACK_LOCALE, "utf-8")  # code: eo
    with pytest.raises(ConfigError, match=r"set code: pl, or name the file eo\.yaml"):
        locales.load_file(path)


def test_a_pack_that_names_a_folder_without_locales_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # chatbot_pl = "chatbot_pl" (the package) where chatbot_pl.locales was meant.
    install_entry_point(monkeypatch, "chatbot.locales", "pl", "tests.test_locale_packs:FOLDER")
    monkeypatch.setattr("tests.test_locale_packs.FOLDER", tmp_path, raising=False)
    locales._load.cache_clear()
    try:
        assert f"locale pack pl: no locale files in {tmp_path}" in locales.problems()[0]
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()


def test_locales_new_scaffolds_a_file_that_loads_and_says_what_to_translate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from chatbot.cli import cli, register  # noqa: F401  (registers the locales commands)

    monkeypatch.setenv("CHATBOT_LOCALES", str(tmp_path))
    locales._load.cache_clear()
    try:
        out = CliRunner().invoke(cli, ["locales", "new", "pl", "--from", "de"])
        assert out.exit_code == 0, out.output
        made = tmp_path / "pl.yaml"
        spec = locales.load_file(made)
        assert spec.code == "pl" and spec.detect.letters == "" and spec.detect.words == []
        text = made.read_text("utf-8")
        assert "id: de." not in text and "id: pl.du" in text  # its own rule ids
        assert text.startswith("# A new locale, pl, copied from de.yaml")
        assert "tell de apart" not in text  # the source's comment on its letters goes too
        # Until translated, validate says what is left, and exits non-zero.
        check = CliRunner().invoke(cli, ["locales", "validate", str(made)])
        assert check.exit_code == 1
        assert "levels.formal: its instruction, examples and greeting are written in German" in (
            check.output
        )
        # Its rules, renamed pl.*, still read German: validate names them.
        assert "rule(s) match exactly what another locale's rule matches: pl.du (= de.du)" in (
            check.output
        )
        again = CliRunner().invoke(cli, ["locales", "new", "pl", "--from", "de"])
        assert again.exit_code != 0 and "exists" in again.output
        taken = CliRunner().invoke(cli, ["locales", "new", "de"])
        assert taken.exit_code != 0 and "installed already" in taken.output
        bad = CliRunner().invoke(cli, ["locales", "new", "Polish"])
        assert bad.exit_code != 0 and "not a locale code" in bad.output
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()


@pytest.mark.parametrize(
    "source", sorted(p.stem for p in Path(locales.__file__).parent.glob("*.yaml"))
)
def test_a_scaffold_from_any_kind_of_locale_loads_and_compiles(source: str, tmp_path: Path) -> None:
    from chatbot.detect.register.selfcheck import check_locale
    from chatbot.locales.scaffold import scaffold

    spec = locales.get(source)
    assert spec is not None
    text = (Path(locales.__file__).parent / f"{source}.yaml").read_text("utf-8")
    made = tmp_path / "xx.yaml"
    made.write_text(scaffold(text, source, spec.english, "xx", spec.analyzer), "utf-8")
    copy = locales.load_file(made)
    assert copy.code == "xx" and copy.analyzer == spec.analyzer
    # A variety (Brazilian Portuguese) is the source language's, texts and cues.
    assert not copy.varieties and "varieties" not in copy.markers
    assert check_locale(copy, str(made)).errors == []


ODD_DETECT = """\
code: qa  # a comment after the code
native: Qa
english: Qa
analyzer: rules
default_level: formal
detect:
  letters: >-
    ĉĝ
  words: [
    "ni",  # a comment with a ] in it
    "vi",
  ]
  confused_with: [es]
"""


def test_a_scaffold_drops_detection_data_however_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from chatbot.cli import cli, register  # noqa: F401  (registers the locales commands)

    source = PACK_LOCALE.replace("code: eo", "code: qa")
    rest = source[source.index("levels:") :]
    (tmp_path / "qa.yaml").write_text(ODD_DETECT + rest, "utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CHATBOT_LOCALES", ".")  # a relative folder, as a user may give it
    locales._load.cache_clear()
    try:
        assert locales.get("qa") is not None, locales.problems()
        out = CliRunner().invoke(cli, ["locales", "new", "qb", "--from", "qa"])
        assert out.exit_code == 0, out.output
        spec = locales.load_file(tmp_path / "qb.yaml")
        assert spec.code == "qb"
        assert spec.detect.letters == "" and spec.detect.words == []
        assert spec.detect.confused_with == []
    finally:
        monkeypatch.undo()
        locales._load.cache_clear()


def test_node_line_finds_a_field_as_safe_load_reads_it() -> None:
    from chatbot.yaml_errors import node_line

    text = "a: 1\nrules:\n  - id: x\n    level: one\nrules:\n  - id: y\n    level: two\n"
    assert node_line(text, ("rules", 0, "level")) == 7  # the last of duplicate keys
    assert node_line(text, ("rules", 0, "missing")) == 6  # the deepest part found
    assert node_line(text, ()) is None and node_line(text, ("nothing",)) is None
    assert node_line("a: [", ("a",)) is None  # not YAML


def test_a_key_given_twice_in_a_locale_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "eo.yaml"
    path.write_text(PACK_LOCALE.replace("levels:\n", "native: Esperanto2\nlevels:\n", 1))
    with pytest.raises(ConfigError, match=r"native: given twice \(first at line \d+\)"):
        locales.load_file(path)


def test_a_locale_files_yaml_mistakes_keep_their_hints() -> None:
    # Files load through libyaml; a mistake is told in PyYAML's words, with the hints.
    with pytest.raises(ConfigError, match="indent with spaces, not tabs"):
        locales.parse("code: eo\n\tnative: x\n", "eo.yaml")
    with pytest.raises(ConfigError, match="a text that holds ': ' must be quoted"):
        locales.parse("code: eo\nnative: a: b\n", "eo.yaml")
    with pytest.raises(ConfigError, match="starts at line 2 runs on to line 5"):
        locales.parse('code: eo\nnative: "Esper\nenglish: x\n  de: y\nfoo: "bar"\n', "eo.yaml")
