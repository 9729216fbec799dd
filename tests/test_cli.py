"""The ``chatbot`` command, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import free_port


def chatbot(
    *args: str, stdin: str = "", timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chatbot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def test_help_lists_the_commands() -> None:
    out = chatbot("--help")
    assert out.returncode == 0
    for command in ("chat", "run", "models", "bench"):
        assert command in out.stdout
    models = chatbot("models", "--help").stdout
    assert "list" in models and "pull" in models and "synthesize" in models


def test_chat_streams_and_handles_reset_and_exit(tiny_model: Path) -> None:
    out = chatbot(
        "chat",
        "--model",
        str(tiny_model),
        "--max-tokens",
        "8",
        "--seed",
        "3",
        stdin="Hello there\n/reset\nSecond message\n/exit\nnever sent\n",
    )
    assert out.returncode == 0, out.stderr
    assert "random weights" in out.stderr  # the demo model is labelled as noise
    assert "[conversation cleared]" in out.stderr
    assert out.stderr.count(" tok/s") == 2  # two replies, then /exit
    assert "Traceback" not in out.stderr
    # Model noise never reaches the terminal as control characters.
    assert not [c for c in out.stdout if ord(c) < 32 and c not in "\n\t"]


def test_errors_are_one_readable_line(tmp_path: Path) -> None:
    out = chatbot("chat", "--model", str(tmp_path / "missing.gguf"))
    assert out.returncode == 1
    assert out.stderr.startswith("error: model file not found")
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    bad = chatbot("chat", "--model", str(tmp_path / "x.gguf"), "--n-ctx", "3")
    assert bad.returncode == 1 and "n_ctx" in bad.stderr and "Traceback" not in bad.stderr


def test_run_serves_the_ui_with_the_labelled_demo_model_when_offline(tmp_path: Path) -> None:
    import urllib.request

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "GRADIO_TEMP_DIR"}
    env["TMPDIR"] = str(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "chatbot", "run", "--port", str(port)],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        lines = []
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if "Open http://" in line:
                break
        log = "".join(lines)
        assert "not in the local cache" in log  # says why
        assert "synthetic demo model" in log and "noise" in log  # offers the labelled demo
        assert f"http://127.0.0.1:{port}" in log  # prints the URL, bound to loopback
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as page:
                    assert page.status == 200
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError("the UI never answered")
        # The same server answers the OpenAI-compatible API, one model per persona.
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=10) as page:
            ids = [m["id"] for m in json.load(page)["data"]]
        assert "ja-hotel-concierge" in ids and ids[0].startswith("synthetic")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=10) as page:
            assert json.load(page) == {"status": "ok"}
        # Gradio's run history would keep every message in the browser, past Clear.
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/config", timeout=10) as page:
            assert json.load(page)["run_history"] is False
        assert len(list(tmp_path.glob("chatbot-[eg]*"))) == 2  # the exports, Gradio's copies
    finally:
        proc.terminate()  # SIGTERM, as a service manager stops it
        proc.wait(30)
    # It shut down as on Ctrl+C: its temporary folders went with it.
    assert proc.returncode == 0 and not list(tmp_path.glob("chatbot-[eg]*"))


def test_a_mistyped_model_is_an_error_not_the_demo_model(tmp_path: Path) -> None:
    # Only a model to download falls back; an unattended server must not serve noise
    # because of a typo in a path or a preset name.

    port = str(free_port())
    for model, says in ((str(tmp_path / "qwen.gguf"), "model file not found"), ("smal", "preset")):
        out = chatbot("serve", "--model", model, "--port", port, timeout=60)
        assert out.returncode == 1 and says in out.stderr, out.stderr
        assert "demo model" not in out.stderr


def test_models_list_and_synthesize(tmp_path: Path) -> None:
    listed = chatbot("models", "list")
    assert listed.returncode == 0 and "Qwen/Qwen3-4B-GGUF" in listed.stdout
    assert "not downloaded" in listed.stdout
    target = tmp_path / "m.gguf"
    made = chatbot(
        "models", "synthesize", "--shape", "tiny", "--quant", "q4_k_m", "--output", str(target)
    )
    assert made.returncode == 0, made.stderr
    assert target.exists() and target.stat().st_size < 2_000_000
    assert "random weights" in made.stdout


def test_register_classify_reads_jsonl_rows() -> None:
    rows = [
        {"text": "お客様がいらっしゃいました。", "lang": "ja", "id": 1},
        {"text": "Kannst du mir helfen?", "lang": "de", "id": 2},
        {"text": "hello", "lang": "xx", "id": 3},
    ]
    out = chatbot("register", "classify", stdin="\n".join(json.dumps(r) for r in rows) + "\n")
    assert out.returncode == 0, out.stderr
    got = [json.loads(line) for line in out.stdout.splitlines()]
    assert [g["id"] for g in got] == [1, 2, 3]  # rows pass through with their fields
    assert got[0]["formality"] == "formal" and "sonkeigo" in got[0]["keigo"]
    assert got[1]["level"] == "informal" and got[1]["evidence"]
    assert "keigo" not in got[1]
    assert got[2]["formality"] == "unknown"
    assert got[0]["misuses"] == [] and got[1]["misuses"] == []
    misuse = chatbot("register", "classify", stdin='{"text": "お客様が参ります。", "lang": "ja"}\n')
    assert json.loads(misuse.stdout)["misuses"][0]["rule"].startswith("ja.misuse")
    assert got[2]["reason"].startswith("no locale spec for 'xx'")
    # A bad line does not lose the rows around it: one line out per line in.
    lines = [
        '{"text": "Hast du Zeit?", "lang": "de"}',
        "not json",
        '{"text": "x"}',
        '{"text": null, "lang": "de"}',
        '{"text": "Haben Sie Zeit?", "lang": "de-AT"}',  # a language tag names its language
    ]
    bad = chatbot("register", "classify", stdin="\n".join(lines) + "\n")
    assert bad.returncode == 1 and "stdin:2: not JSON" in bad.stderr
    outs = [json.loads(line) for line in bad.stdout.splitlines()]
    assert [o.get("level") for o in outs] == ["informal", None, None, None, "formal"]
    assert outs[1]["line"] == 2 and outs[2]["error"] == "stdin:3: each row needs 'text' and 'lang'"
    assert outs[3]["error"] == "stdin:4: 'text' must be a string, not null"


def test_register_read_explains_one_text() -> None:
    out = chatbot("register", "read", "お客様が参ります。")
    assert out.returncode == 0, out.stderr
    first, *rest = out.stdout.splitlines()
    assert first.startswith("ja: ") and "formal" in first
    assert any("参り" in line and "kenjougo" in line for line in rest)
    assert any(line.lstrip().startswith("⚠ ") for line in rest)  # humble verb for the customer
    de = chatbot("register", "read", "--locale", "de", "Kannst", "du", "mir", "helfen?")
    assert de.returncode == 0 and de.stdout.startswith("de: ") and "du → informal" in de.stdout
    unknown = chatbot("register", "read", "12345")
    assert unknown.returncode == 1 and "--locale" in unknown.stderr


def test_register_eval_prints_accuracy_per_source_and_lang(tmp_path: Path) -> None:
    data = tmp_path / "rows.jsonl"
    rows = [
        {
            "text": "Können Sie mir helfen?",
            "lang": "de",
            "label": "formal",
            "source": "mine",
            "pair_id": "p",
        },
        {
            "text": "Kannst du mir helfen?",
            "lang": "de",
            "label": "informal",
            "source": "mine",
            "pair_id": "p",
        },
    ]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = chatbot("register", "eval", str(data))
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("mine"))
    assert line.split()[1:4] == ["de", "2", "1.000"]
    assert "ms per 100 characters" in out.stdout
    rows[0]["text"] = "Kannst du mir bitte helfen?"  # labelled formal, reads informal
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = chatbot("register", "eval", "--misses", str(data))
    assert "formal   read informal: Kannst (de.verb_2sg), du (de.du)" in out.stdout
    assert "Kannst du mir bitte helfen?" in out.stdout


def test_locales_show_lists_levels_in_native_names() -> None:
    out = chatbot("locales", "show", "ja")
    assert out.returncode == 0 and "敬語" in out.stdout and "タメ口" in out.stdout
    assert chatbot("locales", "show", "xx").returncode == 1


def test_chat_as_a_persona_greets_and_plans_each_message(tiny_model: Path, tmp_path: Path) -> None:
    out = chatbot(
        "chat",
        "--model",
        str(tiny_model),
        "--persona",
        "ja-stationery-shop",  # mirrors the user within 丁寧語..敬語
        "--personas",
        str(tmp_path),
        "--name",
        "田中 太郎",
        "--max-tokens",
        "6",
        stdin="恐れ入りますが、万年筆を拝見できますでしょうか。\nねえ、ノートある？\n/exit\n",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("いらっしゃいませ")  # the persona's greeting
    plans = [line for line in out.stderr.splitlines() if line.startswith("[register: ")]
    assert plans[0].startswith("[register: 敬語") and "mirrors the user" in plans[0]
    assert any(p.startswith("[register: 丁寧語") and "nearest allowed" in p for p in plans)
    unknown = chatbot("chat", "--model", str(tiny_model), "--persona", "nobody", stdin="")
    assert unknown.returncode == 1 and "no persona 'nobody'" in unknown.stderr
    lonely = chatbot("chat", "--model", str(tiny_model), "--name", "Anna", stdin="")
    assert lonely.returncode == 1 and "--persona" in lonely.stderr
    # Refused before the model loads (the path need not even exist).
    for flags, says in (
        (("--level", "casual"), "allows polite, honorific in ja"),
        (("--locale", "de"), "speaks ja"),
        (("--system", "Be brief."), "--system and --persona"),
    ):
        bad = chatbot("chat", "--model", "/nowhere.gguf", "--persona", "ja-stationery-shop", *flags)
        assert bad.returncode == 1 and says in bad.stderr, bad.stderr


def test_chat_with_a_register_reports_each_replys_reading(tiny_model: Path) -> None:
    out = chatbot(
        "chat",
        "--model",
        str(tiny_model),
        "--locale",
        "ja",
        "--level",
        "honorific",
        "--max-tokens",
        "12",
        stdin="いらっしゃいませ\n/exit\n",
    )
    assert out.returncode == 0, out.stderr
    assert "Register: 敬語" in out.stderr
    line = next(x for x in out.stderr.splitlines() if x.startswith("[register:"))
    assert "target 敬語" in line
    # A reading says what it read; an unread reply says nothing was, never "read 敬語 … unread".
    assert line.startswith("[register: read") != ("unread" in line), line
    wrong = chatbot("chat", "--model", str(tiny_model), "--locale", "ja", "--level", "keigo")
    assert wrong.returncode == 1 and "not a level of locale ja" in wrong.stderr


def test_chat_checks_its_locale_and_level_before_loading_the_model() -> None:
    # The model path need not exist: the options are refused before it is looked at.
    for flags, says in (
        (("--locale", "ja", "--level", "formal"), "level 'formal' is not a level of locale ja"),
        (("--locale", "xx"), "--locale 'xx' is not an installed locale; known: de, en,"),
        (("--level", "formal"), "--level needs --locale"),
    ):
        bad = chatbot("chat", "--model", "/nowhere.gguf", *flags, stdin="")
        assert bad.returncode == 1 and says in bad.stderr, bad.stderr
        assert "model file not found" not in bad.stderr and "Loading" not in bad.stderr
    # A tag names its language, as the API reads it: the model is what fails then.
    tagged = chatbot("chat", "--model", "/nowhere.gguf", "--locale", "ja-JP", stdin="")
    assert tagged.returncode == 1 and "model file not found" in tagged.stderr


def test_eval_adherence_runs_the_pipeline_and_reports(tiny_model: Path) -> None:
    out = chatbot(
        "eval",
        "adherence",
        "--model",
        str(tiny_model),
        "--locales",
        "de,ko",
        "--limit",
        "2",
        "--max-tokens",
        "8",
        "--n-ctx",
        "4096",
        "--json",
    )
    assert out.returncode == 0, out.stderr
    assert "mechanics only" in out.stderr  # a synthetic model's figures mean nothing
    rows = json.loads(out.stdout)["locales"]
    assert [r["locale"] for r in rows] == ["de", "ko"]
    assert all(r["messages"] == 2 and 0 <= r["layer_on_target"] <= 1 for r in rows)


def _one_line_error(out: subprocess.CompletedProcess[str]) -> str:
    assert out.returncode != 0
    assert "Traceback" not in out.stderr, out.stderr
    errors = [line for line in out.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, out.stderr
    return errors[0]


def test_synthesize_into_an_unwritable_place_is_one_line(tmp_path: Path) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x")
    line = _one_line_error(chatbot("models", "synthesize", "--output", str(a_file / "m.gguf")))
    assert str(a_file) in line and "--output" in line
    env_cache = dict(os.environ, CHATBOT_CACHE=str(a_file))
    out = subprocess.run(
        [sys.executable, "-m", "chatbot", "serve", "--demo", "--port", "7925"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env=env_cache,
    )
    line = _one_line_error(out)
    assert "CHATBOT_CACHE" in line


def test_serve_on_a_busy_port_or_bad_address_is_one_line(tiny_model: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        line = _one_line_error(chatbot("serve", "--model", str(tiny_model), "--port", str(port)))
        assert f"127.0.0.1:{port}" in line and "--port" in line
    line = _one_line_error(
        chatbot("serve", "--model", str(tiny_model), "--host", "no.such.host.invalid")
    )
    assert "no.such.host.invalid" in line and "--host" in line
    out = chatbot("serve", "--model", str(tiny_model), "--port", "70000")
    assert out.returncode == 2 and "Traceback" not in out.stderr and "70000" in out.stderr


def test_bad_auth_is_refused_before_the_model_loads(tmp_path: Path) -> None:
    out = chatbot("serve", "--model", str(tmp_path / "missing.gguf"), "--auth", "nopassword")
    line = _one_line_error(out)
    assert "--auth" in line  # not "model file not found": the cheap check comes first


def test_a_blank_api_key_is_refused_not_read_as_no_key(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.gguf")
    line = _one_line_error(chatbot("serve", "--model", missing, "--api-key", " "))
    assert "--api-key is empty" in line
    line = _one_line_error(chatbot("serve", "--model", missing, env={"CHATBOT_API_KEY": ""}))
    assert "CHATBOT_API_KEY is set but empty" in line
    line = _one_line_error(chatbot("serve", "--model", missing, "--api-key", "key "))
    assert "whitespace" in line
    # A header carries ASCII only: no client could send this key.
    line = _one_line_error(chatbot("serve", "--model", missing, "--api-key", "clé"))
    assert "'é'" in line and "ASCII" in line


def test_a_server_beyond_this_machine_is_told_what_is_left_open() -> None:
    from chatbot.cli.serve import exposure_warning

    assert exposure_warning("127.0.0.1", share=False, auth=False, api_key=False) is None
    assert exposure_warning("0.0.0.0", share=False, auth=True, api_key=True) is None
    # A key guards /v1 only: the UI and Gradio's API run the model with no login.
    keyed = exposure_warning("0.0.0.0", share=False, auth=False, api_key=True)
    assert keyed is not None and "--auth" in keyed and "Gradio's API" in keyed
    bare = exposure_warning("127.0.0.1", share=True, auth=False, api_key=False)
    assert bare is not None and "--auth" in bare and "--api-key" in bare


def test_chat_survives_invalid_utf8_on_stdin(tiny_model: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "chatbot", "chat", "--model", str(tiny_model), "--max-tokens", "4"],
        input=b"\xff\xfe broken bytes \xe3\x81\n/exit\n",
        capture_output=True,
        timeout=120,
        env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8"),
    )
    stderr = out.stderr.decode("utf-8", "replace")
    assert out.returncode == 0, stderr
    assert "Traceback" not in stderr and stderr.count(" tok/s") == 1


def test_settings_errors_name_the_flag_or_variable_that_set_them(tiny_model: Path) -> None:
    line = _one_line_error(chatbot("chat", "--model", str(tiny_model), "--n-ctx", "0"))
    assert "--n-ctx" in line and "256" in line
    env = dict(os.environ, CHATBOT_TEMPERATURE="hot")
    out = subprocess.run(
        [sys.executable, "-m", "chatbot", "chat", "--model", str(tiny_model)],
        input="",
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    line = _one_line_error(out)
    assert "CHATBOT_TEMPERATURE" in line and "'hot'" in line


def test_models_pull_of_a_bare_repo_id_explains_the_pattern() -> None:
    line = _one_line_error(chatbot("models", "pull", "Qwen/Some-Repo-GGUF"))
    assert "Qwen/Some-Repo-GGUF:" in line  # shows the repo_id:pattern form
    line = _one_line_error(chatbot("models", "pull", "no-such-preset"))
    assert "--model" not in line  # the user typed no --model here


def test_chat_says_when_a_reply_filled_the_context(tiny_model: Path) -> None:
    out = chatbot(
        "chat", "--model", str(tiny_model), "--n-ctx", "256", "--max-tokens", "1000",
        stdin="hi\n/exit\n",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "(context full)" in out.stderr


def test_a_server_on_every_interface_prints_an_address_a_browser_opens() -> None:
    from chatbot.cli.serve import _browsable

    assert _browsable("0.0.0.0") == "127.0.0.1" and _browsable("::") == "[::1]"
    assert _browsable("192.168.1.20") == "192.168.1.20" and _browsable("fe80::1") == "[fe80::1]"
    assert _browsable("localhost") == "localhost"


def test_chat_runs_offline_on_the_demo_model() -> None:
    out = chatbot(
        "chat", "--demo", "--persona", "de-support-agent", "--max-tokens", "6",
        stdin="Guten Tag!\n/exit\n",
        timeout=300,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "synthetic demo model" in out.stderr and "[register:" in out.stderr
