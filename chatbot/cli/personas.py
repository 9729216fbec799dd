"""``chatbot personas list|show|new|validate|render|import|export``."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click
import yaml

from chatbot import locales
from chatbot.cli import cli, printable
from chatbot.cli.options import installed_locale, persona_folder_option
from chatbot.errors import ConfigError, InputError
from chatbot.persona import cards
from chatbot.persona.lint import PLACEHOLDERS, persona_warnings
from chatbot.persona.loader import PersonaError
from chatbot.persona.registry import (
    Entry,
    PersonaRegistry,
    base_source,
    load_folder,
    load_one,
    pack_folders,
    unset_folder_note,
    user_folder,
)
from chatbot.persona.render import system_prompt
from chatbot.persona.schema import ID_PATTERN
from chatbot.plan.policy import RegisterPolicy
from chatbot.prompt.names import names_from


def _registry(folder: Path | None) -> PersonaRegistry:
    return PersonaRegistry(folder)


@cli.group()
def personas() -> None:
    """Locale personas: list, show, scaffold, validate, render, import and export cards."""


@personas.command("list")
@persona_folder_option
@click.option("--ui", default="en", show_default=True, help="Language for display names.")
def list_(folder: Path | None, ui: str) -> None:
    """Every persona, where it comes from, and its locales and registers."""
    registry = _registry(folder)
    rows = []
    for pid, entry in sorted(registry.entries().items()):
        p = entry.persona
        regs = ", ".join(f"{code}:{_policy(setup.policy)}" for code, setup in p.locales.items())
        rows.append((pid, p.display_name(locales.language(ui)), f"[{entry.source}]", regs))
    widths = [max((len(r[i]) for r in rows), default=0) for i in range(3)]
    for row in rows:
        click.echo(
            " ".join(f"{cell:<{w}}" for cell, w in zip(row, widths, strict=False)) + " " + row[3]
        )
    note = unset_folder_note(folder)
    if note:
        click.secho(f"note: {note}", fg="yellow", err=True)
    for problem in registry.problems():
        click.secho(f"skipped: {printable(problem)}", fg="yellow", err=True)


def _policy(policy: RegisterPolicy) -> str:
    """A register policy in a word: the level, or mirror and its range (mirror polite-honorific)."""
    if policy.level:
        return policy.level
    span = "-".join(filter(None, [policy.min, policy.max]))
    return f"mirror {span}" if span else "mirror"


@personas.command()
@persona_folder_option
@click.argument("persona_id")
def show(folder: Path | None, persona_id: str) -> None:
    """A persona's file, as loaded."""
    entry = _registry(folder).get(persona_id, searched=True)
    click.echo(f"# {entry.path} ({entry.source})")
    data = entry.persona.model_dump(mode="json", by_alias=True, exclude_none=True)
    click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


@personas.command()
@persona_folder_option
@click.argument("persona_id")
@click.option("--locale", help="Default: the persona's first locale.")
@click.option("--level", help="Default: the policy's level, or the locale default.")
@click.option(
    "--name",
    help="The user's name, as the UI's name field takes it (田中 太郎, Anna Müller): "
    "{name} is all of it, {surname} and {given} its parts.",
)
@click.option("--surname", help="The user's surname, for {surname} (default: from --name).")
@click.option(
    "--variety",
    help="A variety of the locale's language the reply is written in (pt.brazil), as for a "
    "user who writes it; a --locale tag may ask for one (pt-BR).",
)
def render(
    folder: Path | None,
    persona_id: str,
    locale: str | None,
    level: str | None,
    name: str | None,
    surname: str | None,
    variety: str | None,
) -> None:
    """Print the exact system prompt for a persona, locale and level."""
    variety = variety or locales.variety_for(locale)  # --locale pt-BR: pt.brazil
    code = installed_locale(locale)
    entry = _registry(folder).get(persona_id, searched=True)
    code = code or entry.persona.primary_locale
    spec = locales.get(code)
    if variety is not None and (spec is None or spec.variety(variety) is None):
        known = ", ".join(v.id for v in spec.varieties) if spec else ""
        raise InputError(
            f"--variety {variety!r} is not a variety of locale {code} ({known or 'it has none'})"
        )
    names = names_from(name, spec)
    if surname:
        names["surname"] = surname
    prompt = system_prompt(
        entry.persona, code, level, names=names, folders=entry.folders, variety=variety
    )
    click.echo(prompt, nl=False)
    setup, spec = entry.persona.locales[code], locales.get(code)
    if names and spec is not None:
        chosen = level or setup.policy.level or spec.default_for(variety)
        form = setup.address.known if setup.address else spec.level(chosen).address.known
        needed = set(re.findall(r"\{(name|surname|given)\}", form))
        if not needed <= set(names):
            how = {
                "name": "--name",
                "surname": '--surname, or a --name of two words ("Anna Müller")',
                "given": "--name",
            }
            missing = "; ".join(how[k] for k in sorted(needed - set(names)))
            click.secho(
                f"note: the form of address {form!r} needs {missing}; without it the "
                "prompt addresses the user as if the name were unknown",
                fg="yellow",
                err=True,
            )


@personas.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def validate(paths: tuple[Path, ...]) -> None:
    """Check persona files or folders; exit 1 with file:line errors.

    A greeting or example that reads outside the persona's register is a
    warning: printed, but the file is valid.
    """
    problems: list[str] = []
    entries: list[Entry] = []
    for path in paths or (user_folder(),):
        if not path.exists():
            problems.append(f"{path}: no such folder; pass persona files or folders to check")
        elif path.is_dir():
            found, bad = load_folder(path, "user")
            entries += found
            problems += bad
        else:
            try:
                entries.append(load_one(path, "user", pack_folders(path.parent)))
            except PersonaError as exc:
                problems += exc.problems
    warnings = [w for e in entries for w in persona_warnings(e.persona, e.path)]
    for problem in problems:
        click.echo(printable(problem), err=True)
    for warning in warnings:
        click.secho(f"warning: {printable(warning)}", fg="yellow", err=True)
    click.echo(f"{len(entries)} valid, {len(problems)} problem(s), {len(warnings)} warning(s)")
    if problems:
        sys.exit(1)


_TEMPLATE = """\
# A persona for {english} ({code}). Every key is checked when the file loads;
# `chatbot personas validate {id}.yaml` reports mistakes with their line.
id: {id}
name:                      # display name per UI language; en is required
  en: {title}
description:
  en: {placeholder_description}
# The role: who the assistant is and what it does. English serves every locale
# (the prompt adds the register instruction in the locale's own language), or
# write it in the persona's language. A sandboxed Jinja template over `vars`
# (plain values only); use {{{{ shop }}}}-style placeholders.
persona: >-
  You are {{{{ assistant_name }}}}, who helps customers of {{{{ shop }}}}.
vars:
  assistant_name: Alex
  shop: {placeholder_shop}
locales:
  {code}:
    # A fixed level, or `mirror: true` with optional `min`/`max` level ids.
    # Levels of {code}: {levels}
    register:
      level: {level}
    greeting: {greeting}
    examples:              # user/assistant turns written in that level
{examples}
    # How to address the user at every level ({{name}}, {{surname}}, {{given}} are
    # filled in); with mirror across levels that address differently, delete it
    # to use each level's own.
    address:
      known: "{known}"
{unknown}      ask_name: false
    avoid: []              # phrases the persona must never use
sampling:
  temperature: 0.7
model: small               # preferred preset (chatbot models list)
thinking: false            # may Qwen3 thinking be turned on?
"""


@personas.command()
@click.argument("persona_id")
@click.option("--locale", "code", required=True, help="e.g. ja, ko, de; pt-BR for Brazil's texts")
@click.option("--level", help="A level id of that locale (default: its default level).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
def new(persona_id: str, code: str, level: str | None, output: Path | None) -> None:
    """Scaffold a valid, commented persona file for a locale and level."""
    variety = locales.variety_for(code)  # pt-BR: Brazil's greeting, examples and forms
    code = installed_locale(code) or code
    spec = locales.get(code)
    assert spec is not None  # installed_locale says when it is not
    ids = [x.id for x in spec.ordered()]
    if level is not None and level not in ids:
        raise InputError(f"{level!r} is not a level of locale {code} (levels: {', '.join(ids)})")
    lv = spec.written(level or spec.default_for(variety), variety)
    examples = "\n".join(
        f"      - user: {yaml.safe_dump(e.user, allow_unicode=True).strip().removesuffix('...').strip()}\n"
        f"        assistant: {yaml.safe_dump(e.assistant, allow_unicode=True, width=10**6).strip().removesuffix('...').strip()}"
        for e in lv.examples[:2]
    )
    text = _TEMPLATE.format(
        placeholder_description=PLACEHOLDERS["description"],
        placeholder_shop=PLACEHOLDERS["shop"],
        english=spec.english,
        code=code,
        id=persona_id,
        title=persona_id.replace("-", " ").title(),
        levels=", ".join(f"{x.id} ({x.native})" for x in spec.ordered()),
        level=lv.id,
        greeting=yaml.safe_dump(
            lv.greeting or lv.examples[0].assistant, allow_unicode=True, width=10**6
        )
        .strip()
        .removesuffix("...")
        .strip(),
        examples=examples,
        known=lv.address.known,
        unknown=(
            f'      unknown: "{lv.address.unknown}"\n'
            if lv.address.unknown
            else "      # unknown: leave out for no form of address when the name is unknown\n"
        ),
    )
    target = output or Path(f"{persona_id}.yaml")
    if not re.fullmatch(ID_PATTERN, persona_id):
        raise InputError(
            f"{persona_id!r} is not a persona id: use 2 to 63 lower case letters, digits"
            " and - (e.g. ramen-shop)"
        )
    if not target.parent.is_dir():
        raise InputError(f"{target.parent}: no such folder; create it first")
    if target.name != f"{persona_id}.yaml":
        raise InputError(
            f"{target}: a persona file is named after its id; use --output {persona_id}.yaml"
            " (in any folder)"
        )
    if target.exists():
        raise InputError(f"{target} exists; choose another --output")
    target.write_text(text, "utf-8")
    try:
        load_one(target.resolve(), "user", pack_folders(target.resolve().parent))
    except PersonaError as exc:  # the scaffold must always be valid
        raise ConfigError("the scaffold did not validate:\n" + "\n".join(exc.problems)) from exc
    click.echo(f"wrote {target}; edit it, then `chatbot personas validate {target}`")


@personas.command("import")
@click.argument("card", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--locale", help="The card's language, when it cannot be detected.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The persona file to write; its name (without .yaml) becomes the persona's id.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Overwrite an existing persona file, or replace a shipped persona of the same id.",
)
@click.option(
    "--no-lorebook",
    is_flag=True,
    help="Leave out the card's character_book (a persona does not use it; it is not exported).",
)
def import_(
    card: Path, locale: str | None, output: Path | None, force: bool, no_lorebook: bool
) -> None:
    """Import a Character Card V2/V3 (.json or .png) as a persona file.

    Prints what the import decided (the register read from the card's texts,
    fields edited in another app since our export) and, as `validate` does, a
    warning for each greeting or example that reads off the persona's register.
    """
    if output is not None:
        # The registry loads a file only when its id matches its name.
        if output.suffix.lower() not in (".yaml", ".yml"):
            raise InputError(f"{output}: a persona file ends in .yaml")
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,62}", output.stem):
            raise InputError(
                f"{output}: the file name becomes the persona's id, so it must be lower case "
                "letters, digits and '-' (2 to 63 of them), e.g. -o my-card.yaml"
            )
    locale = installed_locale(locale)
    folder = output.parent if output is not None else user_folder()
    folders = pack_folders(folder)  # a template the card names may be in its prompts/
    imported = cards.import_card(card, locale=locale, folders=folders)
    persona = imported.persona
    notes = list(imported.notes)
    if no_lorebook and persona.card is not None and "character_book" in persona.card.fields:
        fields = {k: v for k, v in persona.card.fields.items() if k != "character_book"}
        persona = persona.model_copy(
            update={"card": persona.card.model_copy(update={"fields": fields})}
        )
        notes.append("character_book left out (--no-lorebook): export writes the card without it")
    if output is not None:
        persona = persona.model_copy(update={"id": output.stem})
    target = output or folder / f"{persona.id}.yaml"
    if target.exists() and not force:
        raise InputError(f"{target} exists; pass --force to overwrite it, or choose another -o")
    shipped = base_source(persona.id)
    if shipped is not None:
        # A user folder's persona overrides a shipped or pack one with its id (that is
        # how a shipped persona is adapted), and its id is the API's model name: a card
        # from anywhere must not take it over unasked.
        where = "a shipped persona" if shipped == "package" else f"in {shipped}"
        if not force:
            raise InputError(
                f"the card's persona id {persona.id!r} is also {where}, which this file "
                f"would replace wherever {target.parent} is the persona folder (and as the "
                f"API's model {persona.id!r}); pass --force to replace it, or keep both with "
                f"-o {target.with_name(f'{persona.id}-2.yaml')}"
            )
        notes.append(
            f"{persona.id!r} is also {where}: this file replaces it wherever {target.parent} "
            f"is the persona folder; to keep both, import with "
            f"-o {target.with_name(f'{persona.id}-2.yaml')}"
        )
    try:
        text = cards.persona_yaml(persona, str(target), folders)
    except cards.CardError as exc:
        raise cards.CardError(f"{card}: {exc}") from exc
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, "utf-8")
    for note in notes:
        click.echo(f"note: {printable(note)}", err=True)
    for warning in persona_warnings(persona, str(target)):
        click.secho(f"warning: {printable(warning)}", fg="yellow", err=True)
    click.echo(f"wrote {target}: persona {persona.id!r}")
    if target.parent.resolve() == user_folder().resolve():
        click.echo(f"use it: chatbot chat --persona {persona.id} (or pick it in chatbot serve)")
    else:
        click.echo(
            f"{target.parent} is not the persona folder ({user_folder()}); use it with "
            f"--personas {target.parent}, e.g. chatbot chat --personas {target.parent} "
            f"--persona {persona.id}"
        )


@personas.command("export")
@persona_folder_option
@click.argument("persona_id")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="card.png (the card inside a picture) or card.json.",
)
@click.option("--spec", type=click.Choice(["v2", "v3"]), default="v3", show_default=True)
@click.option(
    "--image",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The picture of a .png card (default: a generated one).",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def export(
    folder: Path | None,
    persona_id: str,
    output: Path,
    spec: str,
    image: Path | None,
    force: bool,
) -> None:
    """Export as a character card: .png (both V2 and V3 chunks) or .json."""
    suffix = output.suffix.lower()
    if suffix not in (".png", ".json"):
        raise InputError(
            f"{output}: a card is written as .png (a picture with the card inside) or .json; "
            f"use -o {output.with_suffix('.png')} or -o {output.with_suffix('.json')}"
        )
    if not output.parent.is_dir():
        raise InputError(f"{output.parent}: no such folder; create it first")
    if output.exists() and not force:
        # It may be the card the persona came from, whose picture an import does not keep.
        raise InputError(f"{output} exists; pass --force to overwrite it, or choose another -o")
    entry = _registry(folder).get(persona_id, searched=True)
    if suffix == ".png":
        cards.export_png(entry.persona, output, image, folders=entry.folders)
    else:
        if image is not None:
            raise InputError("--image is for a .png card; a .json card has no picture")
        chosen: cards.Spec = "chara_card_v2" if spec == "v2" else "chara_card_v3"
        cards.export_json(entry.persona, output, chosen, folders=entry.folders)
    click.echo(f"wrote {output}")


__all__ = ["PersonaError", "personas"]
