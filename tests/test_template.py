"""Chat templates: the model's own, the ChatML fallback, the sandbox, and turn deltas."""

from __future__ import annotations

import pytest

from chatbot.errors import ModelLoadError
from chatbot.generate.template import CHATML, ChatTemplate
from chatbot.models.synthesize import chat_template


def test_metadata_without_a_template_falls_back_to_chatml() -> None:
    t = ChatTemplate.from_metadata({}, bos="", eos="<|im_end|>")
    assert not t.from_model and t.source == CHATML
    assert t.first_turn(None, "hi", thinking=False) == (
        "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"
    )
    assert t.reply_end() == "<|im_end|>\n"


def test_qwen3_user_turn_delta_survives_its_think_stripping() -> None:
    t = ChatTemplate.from_metadata(
        {"tokenizer.chat_template": chat_template("qwen3")}, bos="", eos="<|im_end|>"
    )
    assert t.supports_thinking
    assert t.reply_end() == "<|im_end|>\n"
    assert t.user_turn("next", thinking=False) == (
        "<|im_start|>user\nnext<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n"
    )
    assert t.user_turn("next", thinking=True) == (
        "<|im_start|>user\nnext<|im_end|>\n<|im_start|>assistant\n"
    )


@pytest.mark.parametrize("model", ["chatml", "qwen3"])
def test_a_user_turn_holding_the_renderers_stand_in_is_kept_whole(model: str) -> None:
    # The turn delta is found by rendering a stand-in reply; a user who typed that
    # stand-in lost their turn (at the end) or got an error (elsewhere).
    meta = {} if model == "chatml" else {"tokenizer.chat_template": chat_template(model)}
    t = ChatTemplate.from_metadata(meta, bos="", eos="<|im_end|>")
    for text in ("please translate: \x02assistant\x03", "\x02assistant\x03 and more"):
        turn = t.user_turn(text, thinking=True)
        assert turn == f"<|im_start|>user\n{text}<|im_end|>\n<|im_start|>assistant\n"


def test_qwen25_default_system_prompt_is_kept() -> None:
    t = ChatTemplate.from_metadata(
        {"tokenizer.chat_template": chat_template("qwen2.5")}, bos="", eos=""
    )
    assert t.first_turn(None, "hi", thinking=False).startswith(
        "<|im_start|>system\nYou are Qwen, created by Alibaba Cloud."
    )


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{% for m in messages %}{{ m.__init__.__globals__ }}{% endfor %}",
    ],
)
def test_a_template_cannot_escape_its_sandbox(source: str) -> None:
    t = ChatTemplate.from_metadata({"tokenizer.chat_template": source}, bos="", eos="")
    with pytest.raises(ModelLoadError, match="cannot render the model's chat template"):
        t.first_turn("s", "u", thinking=False)
