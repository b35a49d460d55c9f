from django import template

register = template.Library()


@register.filter
def lead_in(prefix: str) -> str:
    """The context before a quote, starting at a whole word: "…s defence ministry" → "defence ministry"."""
    if " " not in prefix.strip():
        return prefix
    return prefix[prefix.index(" ") + 1 :] if not prefix[:1].isspace() else prefix.lstrip()


@register.filter
def lead_out(suffix: str) -> str:
    """The context after a quote, ending at a whole word."""
    if " " not in suffix.strip():
        return suffix
    return suffix[: suffix.rindex(" ")] if not suffix[-1:].isspace() else suffix.rstrip()
