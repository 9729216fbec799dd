"""Shipped user messages per locale for ``chatbot eval adherence`` (one YAML file each)."""
