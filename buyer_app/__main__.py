"""`python -m buyer_app` runs the same entry point as the `buyer-app` command."""

from buyer_app.entry import main

raise SystemExit(main())
