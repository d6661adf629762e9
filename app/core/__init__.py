"""Qt-free core of 工作总结编辑器: document model, storage, import, checks, export.

Nothing in this package imports PySide6 widgets; a ruff rule (TID251) and a test keep it so.
"""
