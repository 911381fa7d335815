"""Documents to an RDF graph: ingest -> layout -> link -> emit, then validate and export."""
