"""The Gradio browser UI."""
