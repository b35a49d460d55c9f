"""Reading free text from query strings: any input a visitor types must reach the database as
a plain, bounded string (PostgreSQL refuses NUL bytes outright)."""


def text_param(request, name: str, *, max_length: int = 200) -> str:
    value = request.GET.get(name, "")
    value = "".join(ch for ch in value if ch >= " " or ch in "\t")
    return value.strip()[:max_length]
