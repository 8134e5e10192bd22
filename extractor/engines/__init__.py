"""Extraction engines: offline (rules over spaCy) and LLM (instructor + openai)."""
