"""Linking what the text names to known entities: gazetteer, actors, citations, facts, renditions."""
