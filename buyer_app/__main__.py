"""`python -m buyer_app` runs the same entry point as the `buyer-app` command."""

from buyer_app.cli.main import main

raise SystemExit(main())
