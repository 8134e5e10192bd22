"""Jinja2 prompt templates (data, not code): installed as extractor.prompts."""
