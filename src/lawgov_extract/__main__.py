"""``python -m lawgov_extract`` runs the ``lawgov`` command."""

from .cli import main

main()
