"""工作总结编辑器 (zongjie): write a 工作总结 and export it in the GB/T 9704-2012 layout."""

__version__ = "0.1.0"
