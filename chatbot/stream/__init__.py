"""Last stage of the pipeline: turn generated token bytes into events a reader can show."""
