"""One module per kind of claim; each exposes check(ctx) -> [KindResult]."""
