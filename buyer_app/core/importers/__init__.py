"""Importers that turn downloaded public data files into the app's own tables."""
