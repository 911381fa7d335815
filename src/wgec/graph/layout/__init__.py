"""The structure of a document's text: front matter, sections, items, questions, tables, dates."""
