"""File formats to text with positions: the first step of the pipeline (documents -> text)."""
