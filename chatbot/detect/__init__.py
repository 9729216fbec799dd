"""Stage 1 of the pipeline: what language is this, and in what register."""
