"""Command-line subcommands; each module registers itself with app.cli.command."""
