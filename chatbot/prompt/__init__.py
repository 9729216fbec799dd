"""Stage 3 of the pipeline: the system prompt for the planned register."""

from chatbot.prompt.build import build_system_prompt, render_template

__all__ = ["build_system_prompt", "render_template"]
