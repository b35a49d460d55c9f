"""Reading news text: paragraphs, sentences, page furniture and names.

One home for what import, the workspace and the suggester all need, so they split and compare
text the same way. Plain Python, no Django: the suggester's core stays importable alone.
"""
