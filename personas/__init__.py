"""Personas shipped with the package: one YAML file each (see README, "Write your first persona")."""
