"""``wgec serve``: a read-only SPARQL 1.1 endpoint over the built graph, on Oxigraph.

An asyncio front (Starlette on uvicorn) hands each query to a pool of worker
processes (one per core), each holding the dataset; see ``engine`` for the limits
and ``sandbox`` for what a query may reach.  Entry point:
:func:`wgec.queries.serve.server.serve`.
"""
