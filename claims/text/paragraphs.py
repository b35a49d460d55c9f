"""Paragraphs of pasted plain text (HTML is read by claims.sanitize.html_to_paragraphs)."""

import re


def split_paragraphs(text: str) -> list[str]:
    """Plain text as pasted: paragraphs between blank lines, or lines when there are none, with
    their whitespace folded."""
    blocks = re.split(r"\n\s*\n", text)
    if len(blocks) == 1:
        blocks = text.split("\n")
    return [
        " ".join(part.split())
        for block in blocks
        for part in _split_repeated_lines(block)
        if part.strip()
    ]


def _split_repeated_lines(block: str) -> list[str]:
    """A block with the same line twice in a row (a caption as a browser copies it) is cut
    around the repeats, so each copy is its own paragraph and the later ones are noticed."""
    lines = block.split("\n")
    keys = [" ".join(line.split()).casefold() for line in lines]
    repeated = {i for i in range(1, len(lines)) if keys[i] and keys[i] == keys[i - 1]}
    if not repeated:
        return [block]
    repeated |= {i - 1 for i in repeated}
    parts, run = [], []
    for i, line in enumerate(lines):
        if i in repeated:
            parts += ["\n".join(run), line] if run else [line]
            run = []
        else:
            run.append(line)
    return [*parts, "\n".join(run)] if run else parts
