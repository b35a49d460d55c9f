"""Inserting many rows at once: PostgreSQL's COPY where it is available, batched INSERTs
elsewhere. For bulk loads only (seeding, restoring an archive): no signals, no history, no
services, so callers recount what the services would have kept (`tallies.recount`)."""

import itertools

from django.db import connection


def insert_rows(model, rows: list, *, assign_ids: bool = False, raw: bool = False) -> list:
    """Insert `rows` (unsaved instances of `model`).

    `assign_ids` gives them primary keys from the table's sequence; otherwise rows keep the
    keys they have. `raw` writes every value as it is (auto_now dates included), as loaddata
    does; otherwise fields fill themselves in as on a first save. COPY matters at scale: the
    INSERTs bulk_create builds spend most of their time compiling SQL.
    """
    fields = model._meta.local_concrete_fields
    if connection.vendor != "postgresql":
        if not raw:
            return model._base_manager.bulk_create(rows, batch_size=2000)
        for part in itertools.batched(rows, connection.ops.bulk_batch_size(fields, rows) or 1):
            model._base_manager._insert(list(part), fields=fields, raw=True)
        return rows
    table, pk = model._meta.db_table, model._meta.pk
    if not (assign_ids or raw):
        fields = [f for f in fields if not f.primary_key]  # the database numbers them
    with connection.cursor() as cursor, connection.wrap_database_errors:
        if assign_ids:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence(%s, %s), "
                "nextval(pg_get_serial_sequence(%s, %s)) + %s - 1)",
                [table, pk.column, table, pk.column, len(rows)],
            )
            last = cursor.fetchone()[0]
            for number, row in enumerate(rows, last - len(rows) + 1):
                row.pk = number
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        quoted = connection.ops.quote_name(table)
        with cursor.cursor.copy(f"COPY {quoted} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(
                    [f.get_db_prep_save(_value(f, row, raw), connection) for f in fields]
                )
    return rows


def _value(field, row, raw: bool):
    return getattr(row, field.attname) if raw else field.pre_save(row, add=True)
