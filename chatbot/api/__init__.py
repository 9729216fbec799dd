"""The OpenAI-compatible API: the same pipeline as the browser UI, for programs.

``POST /v1/chat/completions`` (streamed or not) and ``GET /v1/models``. Each
persona is a model: ``model="ja-hotel-concierge"`` answers as that persona, in
the locale and register its policy plans, held to it by the register guard;
the loaded GGUF's own name is plain chat with the caller's system prompt.
Every persona reply carries its register verdict under ``register``.
"""

from chatbot.api.app import create_api

__all__ = ["create_api"]
