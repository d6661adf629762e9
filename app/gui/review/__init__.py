"""审阅: bringing a reviewed Word file back as suggestions and comments (app.core.review)."""
