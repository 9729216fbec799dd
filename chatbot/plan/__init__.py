"""Stage 2 of the pipeline: which locale and register level the reply should take."""

from chatbot.plan.policy import Plan, RegisterPolicy, plan

__all__ = ["Plan", "RegisterPolicy", "plan"]
