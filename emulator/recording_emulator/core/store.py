"""SQLite persistence: dataclasses declare the tables, one connection serves them, commits are grouped.

Durability: WAL with ``synchronous=FULL``. A request that changed state gets its answer only after the
commit that holds its change (``await store.durable()``), so anything acknowledged survives ``kill -9``.
Writes made while the event loop is busy share one commit ("group commit"), which keeps throughput
high under concurrent load without weakening that guarantee.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import json
import logging
import sqlite3
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

log = logging.getLogger("recording_emulator.store")

R = TypeVar("R")

_SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL", bool: "INTEGER"}
MAX_INT = 2**63 - 1


def _column_type(hint: Any) -> tuple[str, Callable[[Any], Any] | None, Callable[[Any], Any] | None]:
    """SQL type, Python->SQL converter and SQL->Python converter for one annotated field."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        sql, dump, load = _column_type(inner[0])
        return (
            sql,
            (None if dump is None else lambda v, d=dump: None if v is None else d(v)),
            (None if load is None else lambda v, f=load: None if v is None else f(v)),
        )
    if hint is bool:
        return "INTEGER", int, bool
    if hint in _SQL_TYPES:
        return _SQL_TYPES[hint], None, None
    if origin in (dict, list) or hint in (dict, list):
        return "TEXT", lambda v: json.dumps(v, separators=(",", ":")), json.loads
    raise TypeError(f"unsupported column type {hint!r}")


@dataclasses.dataclass(frozen=True)
class Index:
    """A secondary index; ``where`` makes it partial (only rows matching it are indexed)."""

    columns: tuple[str, ...]
    where: str | None = None


class Table(Generic[R]):
    """A dataclass stored as a table: one column per field, ``key`` fields form the primary key."""

    def __init__(
        self,
        record: type[R],
        name: str,
        key: Sequence[str],
        indexes: Sequence[Sequence[str] | Index] = (),
        autoincrement: str | None = None,
    ) -> None:
        if not dataclasses.is_dataclass(record):
            raise TypeError(f"{record!r} is not a dataclass")
        self.record = record
        self.name = name
        self.key = tuple(key)
        hints = typing.get_type_hints(record)
        self.columns = tuple(field.name for field in dataclasses.fields(record))
        self._dump: list[tuple[int, Callable[[Any], Any]]] = []
        self._load: list[tuple[int, Callable[[Any], Any]]] = []
        column_sql = []
        for index, column in enumerate(self.columns):
            sql_type, dump, load = _column_type(hints[column])
            if dump is not None:
                self._dump.append((index, dump))
            if load is not None:
                self._load.append((index, load))
            if column == autoincrement:
                column_sql.append(f"{column} INTEGER PRIMARY KEY AUTOINCREMENT")
            else:
                column_sql.append(f"{column} {sql_type}")
        if autoincrement is None:
            column_sql.append(f"PRIMARY KEY ({', '.join(self.key)})")
        self.autoincrement = autoincrement
        self.ddl = [f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(column_sql)})"]
        for number, entry in enumerate(indexes):
            declared = entry if isinstance(entry, Index) else Index(tuple(entry))
            where = f" WHERE {declared.where}" if declared.where else ""
            columns = ", ".join(declared.columns)
            self.ddl.append(f"CREATE INDEX IF NOT EXISTS {name}_ix{number} ON {name} ({columns}){where}")
        insert_columns = [c for c in self.columns if c != autoincrement]
        self._insert_positions = [self.columns.index(c) for c in insert_columns]
        marks = ", ".join("?" * len(insert_columns))
        self.insert_sql = f"INSERT INTO {name} ({', '.join(insert_columns)}) VALUES ({marks})"
        where_key = " AND ".join(f"{c} = ?" for c in self.key)
        non_key = [c for c in self.columns if c not in self.key]
        self._update_positions = [self.columns.index(c) for c in non_key + list(self.key)]
        self.update_sql = f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in non_key)} WHERE {where_key}"
        self.select_sql = f"SELECT {', '.join(self.columns)} FROM {name}"
        self.get_sql = f"{self.select_sql} WHERE {where_key}"
        self.delete_sql = f"DELETE FROM {name} WHERE {where_key}"

    def to_row(self, record: R) -> list[Any]:
        values = [getattr(record, column) for column in self.columns]
        for index, dump in self._dump:
            values[index] = dump(values[index])
        return values

    def from_row(self, row: Sequence[Any]) -> R:
        if self._load:
            values = list(row)
            for index, load in self._load:
                values[index] = load(values[index])
            return self.record(*values)
        return self.record(*row)


class Store:
    """One SQLite connection for the whole emulator.

    Statements run on the event-loop thread; only ``COMMIT`` runs on a dedicated thread, and nothing else
    touches the connection meanwhile (:meth:`available`).
    """

    def __init__(self, path: Path, tables: Iterable[Table[Any]], *, durability: str = "full") -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute(f"PRAGMA synchronous={'FULL' if durability == 'full' else 'NORMAL'}")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self.tables = list(tables)
        for table in self.tables:
            for statement in table.ddl:
                self._conn.execute(statement)
        self._in_transaction = False
        self._depth = 0
        self._commit_future: asyncio.Future[None] | None = None  # resolves when the open batch is durable
        self._committing: asyncio.Future[None] | None = None  # the commit in flight on the commit thread
        self._committer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="sqlite-commit")
        self._loop: asyncio.AbstractEventLoop | None = None
        self.commits = 0  # transactions started (statistics: units / commits = group-commit batch size)
        self.units = 0

    # --- units of work and commits ----------------------------------------------------------------

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        """A unit of work: all its statements apply, or none (a savepoint inside the current batch).

        Outside the bound event loop (see :meth:`bind`) it is committed right away.
        """
        if self._committing is not None:
            raise RuntimeError("store written while a commit is in flight; await store.available() first")
        if self._depth:  # nested: part of the enclosing unit
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if not self._in_transaction:
            self._conn.execute("BEGIN IMMEDIATE")
            self._in_transaction = True
            self.commits += 1
        self.units += 1
        self._depth = 1
        self._conn.execute("SAVEPOINT unit")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK TO unit")
            self._conn.execute("RELEASE unit")
            raise
        else:
            self._conn.execute("RELEASE unit")
        finally:
            self._depth = 0
            self._schedule_commit()

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Group commits on ``loop`` (the server's). Writes from anywhere else commit at once."""
        self._loop = loop

    def _schedule_commit(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None or loop is not self._loop:
            self.commit()
            return
        if self._commit_future is None:
            self._commit_future = loop.create_future()
            loop.call_soon(self._commit_batch)

    def _commit_batch(self) -> None:
        """Commit the open batch on the commit thread: while it syncs to disk, the event loop keeps
        reading and validating requests, whose writes then wait (:meth:`available`) and form the next batch.
        """
        future, self._commit_future = self._commit_future, None
        loop = self._loop
        if loop is None or not self._in_transaction:
            if future is not None and not future.done():
                future.set_result(None)
            return
        done: asyncio.Future[None] = loop.create_future()
        self._committing = done
        work = loop.run_in_executor(self._committer, self._conn.execute, "COMMIT")
        work.add_done_callback(lambda outcome: self._committed(outcome, future, done))

    def _committed(
        self, outcome: asyncio.Future[Any], future: asyncio.Future[None] | None, done: asyncio.Future[None]
    ) -> None:
        self._in_transaction = False
        self._committing = None
        error = outcome.exception()
        if error is not None:  # pragma: no cover - disk full, I/O error
            log.error("commit failed: %s", error)
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
        if future is not None and not future.done():
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(None)
        done.set_result(None)

    @property
    def busy(self) -> bool:
        """A commit is in flight: no statement may run on the connection until it ends."""
        return self._committing is not None

    async def available(self) -> None:
        """Wait until no commit is in flight (call before using the store from the event loop)."""
        while self._committing is not None:
            await asyncio.shield(self._committing)

    def commit(self) -> None:
        if self._in_transaction and self._depth == 0:
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error:
                self._conn.execute("ROLLBACK")
                raise
            finally:
                self._in_transaction = False

    async def durable(self) -> None:
        """Wait until every write made so far is committed (returns at once if there is none)."""
        future = self._commit_future
        if future is not None:
            await asyncio.shield(future)

    def close(self) -> None:
        self.commit()
        self._committer.shutdown(wait=True)
        self._conn.close()

    # --- typed access -----------------------------------------------------------------------------

    def get(self, table: Table[R], *key: Any) -> R | None:
        row = self._conn.execute(table.get_sql, key).fetchone()
        return None if row is None else table.from_row(row)

    def insert(self, table: Table[R], record: R) -> int:
        values = table.to_row(record)
        cursor = self._conn.execute(table.insert_sql, [values[i] for i in table._insert_positions])
        return int(cursor.lastrowid or 0)

    def update(self, table: Table[R], record: R) -> None:
        values = table.to_row(record)
        self._conn.execute(table.update_sql, [values[i] for i in table._update_positions])

    def delete(self, table: Table[Any], *key: Any) -> None:
        self._conn.execute(table.delete_sql, key)

    def select(
        self,
        table: Table[R],
        where: str = "",
        params: Sequence[Any] = (),
        *,
        order_by: str = "",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[R]:
        sql = table.select_sql
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        if limit is not None:  # clamped to SQLite's 64-bit integers (a page far beyond the end is empty)
            sql += f" LIMIT {min(int(limit), MAX_INT)} OFFSET {min(int(offset), MAX_INT)}"
        return [table.from_row(row) for row in self._conn.execute(sql, params)]

    def count(self, table: Table[Any], where: str = "", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT COUNT(*) FROM {table.name}" + (f" WHERE {where}" if where else "")
        return int(self._conn.execute(sql, params).fetchone()[0])

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(sql, params)

    def wipe(self) -> None:
        """Delete every row of every table (``POST /_emulator/reset``)."""
        with self.write():
            for table in self.tables:
                self._conn.execute(f"DELETE FROM {table.name}")
