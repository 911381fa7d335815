"""Parsed, linked documents to RDF triples in the wgec vocabulary (with provenance)."""
