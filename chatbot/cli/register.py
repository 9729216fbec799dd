"""``chatbot register read|classify|eval``, ``chatbot locales list|show|validate``, ``chatbot eval adherence``."""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import click

from chatbot import locales as locale_registry
from chatbot.cli import cli, printable
from chatbot.cli.options import engine_options, installed_locale, settings_from
from chatbot.detect.register.evaluate import classify as classify_rows
from chatbot.detect.register.evaluate import evaluate
from chatbot.detect.register.selfcheck import check_locale, describe
from chatbot.errors import ConfigError, InputError


def _rows(lines: Any, source: str) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}:{number}: not JSON: {exc}") from exc
        if not isinstance(row, dict) or "text" not in row or "lang" not in row:
            raise InputError(f"{source}:{number}: each row needs 'text' and 'lang'")
        wrong = [k for k in ("text", "lang") if not isinstance(row[k], str)]
        if wrong:
            raise InputError(
                f"{source}:{number}: {' and '.join(repr(k) for k in wrong)} must be a string, "
                f"not {', '.join(json.dumps(row[k]) for k in wrong)}"
            )
        rows.append(row)
    return rows


@cli.group()
def register() -> None:
    """Read the register (formality, speech level, keigo) of texts."""


@register.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--locale", "code", help="Read as this locale (default: the detected language).")
def read(text: tuple[str, ...], code: str | None) -> None:
    """One text's register with its evidence: what a persona author checks a line with.

    \b
    chatbot register read "お客様が参ります。"
    chatbot register read --locale de "Kannst du mir helfen?"
    """
    from chatbot.detect.language import detect
    from chatbot.detect.register import analyze

    joined = " ".join(text)
    if code is None:
        found = detect(joined)
        if found.locale is None or locale_registry.get(found.locale) is None:
            raise InputError(
                f"cannot tell which locale this is (read as {found.locale!r}); "
                f"pass --locale ({', '.join(locale_registry.available())})"
            )
        code = found.locale
    code = installed_locale(code) or code
    spec = locale_registry.get(code)
    assert spec is not None  # installed_locale says when it is not
    reading = analyze(joined, code)
    if reading.level is None:
        click.echo(f"{code}: unknown ({reading.reason})")
        return
    level = spec.level(reading.level)
    click.echo(
        f"{code}: {level.native} [{level.id}], {reading.formality}, "
        f"confidence {reading.confidence:.2f}"
    )
    if reading.keigo:
        click.echo(f"  keigo: {', '.join(reading.keigo)}")
    for e in reading.evidence:
        click.echo(f"  {e.surface} → {e.level}  ({e.rule}, {e.weight:+g})  [{e.start}:{e.end}]")
    for m in reading.misuses:
        click.secho(f"  ⚠ {m.surface}: {m.message}  ({m.rule})", fg="yellow")
        if m.native:
            click.secho(f"    {m.native}", fg="yellow")
    if reading.reason:
        click.echo(f"  note: {reading.reason}")


@register.command()
def classify() -> None:
    """JSONL rows with text and lang on stdin; the same rows with the reading on stdout.

    One line out for each line in, as it comes. A line that is not a row
    with text and lang comes out as ``{"error": ..., "line": N}`` (and is named
    on stderr); the others are read all the same, and the exit status is 1.
    """
    bad = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            (row,) = _rows([line], "stdin")
        except InputError as exc:
            bad += 1
            message = str(exc).replace("stdin:1:", f"stdin:{number}:", 1)
            click.echo(printable(message), err=True)
            click.echo(json.dumps({"error": message, "line": number}, ensure_ascii=False))
            continue
        for out in classify_rows([row]):
            click.echo(json.dumps(out, ensure_ascii=False))
    if bad:
        click.echo(f"{bad} line(s) could not be read", err=True)
        sys.exit(1)


@register.command("eval")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", help="Only these languages, comma-separated.")
@click.option("--misses", is_flag=True, help="Also print each misread row with its reading.")
def eval_(path: Path, lang: str | None, misses: bool) -> None:
    """Accuracy per (source, lang) of labelled JSONL rows (text, lang, label).

    Rows may carry ``source`` (a column of the table) and ``pair_id`` (the
    formal and informal versions of one sentence share it; pair accuracy is
    the share of pairs whose formal member reads more formal).
    """
    with path.open(encoding="utf-8") as fh:
        rows = _rows(fh, str(path))
    if lang:
        wanted = set(lang.split(","))
        rows = [r for r in rows if r["lang"] in wanted]
    missing = [i for i, r in enumerate(rows, 1) if r.get("label") not in ("formal", "informal")]
    if missing:
        raise InputError(f"{path}: row {missing[0]} has no label formal|informal")
    report = evaluate(rows)
    click.echo(report.table())
    if misses:
        for row, reading in report.errors:
            click.echo(
                f"{row['label']:<8} read {printable(describe(reading))}\n"
                f"         {printable(str(row['text']))}"
            )


@cli.group()
def locales() -> None:
    """Locales and their register levels."""


@locales.command("list")
def locales_list() -> None:
    """Every locale and its levels, least formal first."""
    specs = [s for s in map(locale_registry.get, locale_registry.available()) if s is not None]
    width = max((_columns(s.native) for s in specs), default=0)
    for spec in specs:
        levels = " < ".join(f"{lv.native} [{lv.id}]" for lv in spec.ordered())
        pad = " " * (width - _columns(spec.native))
        click.echo(f"{spec.code:<3} {spec.native}{pad}  {levels}")
    for problem in locale_registry.problems():
        click.secho(f"skipped: {printable(problem)}", fg="yellow", err=True)


@locales.command("show")
@click.argument("code")
def locales_show(code: str) -> None:
    """One locale's levels: names, instruction, address forms, examples."""
    spec = locale_registry.get(code)
    if spec is None:
        raise InputError(_no_locale(code))
    click.echo(
        f"{spec.native} ({spec.english}), analyzer {spec.analyzer}, default {spec.default_level}"
    )
    for lv in spec.ordered():
        click.echo(f"\n[{lv.id}] {lv.native} — {lv.english} ({lv.formality})")
        click.echo(f"  {lv.description.strip()}")
        click.echo(f"  instruction: {lv.instruction.strip()}")
        click.echo(f"  address: {lv.address.known} / {lv.address.unknown or '(none)'}")
        for ex in lv.examples:
            click.echo(f"  > {ex.user}\n  < {ex.assistant}")


@locales.command("new")
@click.argument("code")
@click.option("--from", "source", default="en", show_default=True, help="The locale to copy.")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write it (default: the user's locale folder).",
)
def locales_new(code: str, source: str, output: Path | None) -> None:
    """Scaffold locale CODE from an installed one, as a file that loads and says what to
    translate."""
    from chatbot.locales.scaffold import scaffold

    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise InputError(f"{code!r} is not a locale code: use 2 or 3 lower case letters (pl, tr)")
    if locale_registry.get(code) is not None:
        raise InputError(
            f"locale {code} is installed already ({locale_registry.source(code)}); "
            f"`chatbot locales show {code}` shows it"
        )
    spec = locale_registry.get(source)
    text = locale_registry.source_text(source)
    if spec is None or text is None:
        raise InputError(_no_locale(source))
    folder = locale_registry.user_folder()
    target = output or (folder / f"{code}.yaml" if folder is not None else Path(f"{code}.yaml"))
    if target.name != f"{code}.yaml":
        raise InputError(f"{target}: a locale file is named after its code; use {code}.yaml")
    if target.exists():
        raise InputError(f"{target} exists; edit it, or choose another --output")
    draft = scaffold(text, source, spec.english, code, spec.analyzer)
    try:  # checked before it is written: a draft that does not load is never left behind
        made = locale_registry.parse(draft, str(target))
    except ConfigError as exc:
        raise ConfigError(f"cannot draft {code} from {source}: {exc}") from exc
    if made.code != code:
        raise ConfigError(f"cannot draft {code} from {source}: its code line was not found")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(draft, "utf-8")
    click.echo(
        f"wrote {target} (from {source}); translate it as its header says, then "
        f"`chatbot locales validate {target}`"
    )


def _columns(text: str) -> int:
    """Terminal columns: CJK characters take two, combining marks none."""
    return sum(
        0
        if unicodedata.combining(c) or unicodedata.category(c) == "Mn"
        else 2
        if unicodedata.east_asian_width(c) in "WF"
        else 1
        for c in text
    )


def _no_locale(code: str) -> str:
    """Why ``code`` is not a locale: unknown, or a pack file that was skipped."""
    named = re.compile(rf"(?<![\w.-]){re.escape(code)}\.ya?ml\b")
    why = [p for p in locale_registry.problems() if named.search(p)]
    known = ", ".join(locale_registry.available())
    return "; ".join(why) if why else f"no locale {code!r}; known: {known}"


@locales.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def locales_validate(paths: tuple[Path, ...]) -> None:
    """Check locale files or folders (default: every installed locale); exit 1 on any finding.

    Beyond the schema, each file's marker rules are compiled by its analyzer,
    and its instructions and examples must read as the level they illustrate.
    An error keeps the locale from loading; a warning (an example read as
    another level, detection letters another locale declares) lets it load,
    but it will teach or detect wrongly until fixed.
    """
    problems: list[str] = []
    specs: list[tuple[locale_registry.LocaleSpec, str]] = []
    if paths:
        files: list[Path] = []
        for p in paths:
            inside = sorted(p.glob("*.y*ml")) if p.is_dir() else [p]
            if not inside:
                problems.append(f"{p}: no locale files (<code>.yaml) in this folder")
            files += inside
        for f in files:
            if f.suffix != ".yaml":
                problems.append(f"{f}: a locale file is named <code>.yaml")
                continue
            try:
                specs.append((locale_registry.load_file(f), str(f)))
            except (ConfigError, OSError, UnicodeDecodeError) as exc:
                problems.append(str(exc))
    else:
        problems += locale_registry.problems()
        for code in locale_registry.available():
            found = locale_registry.get(code)
            assert found is not None
            specs.append((found, locale_registry.source(code) or f"{code}.yaml"))
    installed = [s for s in map(locale_registry.get, locale_registry.available()) if s]
    warnings: list[str] = []
    if paths:
        problems += [why for spec, source in specs if (why := _replaces(spec, source))]
    for spec, source in specs:
        check = check_locale(spec, source, installed)
        problems += check.errors
        warnings += check.warnings
    for problem in problems:
        click.echo("error: " + printable(problem), err=True)
    for warning in warnings:
        click.echo("warning: " + printable(warning), err=True)
    click.echo(
        f"{len(specs)} locale(s) read, {len(problems)} error(s), {len(warnings)} warning(s)"
        + (" (a warning still loads, but teaches or detects wrongly)" if warnings else "")
    )
    if problems or warnings:
        sys.exit(1)


def _replaces(spec: locale_registry.LocaleSpec, source: str) -> str:
    """Why a file cannot load: it declares a locale already installed from another file.

    Ours load first and a pack or user file cannot replace one (``locales
    list`` skips it as already installed), so the file would never be used.
    """
    if locale_registry.get(spec.code) is None:
        return ""
    where = locale_registry.source(spec.code) or f"{spec.code}.yaml"
    loaded = (
        Path(where) if os.sep in where else Path(str(resources.files("chatbot.locales") / where))
    )
    if loaded.resolve() == Path(source).resolve():
        return ""  # the installed file itself
    return (
        f"{source}: locale {spec.code!r} is already installed (from {where}) and cannot be "
        f"replaced, so this file is skipped when locales load; give it a code of its own, or "
        f"remove it"
    )


@cli.group("eval")
def eval_group() -> None:
    """Evaluations that run the chat pipeline."""


@eval_group.command("adherence")
@engine_options
@click.option("--locales", "codes", help="Comma-separated locales (default: all shipped sets).")
@click.option("--limit", type=int, help="At most this many messages per locale.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def adherence(codes: str | None, limit: int | None, as_json: bool, **kwargs: Any) -> None:
    """Share of replies on target, with and without the register layer."""
    from chatbot.check.adherence_eval import available_sets, run_locale
    from chatbot.check.guard import GuardSettings
    from chatbot.cli.chat import load_engine

    settings = settings_from(kwargs)
    engine = load_engine(settings)
    if engine.info.synthetic:
        click.secho("Synthetic model: the figures test the mechanics only.", fg="yellow", err=True)
    rows = []
    for code in codes.split(",") if codes else available_sets():
        result = run_locale(
            engine,
            code.strip(),
            sampling=settings.sampling,
            guard=GuardSettings.from_settings(settings),
            limit=limit,
            progress=lambda line: click.secho(line, dim=True, err=True),
        )
        rows.append(result.as_row())
    if as_json:
        click.echo(json.dumps({"model": engine.info.name, "locales": rows}, ensure_ascii=False))
        return
    click.echo("locale level        n  baseline  layer  retries flagged")
    for r in rows:
        click.echo(
            f"{r['locale']:<6} {r['level']:<12} {r['messages']:>3}  {r['baseline_on_target']:>7}"
            f"  {r['layer_on_target']:>5}  {r['retries']:>7} {r['flagged']:>7}"
        )
