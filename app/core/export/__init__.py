"""Pieces of the .docx export.

The public API is app.core.export.writer: ExportOptions, export_docx, build_docx_bytes.
"""
