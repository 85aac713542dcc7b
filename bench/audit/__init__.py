"""Audit of git-brag's claims against git's own commands (see bench/README.md)."""
