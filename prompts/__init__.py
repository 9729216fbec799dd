"""Prompt templates (sandboxed Jinja2) shipped with the package."""
