"""Tables in the body editor: the conversion between QTextTable and the draft's Table,
the 表格 commands and their dialog, and moving between cells with Tab."""
