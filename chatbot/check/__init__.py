"""Stage 5 of the pipeline: hold each reply to the planned register."""

from chatbot.check.guard import GuardSettings, RegisterGuard, Verdict, verdict_for

__all__ = ["GuardSettings", "RegisterGuard", "Verdict", "verdict_for"]
