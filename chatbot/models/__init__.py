"""Getting model files: presets, the Hugging Face Hub cache, and synthetic test models."""
