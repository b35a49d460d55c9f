from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """`{{ forms|get_item:claim.pk }}`: look a value up by a variable key."""
    return mapping.get(key) if mapping else None
