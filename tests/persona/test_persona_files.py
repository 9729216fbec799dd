"""Persona files: strict schema, file:line errors, sandboxing, precedence, hot reload."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from chatbot import locales
from chatbot.errors import ConfigError
from chatbot.persona.loader import PersonaError, parse
from chatbot.persona.registry import PersonaRegistry, load_one, pack_folders
from chatbot.persona.render import system_prompt
from tests.conftest import install_entry_point

GOOD = """\
id: {id}
name:
  en: Test shop
persona: You are {{{{ who }}}} of {{{{ shop }}}}.
vars:
  who: the clerk
  shop: Test Shop
locales:
  ja:
    register: {{level: honorific}}
    greeting: いらっしゃいませ。本日はどのようなご用件でございましょうか。
    address: {{known: "{{surname}}様", unknown: お客様, ask_name: true}}
    avoid: [了解しました]
  de:
    register: {{mirror: true, min: formal}}
    greeting: Guten Tag! Wie kann ich Ihnen helfen?
"""


def write(folder: Path, pid: str, text: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{pid}.yaml"
    path.write_text(text if text is not None else GOOD.format(id=pid), "utf-8")
    return path


def test_a_valid_persona_renders_its_system_prompt(tmp_path: Path) -> None:
    entry = load_one(write(tmp_path, "shop"), "user")
    prompt = system_prompt(entry.persona, "ja", names={"surname": "田中"})
    assert prompt.startswith("You are the clerk of Test Shop.")
    assert "敬語" in prompt and 'Address the user as "田中様".' in prompt
    assert "- 了解しました" in prompt
    unknown = system_prompt(entry.persona, "ja")
    assert '"お客様"' in unknown and "ask for their name" in unknown
    assert "Sie" in system_prompt(entry.persona, "de")
    with pytest.raises(ConfigError, match="allows formal in de, not 'informal'"):
        system_prompt(entry.persona, "de", "informal")


@pytest.mark.parametrize(
    ("mutation", "line", "message"),
    [
        (
            ("  en: Test shop", "  en: Test shop\ncolour: red"),
            4,
            "colour: Extra inputs are not permitted",
        ),
        (("{level: honorific}", "{level: keigo}"), 10, "level 'keigo' is not a level of locale ja"),
        (
            ("    register: {level: honorific}\n", ""),
            9,
            "register: Field required",
        ),
        (("  de:", "  xx:"), 14, "locales.xx: no such locale"),
        (("  en: Test shop", "  ja: 店"), 2, "English name"),
        (("{{ who }}", "{{ nobody }}"), 4, "'nobody' is undefined"),
        (
            ("    greeting:", "    greting:"),
            11,
            "greting: Extra inputs are not permitted: no such field; did you mean 'greeting'?",
        ),
        (("  en: Test shop", "  en: yes"), 3, "(YAML read this as True; put the text in quotes)"),
        (
            ("  en: Test shop", "  en: Test shop\ntemprature: 0.5"),
            4,
            "did you mean 'sampling.temperature' (it belongs under 'sampling')?",
        ),
        (('"{surname}様"', '"{surnmae}様"'), 12, "unknown placeholder {surnmae}; use {name}"),
        (
            ("  who: the clerk", "  who: the clerk\n  who: a clerk"),
            7,
            "given twice (first at line 6)",
        ),
        # Patterns are said in words, never as the regex.
        (
            ("id: shop", "id: Something_Else"),
            1,
            "id: 'Something_Else' is not a persona id: use lower-case letters, digits and -, "
            "2 to 63 characters, starting with a letter or digit",
        ),
        (
            ("persona: You are {{ who }} of {{ shop }}.", "template: ../../etc/passwd"),
            4,
            "template: '../../etc/passwd' is not a template: give a file name in prompts/ "
            "ending in .j2, without folders",
        ),
        # A name is a line of a list, not a text; a description has an English one too.
        (
            ("  en: Test shop", "  en: " + "S" * 200_000),
            3,
            "name.en: String should have at most 100 characters (it has 200000); shorten it",
        ),
        (
            ("  en: Test shop", "  en: Test shop\ndescription:\n  pt: Uma loja."),
            4,
            "description: give an English description too (key 'en'), or leave description out",
        ),
        (
            ("  en: Test shop", "  en: Test shop\n  xx: Foo"),
            4,
            "name.xx: 'xx' is not the language code of an installed locale; use one of de, en,",
        ),
        (
            ("  en: Test shop", "  en: Test shop\n  pt-BR: Loja"),
            4,
            "name.pt-BR: 'pt-BR' is not the language code of an installed locale; did you "
            "mean 'pt'?",
        ),
        (("    avoid: [了解しました]", "    avoid: [" + "了" * 401 + "]"), 13, "at most 400"),
    ],
)
def test_mistakes_name_file_line_and_field(
    tmp_path: Path, mutation: tuple[str, str], line: int, message: str
) -> None:
    text = GOOD.format(id="shop").replace(*mutation)
    path = write(tmp_path, "shop", text)
    with pytest.raises(PersonaError) as err:
        load_one(path, "user")
    problem = next(p for p in err.value.problems if message in p)
    assert problem.startswith(f"{path}:{line}:"), err.value.problems


def test_broken_yaml_reports_its_line() -> None:
    with pytest.raises(PersonaError, match=r"^p.yaml:4: not valid YAML") as err:
        parse("id: x\nname:\n  en: [unclosed\n", "p.yaml")
    assert err.value.problems == [
        "p.yaml:4: not valid YAML: expected ',' or ']', but got '<stream end>' "
        "(while parsing a flow sequence, line 3)"
    ]
    with pytest.raises(PersonaError) as err:
        parse("id: x\nname:\n\ten: X\n", "p.yaml")
    assert err.value.problems[0].startswith("p.yaml:3: not valid YAML: found character")
    assert err.value.problems[0].endswith("indent with spaces, not tabs")


def test_a_quote_left_open_is_named_where_it_opened() -> None:
    # The open quote takes the lines below into its text, up to the next quote, and
    # PyYAML stumbles there: the error names the line the quoted text started on.
    text = GOOD.format(id="shop").replace("  en: Test shop", '  en: Test shop\n  de: "Laden')
    with pytest.raises(PersonaError) as err:
        parse(text, "p.yaml")
    (problem,) = err.value.problems
    assert problem.startswith("p.yaml:13: not valid YAML: mapping values are not allowed here")
    assert problem.endswith(
        "; the quoted text that starts at line 4 runs on to line 13: is its closing quote missing?"
    )
    # A text quoted over two lines on purpose is not blamed for an error after it.
    two_lines = GOOD.format(id="shop").replace(
        "    greeting: Guten Tag! Wie kann ich Ihnen helfen?",
        '    greeting: "Guten Tag!\n      Wie kann ich helfen?"\n    avoid: Na: los',
    )
    with pytest.raises(PersonaError) as err:
        parse(two_lines, "p.yaml")
    # There the unquoted ": " is the cause, and the message says how to fix either cause.
    assert err.value.problems == [
        "p.yaml:18: not valid YAML: mapping values are not allowed here; a text that holds "
        "': ' must be quoted (\"…\"), and a key must be indented as far as the keys beside it"
    ]


def test_yaml_aliases_are_refused() -> None:
    laughs = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nid: x\n"
    with pytest.raises(PersonaError) as err:
        parse(laughs, "p.yaml")
    assert err.value.problems == [
        "p.yaml:2: YAML aliases (*a) are not allowed in persona files; write the value out"
    ]


def test_a_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes("id: latin\nname:\n  en: Café\n".encode("latin-1"))
    with pytest.raises(PersonaError) as err:
        load_one(path, "user")
    assert err.value.problems == [f"{path}:3: not UTF-8 text (byte 0xe9); save the file as UTF-8"]


@pytest.mark.parametrize(
    "attack",
    [
        "\"{{ 'x' * 10**9 }}\"",
        '"{% set n = 9 ** 64 %}{% for i in range(9) %}{% set n = n * n %}{% endfor %}{{ n ** 9999 }}"',
        "\"{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}\"",
        # CPU: loops nested three deep, a huge range, macros that recurse in a tree
        '"{% for a in who %}{% for b in who %}{% for c in who %}{% endfor %}{% endfor %}'
        '{% endfor %}"',
        '"{% for a in range(10**8) %}{% endfor %}"',
        '"{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}"',
        '"{% macro f(n) %}{% if n < 40 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}'
        '{{ f(0) }}"',
        # Loops with no call in them: the deadline is checked inside every loop.
        "\"{% set s = 'x' * 100000 %}{% for i in s %}{% for j in s %}{% endfor %}{% endfor %}\"",
        # Growth through methods, filters, formatting, concatenation and nested lists.
        "\"{{ 'x'.ljust(50000000) | length }}\"",
        "\"{{ ('ab' * 1000).replace('a', 'a' * 100000) | length }}\"",
        "\"{{ ('ab' * 1000) | replace('a', 'a' * 100000) | length }}\"",
        "\"{{ ('%050000000d' % 1) | length }}\"",
        "\"{{ '{:>50000000}'.format(1) | length }}\"",
        "\"{{ (['a'] * 100000) | join('b' * 100000) }}\"",
        "\"{% set ns = namespace(s='ab') %}{% for i in range(40) %}"
        '{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}"',
        '"{{ [[1] * 100000] * 100000 }}"',
        '"{% set a = [1] * 100000 %}{{ [a, a, a, a] }}"',
    ],
)
def test_a_persona_cannot_exhaust_memory_or_time_when_it_renders(
    tmp_path: Path, attack: str
) -> None:
    text = GOOD.format(id="big").replace("You are {{ who }} of {{ shop }}.", attack)
    with pytest.raises(PersonaError) as err:
        load_one(write(tmp_path, "big", text), "user")
    assert any(k in err.value.problems[0] for k in ("SecurityError", "loops nest 3 deep"))


def test_a_persona_whose_template_raises_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    text = GOOD.format(id="zero").replace("You are {{ who }} of {{ shop }}.", '"{{ 1 // 0 }}"')
    write(tmp_path, "zero", text)
    registry = PersonaRegistry(tmp_path, entry_points=False)
    assert "en-neutral-assistant" in registry.entries()  # the others load
    assert any("ZeroDivisionError" in p for p in registry.problems())


def test_a_template_error_names_the_line_of_its_expression(tmp_path: Path) -> None:
    # In a literal block the persona text's lines are the file's: the error points there.
    block = "persona: |-\n  You are {{ who }}.\n  Open: {{ hours.weekdays }}.\n"
    text = GOOD.format(id="hours").replace("persona: You are {{ who }} of {{ shop }}.\n", block)
    path = write(tmp_path, "hours", text)
    with pytest.raises(PersonaError) as err:
        load_one(path, "user")
    (problem,) = err.value.problems
    file_line = path.read_text("utf-8").splitlines().index("  Open: {{ hours.weekdays }}.") + 1
    assert problem.startswith(f"{path}:{file_line}: persona: ")
    assert "(persona text), line 2: UndefinedError: 'hours' is undefined" in problem
    assert "add hours under vars:, or correct its name" in problem  # and the vars it has
    assert "(defined: shop, who)" in problem
    # A folded text's lines are not the file's: the key's line, and the text's line.
    folded = GOOD.format(id="fold").replace(
        "persona: You are {{ who }} of {{ shop }}.\n", "persona: >-\n  You are\n  {% if who %}\n"
    )
    path = write(tmp_path, "fold", folded)
    with pytest.raises(PersonaError) as err:
        load_one(path, "user")
    key_line = path.read_text("utf-8").splitlines().index("persona: >-") + 1
    assert err.value.problems[0].startswith(f"{path}:{key_line}: persona: ")
    assert "(persona text), line 1: TemplateSyntaxError: " in err.value.problems[0]


def test_an_included_templates_error_names_that_file_and_line() -> None:
    from chatbot.prompt.build import TemplateProblem, render_template

    with pytest.raises(TemplateProblem) as err:
        render_template("mine", {}, source='Hi.\n{% include "system.j2" %}')
    assert str(err.value).startswith("prompt template mine (in system.j2, line ")
    assert err.value.file == "system.j2" and err.value.line


@pytest.mark.parametrize(
    "attack",
    [
        "persona: \"{{ ''.__class__.__mro__[1].__subclasses__() }}\"",
        'persona: "{{ who.__class__.__init__.__globals__ }}"',
        "persona: \"{% include '/etc/passwd' %}\"",
        "persona: \"{% include '../../../etc/hostname.j2' %}\"",
        "persona: \"{% import 'x.py' as x %}\"",
    ],
)
def test_template_injection_fails_at_load_time(tmp_path: Path, attack: str) -> None:
    text = GOOD.format(id="evil").replace("persona: You are {{ who }} of {{ shop }}.", attack)
    with pytest.raises(PersonaError) as err:
        load_one(write(tmp_path, "evil", text), "user")
    assert any("SecurityError" in p or "TemplateNotFound" in p for p in err.value.problems)


@pytest.mark.parametrize(
    "line",
    [
        "enforce_register: false",
        "register_retries: 0",
        "sandbox: false",
        "max_message_chars: 100000000",
        "template: ../../secrets.j2",
    ],
)
def test_a_persona_cannot_switch_off_safety_or_reach_outside_its_pack(
    tmp_path: Path, line: str
) -> None:
    with pytest.raises(PersonaError):
        load_one(write(tmp_path, "shop", GOOD.format(id="shop") + line + "\n"), "user")


def test_a_pack_template_comes_from_the_pack_only(tmp_path: Path) -> None:
    (tmp_path / "prompts").mkdir()
    (tmp_path / "prompts" / "role.j2").write_text("I am {{ who }} ({{ shop }}).")
    text = GOOD.format(id="packed").replace(
        "persona: You are {{ who }} of {{ shop }}.", "template: role.j2"
    )
    entry = load_one(write(tmp_path, "packed", text), "user", pack_folders(tmp_path))
    assert system_prompt(entry.persona, "ja", folders=entry.folders).startswith(
        "I am the clerk (Test Shop)."
    )


def test_user_folder_overrides_packs_and_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "pack"
    write(pack, "pack-only")
    write(pack, "shared", GOOD.format(id="shared").replace("Test shop", "From the pack"))
    user = tmp_path / "user"
    write(user, "shared", GOOD.format(id="shared").replace("Test shop", "From the user"))
    install_entry_point(monkeypatch, "chatbot.personas", "demo", "tests.persona.pack_module:FOLDER")
    monkeypatch.setenv("TEST_PERSONA_PACK", str(pack))
    registry = PersonaRegistry(user)
    entries = registry.entries()
    assert entries["pack-only"].source == "pack:demo"
    assert entries["shared"].source == "user"
    assert entries["shared"].persona.name["en"] == "From the user"


def test_hot_reload_picks_up_new_and_changed_files_and_skips_broken_ones(tmp_path: Path) -> None:
    registry = PersonaRegistry(tmp_path, entry_points=False)
    shipped = set(registry.entries())
    write(tmp_path, "fresh")
    assert "fresh" in registry.entries()
    path = write(tmp_path, "fresh", GOOD.format(id="fresh").replace("Test shop", "Renamed"))
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    assert registry.get("fresh").persona.name["en"] == "Renamed"
    write(tmp_path, "broken", "id: broken\nname: {en: B}\n")
    entries = registry.entries()
    assert "fresh" in entries and "broken" not in entries and shipped <= set(entries)
    assert any("broken.yaml" in p for p in registry.problems())


def test_a_file_broken_while_it_is_edited_keeps_its_last_good_version(tmp_path: Path) -> None:
    registry = PersonaRegistry(tmp_path, entry_points=False)
    path = write(tmp_path, "shop")
    assert registry.get("shop").persona.name["en"] == "Test shop"
    path.write_text(GOOD.format(id="shop").replace("persona:", "persona: [", 1), "utf-8")
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    # Mid-edit, the persona stays (the UI and the API still serve it) and the file is named.
    assert registry.get("shop").persona.name["en"] == "Test shop"
    problems = "\n".join(registry.problems())
    assert "shop.yaml" in problems and "the last version that loaded is used" in problems
    write(tmp_path, "shop", GOOD.format(id="shop").replace("Test shop", "Fixed"))
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 2 * 10**9))
    assert registry.get("shop").persona.name["en"] == "Fixed"
    assert not registry.problems()
    path.unlink()  # a file taken away takes its persona with it
    assert "shop" not in registry.entries()


def test_a_file_broken_while_a_server_runs_is_reported_once(tmp_path: Path) -> None:
    heard: list[str] = []
    registry = PersonaRegistry(tmp_path, entry_points=False, report=heard.append)
    registry.entries()
    assert heard == []
    write(tmp_path, "broken", "id: broken\nname: {en: B}\n")
    registry.entries()
    assert len(heard) == 1 and "broken.yaml" in heard[0]
    write(tmp_path, "fresh")
    registry.entries()  # the folder changed; the same problem is not said again
    assert len(heard) == 1


def test_hot_reload_follows_the_user_folders_templates(tmp_path: Path) -> None:
    (tmp_path / "prompts").mkdir()
    role = tmp_path / "prompts" / "role.j2"
    role.write_text("I am {{ who }}.")
    text = GOOD.format(id="packed").replace(
        "persona: You are {{ who }} of {{ shop }}.", "template: role.j2"
    )
    write(tmp_path, "packed", text)
    registry = PersonaRegistry(tmp_path, entry_points=False)

    def first_line() -> str:
        entry = registry.get("packed")
        return system_prompt(entry.persona, "ja", folders=entry.folders).splitlines()[0]

    assert first_line() == "I am the clerk."
    role.write_text("I work at {{ shop }}.")
    assert first_line() == "I work at Test Shop."
    role.write_text("I am {{ nobody }}.")  # broken: reported and skipped, not kept stale
    assert "packed" not in registry.entries()
    assert any("'nobody' is undefined" in p for p in registry.problems())
    role.write_bytes("I am {{ who }}, café.".encode("latin-1"))  # not UTF-8: a problem, no crash
    assert "packed" not in registry.entries()
    assert any("cannot read it as UTF-8" in p for p in registry.problems())


def test_two_files_with_one_id_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "twice")
    (tmp_path / "twice.yml").write_text(GOOD.format(id="twice").replace("Test shop", "Other"))
    registry = PersonaRegistry(tmp_path, entry_points=False)
    assert registry.get("twice").persona.name["en"] == "Test shop"
    assert any(
        "twice.yml:1: id 'twice' is already defined by twice.yaml" in p for p in registry.problems()
    )


def test_an_unknown_persona_names_the_folder_searched_only_when_asked(tmp_path: Path) -> None:
    # The command line names the folder; the UI, which shows the error to its users, does not.
    gone = tmp_path / "gone"
    registry = PersonaRegistry(gone, entry_points=False)
    with pytest.raises(ConfigError) as err:
        registry.get("nobody")
    assert str(err.value).startswith("no persona 'nobody'; known: de-support-agent, ")
    with pytest.raises(ConfigError) as err:
        registry.get("nobody", searched=True)
    assert str(err.value).startswith(
        f"no persona 'nobody' in {gone} (no such folder) or among the shipped personas and "
        "installed packs; known: de-support-agent, "
    )


def test_every_shipped_persona_loads_and_renders_for_each_locale(tmp_path: Path) -> None:
    registry = PersonaRegistry(tmp_path, entry_points=False)
    assert registry.problems() == []
    shipped = {pid: e for pid, e in registry.entries().items() if e.source == "package"}
    assert len(shipped) >= 12
    for entry in shipped.values():
        for code, setup in entry.persona.locales.items():
            spec = locales.get(code)
            assert spec is not None
            prompts = []
            for level in setup.policy.allowed(spec):
                prompt = system_prompt(entry.persona, code, level, folders=entry.folders)
                assert spec.level(level).instruction.strip() in prompt
                prompts.append(prompt)
            # Each example reaches the prompt of the level it is written in.
            for ex in setup.examples:
                assert any(ex.assistant.strip() in p for p in prompts), ex.assistant


@pytest.mark.parametrize(
    "nested", ["[" * 5000 + "]" * 5000, "{a: " * 3000 + "}" * 3000, "[" * 250_000]
)
def test_deeply_nested_yaml_is_a_problem_not_a_crash(tmp_path: Path, nested: str) -> None:
    started = time.monotonic()
    with pytest.raises(PersonaError, match="nest too deeply"):
        parse(f"id: deep\nx: {nested}\n", "deep.yaml")
    assert time.monotonic() - started < 1  # PyYAML's scanner took 27 s on 100,000 "["
    # Dropped into the hot-reloaded user folder, it is skipped; the server keeps serving.
    registry = PersonaRegistry(tmp_path, entry_points=False)
    write(tmp_path, "deep", f"id: deep\nx: {nested}\n")
    write(tmp_path, "fine")
    assert "fine" in registry.entries() and "deep" not in registry.entries()
    assert any("deep.yaml:2: not valid YAML" in p for p in registry.problems())


def test_control_characters_in_persona_text_are_refused() -> None:
    # ESC sequences in a name or greeting would drive the terminal that lists or greets.
    escaped = GOOD.format(id="esc").replace("en: Test shop", 'en: "Shop\\e]0;owned\\a\\e[2J"')
    with pytest.raises(PersonaError, match=r"name\.en: holds a control character"):
        parse(escaped, "esc.yaml")
    greeting = GOOD.format(id="esc").replace(
        "Guten Tag! Wie kann ich Ihnen helfen?", '"Guten\\e[31m Tag!"'
    )
    with pytest.raises(PersonaError, match="greeting: holds a control character"):
        parse(greeting, "esc.yaml")
    multiline = GOOD.format(id="ok").replace(
        "Guten Tag! Wie kann ich Ihnen helfen?", '"Guten\\tTag!\\r\\nWie?"'
    )
    assert parse(multiline, "ok.yaml").locales["de"].greeting.startswith("Guten\tTag!")


def test_a_card_macro_is_one_name_in_the_whole_prompt(tmp_path: Path) -> None:
    # {{char}} in vars and in the examples is the persona's name in the reply's locale.
    text = (
        GOOD.format(id="shop")
        .replace("name:\n  en: Test shop", "name:\n  en: Clerk (Test)\n  ja: 花子")
        .replace("  who: the clerk", '  who: "{{char}}"')
    )
    assert "花子" in text and "{{char}}" in text
    entry = load_one(write(tmp_path, "shop", text), "user")
    prompt = system_prompt(entry.persona, "ja")
    assert prompt.startswith("You are 花子 of Test Shop.")
    assert "Clerk (Test)" not in prompt


def test_a_card_macro_written_in_the_persona_text_says_where_it_belongs(tmp_path: Path) -> None:
    text = GOOD.format(id="shop").replace("{{ who }}", "{{char}}")
    with pytest.raises(PersonaError, match=r"character-card macro, filled in vars values only"):
        load_one(write(tmp_path, "shop", text), "user")


def test_validate_names_alternate_greetings_off_register_and_avoided_phrases(
    tmp_path: Path,
) -> None:
    from chatbot.persona.lint import persona_warnings

    text = GOOD.format(id="shop").replace(
        "    greeting: いらっしゃいませ。本日はどのようなご用件でございましょうか。\n",
        "    greeting: 了解しました。本日はどのようなご用件でございましょうか。\n"
        "    alternate_greetings: [やあ、元気？何でも聞いてね！]\n",
    )
    entry = load_one(write(tmp_path, "shop", text), "user")
    warnings = "\n".join(persona_warnings(entry.persona, "shop.yaml"))
    assert 'locales.ja.greeting uses "了解しました", which the persona avoids' in warnings
    assert "locales.ja.alternate_greetings.0 reads as casual" in warnings


def test_an_oversized_file_is_refused_before_it_is_read_whole(tmp_path: Path) -> None:
    path = write(tmp_path, "big", GOOD.format(id="big") + "#" * (300 * 1024))
    with pytest.raises(PersonaError, match="larger than 256 KiB"):
        load_one(path, "user")


def test_an_id_that_is_not_the_file_name_is_named_on_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "shop", "# a comment\n\n" + GOOD.format(id="other"))
    with pytest.raises(PersonaError) as err:
        load_one(path, "user")
    assert err.value.problems == [f"{path}:3: id 'other' must match the file name (shop)"]
