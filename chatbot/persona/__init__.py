"""Personas: one YAML file each, validated, found in three places, exchanged as character cards."""
