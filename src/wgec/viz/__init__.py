"""Interactive network views of the graph (pyvis, offline) and their analysis (networkx).

>>> from wgec.viz.views import view_names
>>> view_names()[:3]
['mapping', 'actors', 'positions']
"""
from __future__ import annotations
