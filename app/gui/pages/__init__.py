"""The printed pages in the window: one painter for the preview, the PDF and the printer.

- page_style: which face, size and weight each printed span takes (the export's fonts).
- painter: paints one paginated page (app.core.pagination) on A4 with a QPainter.
- sheet: where a page's text block sits on its sheet (upright, or turned: landscape).
- table_paint: a table's cell lines, centred cells and 0.5 pt rules on a page.
- output: the pages to a PDF file (QPdfWriter) or a printer (QPrinter), same painter.
- tracker: repaginates the session's draft after its changes, debounced.
- preview: the page preview panel (pages side by side, zoom, click to go to a line).
- window_pages: the preview dock, 视图 menu, 导出 PDF… and 打印… of a window.
"""
