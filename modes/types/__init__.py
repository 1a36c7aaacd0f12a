"""Modes that write type declarations from another layer's source (types.typescript)."""
