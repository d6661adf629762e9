"""Pieces of the .docx export; the public API is app.core.export_docx."""
