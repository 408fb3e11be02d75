"""SQLite persistence: dataclasses declare the tables, one connection serves them, commits are grouped.

Durability: WAL. A request that changed state gets its answer only after the commit that holds its change
(``await store.durable()``). With ``synchronous=NORMAL`` (the default) a commit is in the WAL file, and so
in the operating system, before the answer: it survives ``kill -9`` of the emulator; only an OS crash or
power loss may lose the last commits. ``synchronous=FULL`` (``--durability full``) also fsyncs each
commit, on a dedicated thread so that the event loop keeps parsing and validating meanwhile. Writes made
while the event loop is busy share one commit ("group commit"), which keeps throughput high under
concurrent load without weakening either guarantee. Once bound to the server's loop, WAL checkpoints run
on a background thread with their own connection, so they never stall a commit.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import json
import logging
import operator
import sqlite3
import threading
import types
import typing
from collections.abc import Awaitable, Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from .jsonenc import compact_encoder

log = logging.getLogger("recording_emulator.store")

R = TypeVar("R")

_SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL", bool: "INTEGER"}
MAX_INT = 2**63 - 1
_dump_json = compact_encoder(ensure_ascii=True)

CHECKPOINT_EVERY = 256  # commits between two background checkpoints (also run every CHECKPOINT_PERIOD)
CHECKPOINT_PERIOD = 1.0  # seconds
SAFETY_CHECKPOINT_PAGES = 16384  # the serving connection checkpoints itself only if the WAL grows past this
MAX_DEFERRALS = 2  # times a scheduled commit waits one more loop turn for requests still arriving
CACHE_LIMIT = 4096  # rows kept per cached table (the cache is simply emptied when it grows past this)


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
        return "INTEGER", None, bool  # sqlite3 binds True/False as 1/0
    if hint in _SQL_TYPES:
        return _SQL_TYPES[hint], None, None
    if origin in (dict, list) or hint in (dict, list):
        return "TEXT", _dump_json, json.loads
    raise TypeError(f"unsupported column type {hint!r}")


@dataclasses.dataclass(frozen=True)
class Index:
    """A secondary index; ``where`` makes it partial (only rows matching it are indexed)."""

    columns: tuple[str, ...]
    where: str | None = None


class Table(Generic[R]):
    """A dataclass stored as a table: one column per field, ``key`` fields form the primary key.

    ``cached``: the store keeps the rows it has read or written in memory (write-through) and answers
    :meth:`Store.get` from there; only for tables whose fields are all scalars (copies are shallow).
    """

    def __init__(
        self,
        record: type[R],
        name: str,
        key: Sequence[str],
        indexes: Sequence[Sequence[str] | Index] = (),
        autoincrement: str | None = None,
        *,
        cached: bool = False,
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
        if cached and (self._dump or autoincrement is not None):
            raise TypeError(f"table {name}: only tables of scalar fields with a natural key can be cached")
        self.cached = cached
        self.autoincrement = autoincrement
        self.ddl = [f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(column_sql)})"]
        for number, entry in enumerate(indexes):
            declared = entry if isinstance(entry, Index) else Index(tuple(entry))
            where = f" WHERE {declared.where}" if declared.where else ""
            columns = ", ".join(declared.columns)
            self.ddl.append(f"CREATE INDEX IF NOT EXISTS {name}_ix{number} ON {name} ({columns}){where}")
        insert_columns = [c for c in self.columns if c != autoincrement]
        marks = ", ".join("?" * len(insert_columns))
        self.insert_sql = f"INSERT INTO {name} ({', '.join(insert_columns)}) VALUES ({marks})"
        where_key = " AND ".join(f"{c} = ?" for c in self.key)
        non_key = [c for c in self.columns if c not in self.key]
        self.update_sql = f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in non_key)} WHERE {where_key}"
        self.select_sql = f"SELECT {', '.join(self.columns)} FROM {name}"
        self.get_sql = f"{self.select_sql} WHERE {where_key}"
        self.delete_sql = f"DELETE FROM {name} WHERE {where_key}"
        # fetch the SQL parameters straight from the record (tuples of one attrgetter call)
        self._insert_values = _getter(insert_columns)
        self._update_values = _getter(non_key + list(self.key))
        self._key_of = _getter(self.key)
        self._insert_dump = [(insert_columns.index(self.columns[i]), d) for i, d in self._dump]
        self._update_dump = [((non_key + list(self.key)).index(self.columns[i]), d) for i, d in self._dump]

    def insert_params(self, record: R) -> Sequence[Any]:
        values = self._insert_values(record)
        if not self._insert_dump:
            return values
        converted = list(values)
        for index, dump in self._insert_dump:
            converted[index] = dump(converted[index])
        return converted

    def update_params(self, record: R) -> Sequence[Any]:
        values = self._update_values(record)
        if not self._update_dump:
            return values
        converted = list(values)
        for index, dump in self._update_dump:
            converted[index] = dump(converted[index])
        return converted

    def key_of(self, record: R) -> tuple[Any, ...]:
        return self._key_of(record)

    def from_row(self, row: Sequence[Any]) -> R:
        if self._load:
            values = list(row)
            for index, load in self._load:
                values[index] = load(values[index])
            return self.record(*values)
        return self.record(*row)


def _getter(columns: Sequence[str]) -> Callable[[Any], tuple[Any, ...]]:
    """``record -> tuple of those attributes`` (``attrgetter`` returns a bare value for one name)."""
    if len(columns) == 1:
        single = operator.attrgetter(columns[0])
        return lambda record: (single(record),)
    return operator.attrgetter(*columns)


def _copy(record: R) -> R:
    """A shallow copy of a (non-slotted) dataclass instance, without ``copy.copy``'s overhead."""
    clone = object.__new__(type(record))
    clone.__dict__.update(record.__dict__)
    return clone


class _Unit:
    """``with store.write():`` (a class, not a generator: it runs on every state-changing request)."""

    __slots__ = ("_store",)

    def __init__(self, store: Store) -> None:
        self._store = store

    def __enter__(self) -> None:
        self._store._enter_unit()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: Any) -> None:
        self._store._exit_unit(kind is not None)


class Store:
    """One SQLite connection for the whole emulator.

    Statements run on the event-loop thread. With ``durability="full"`` the ``COMMIT`` (and its fsync)
    runs on a dedicated thread, and nothing else touches the connection meanwhile (:meth:`available`);
    with ``"normal"`` it runs on the loop (it only writes to the WAL file).
    """

    def __init__(self, path: Path, tables: Iterable[Table[Any]], *, durability: str = "normal") -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self.full = durability == "full"
        self._conn.execute(f"PRAGMA synchronous={'FULL' if self.full else 'NORMAL'}")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self.tables = list(tables)
        for table in self.tables:
            for statement in table.ddl:
                self._conn.execute(statement)
        self._cache: dict[str, dict[tuple[Any, ...], Any]] = {t.name: {} for t in self.tables if t.cached}
        self._cursor = self._conn.cursor()  # reused by writes (conn.execute makes a cursor per call)
        self._unit = _Unit(self)
        self._in_transaction = False
        self._depth = 0  # nesting depth of units of work (0: none open)
        # the open unit's first write, held back: a unit of one statement needs no savepoint (a statement
        # is atomic by itself); a second statement or a read opens the unit's savepoint and runs it
        self._held: tuple[str, Sequence[Any]] | None = None
        self._guarded = False  # the open unit runs inside its savepoint (or began the transaction)
        self._savepoint = False  # ... and that guard is a savepoint (not the batch's BEGIN)
        self._commit_scheduled = False
        self._units_seen = 0  # self.units when the scheduled commit last looked
        self._deferrals = 0  # how many more times the scheduled commit may wait for a fuller batch
        self._waiters: list[asyncio.Future[None]] = []  # requests waiting for the open batch's commit
        self._committing: asyncio.Future[None] | None = None  # the commit in flight on the commit thread
        self._committer: concurrent.futures.ThreadPoolExecutor | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._checkpointer: _Checkpointer | None = None
        self.commits = 0  # transactions started (statistics: units / commits = group-commit batch size)
        self.units = 0

    # --- units of work and commits ----------------------------------------------------------------

    def write(self) -> _Unit:
        """A unit of work: all its statements apply, or none (a savepoint inside the current batch).

        Outside the bound event loop (see :meth:`bind`) it is committed right away.
        """
        return self._unit

    def _enter_unit(self) -> None:
        if self._committing is not None:
            raise RuntimeError("store written while a commit is in flight; await store.available() first")
        self._depth += 1  # nested units are part of the outermost one
        if self._depth == 1:
            self.units += 1

    def _begin(self) -> bool:
        """Open the batch's transaction if none is open; ``True`` if this call opened it."""
        if self._in_transaction:
            return False
        self._conn.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        self.commits += 1
        return True

    def _guard(self) -> None:
        """Make the open unit undoable on its own: the batch's BEGIN if it is the first unit, else a
        savepoint; then run its held-back statement."""
        if self._begin():
            self._savepoint = False
        else:
            self._conn.execute("SAVEPOINT unit")
            self._savepoint = True
        self._guarded = True
        held, self._held = self._held, None
        if held is not None:
            self._cursor.execute(*held)

    def _write(self, sql: str, params: Sequence[Any]) -> None:
        # outside a unit (part of the open batch, or on its own), or inside one already guarded
        if not self._depth or self._guarded:
            self._cursor.execute(sql, params)
        elif self._held is None:
            self._held = (sql, params)
        else:
            self._guard()
            self._cursor.execute(sql, params)

    def _read(self) -> sqlite3.Connection:
        """The connection, for a read: a unit's held-back statement runs first (the unit sees its writes)."""
        if self._held is not None:
            self._guard()
        return self._conn

    def _exit_unit(self, failed: bool) -> None:
        self._depth -= 1
        if self._depth:
            return
        held, self._held = self._held, None
        guarded, self._guarded = self._guarded, False
        try:
            if failed:
                self._forget_cached()
                if self._savepoint:
                    self._conn.execute("ROLLBACK TO unit")
                    self._conn.execute("RELEASE unit")
                elif guarded:
                    self._conn.execute("ROLLBACK")
                    self._in_transaction = False
            elif guarded:
                if self._savepoint:
                    self._conn.execute("RELEASE unit")
            elif held is not None:
                began = self._begin()
                try:
                    self._cursor.execute(*held)
                except BaseException:
                    self._forget_cached()
                    if began:
                        self._conn.execute("ROLLBACK")
                        self._in_transaction = False
                    raise
        finally:
            self._savepoint = False
            if self._in_transaction:
                self._schedule_commit()

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Group commits on ``loop`` (the server's) and checkpoint in the background. Writes from anywhere
        else commit at once."""
        self._loop = loop
        if self.full and self._committer is None:
            self._committer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="sqlite-commit")
        if self._checkpointer is None:
            self._conn.execute(f"PRAGMA wal_autocheckpoint={SAFETY_CHECKPOINT_PAGES}")
            self._checkpointer = _Checkpointer(self.path)

    def _schedule_commit(self) -> None:
        if self._commit_scheduled:
            return
        loop = self._loop
        if loop is not None:
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is loop:
                self._commit_scheduled = True
                self._units_seen = self.units
                self._deferrals = MAX_DEFERRALS
                loop.call_soon(self._commit_batch)
                return
        self.commit()

    def _commit_batch(self) -> None:
        """Commit the open batch. ``full``: on the commit thread; while it syncs to disk, the event loop
        keeps reading and validating requests, whose writes then wait (:meth:`available`) and form the
        next batch. ``normal``: right here (writing to the WAL does not wait for the disk)."""
        loop = self._loop
        if self._deferrals > 0 and self.units != self._units_seen and loop is not None:
            # units of work arrived since the last look: let the requests read meanwhile join this batch
            self._deferrals -= 1
            self._units_seen = self.units
            loop.call_soon(self._commit_batch)
            return
        self._commit_scheduled = False
        waiters, self._waiters = self._waiters, []
        if loop is None or not self._in_transaction:
            _resolve(waiters, None)
            return
        if self._committer is None:
            error: BaseException | None = None
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:  # pragma: no cover - disk full, I/O error
                error = exc
            self._committed(error, waiters)
            return
        done: asyncio.Future[None] = loop.create_future()
        self._committing = done
        work = loop.run_in_executor(self._committer, self._conn.execute, "COMMIT")
        work.add_done_callback(lambda outcome: self._committed_on_thread(outcome, waiters, done))

    def _committed_on_thread(
        self, outcome: asyncio.Future[Any], waiters: list[asyncio.Future[None]], done: asyncio.Future[None]
    ) -> None:
        self._committing = None
        self._committed(outcome.exception(), waiters)
        done.set_result(None)

    def _committed(self, error: BaseException | None, waiters: list[asyncio.Future[None]]) -> None:
        self._in_transaction = False
        if error is not None:  # pragma: no cover - disk full, I/O error
            log.error("commit failed: %s", error)
            self._forget_cached()
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
        elif self._checkpointer is not None:
            self._checkpointer.committed()
        _resolve(waiters, error)

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
                self._forget_cached()
                self._conn.execute("ROLLBACK")
                raise
            finally:
                self._in_transaction = False

    async def durable(self) -> None:
        """Wait until every write made so far is committed (returns at once if there is none)."""
        waiter = self.commit_waiter()
        if waiter is not None:
            await waiter

    def commit_waiter(self) -> Awaitable[None] | None:
        """What to await until every write made so far is committed; ``None`` if nothing is pending.
        (``durable()`` without a coroutine of its own: the request pipeline calls this directly.)"""
        if self._commit_scheduled and self._loop is not None:
            waiter = self._loop.create_future()  # one per request: cancelling it cancels nobody else's
            self._waiters.append(waiter)
            return waiter
        if self._committing is not None:
            return asyncio.shield(self._committing)
        return None

    def close(self) -> None:
        self.commit()
        if self._committer is not None:
            self._committer.shutdown(wait=True)
        if self._checkpointer is not None:
            self._checkpointer.close()
            self._checkpointer = None
        self._conn.close()

    # --- typed access -----------------------------------------------------------------------------

    def get(self, table: Table[R], *key: Any) -> R | None:
        if table.cached:
            found = self._cache[table.name].get(key)
            if found is not None:
                return _copy(found)  # type: ignore[no-any-return]
        row = self._read().execute(table.get_sql, key).fetchone()
        if row is None:
            return None
        record = table.from_row(row)
        if table.cached:
            self._remember(table, key, record)
        return record

    def insert(self, table: Table[R], record: R) -> None:
        self._write(table.insert_sql, table.insert_params(record))
        if table.cached:
            self._remember(table, table.key_of(record), record)

    def update(self, table: Table[R], record: R) -> None:
        self._write(table.update_sql, table.update_params(record))
        if table.cached:
            self._remember(table, table.key_of(record), record)

    def _remember(self, table: Table[Any], key: tuple[Any, ...], record: Any) -> None:
        cache = self._cache[table.name]
        if len(cache) >= CACHE_LIMIT:
            cache.clear()
        cache[key] = _copy(record)

    def delete(self, table: Table[Any], *key: Any) -> None:
        self._write(table.delete_sql, key)
        if table.cached:
            self._cache[table.name].pop(key, None)

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
        return [table.from_row(row) for row in self._read().execute(sql, params)]

    def count(self, table: Table[Any], where: str = "", params: Sequence[Any] = ()) -> int:
        sql = f"SELECT COUNT(*) FROM {table.name}" + (f" WHERE {where}" if where else "")
        return int(self._read().execute(sql, params).fetchone()[0])

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._read().execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run a raw write statement (cached tables are forgotten: the statement may change them)."""
        self._write(sql, params)
        self._forget_cached()

    def wipe(self) -> None:
        """Delete every row of every table (``POST /_emulator/reset``)."""
        with self.write():
            for table in self.tables:
                self._write(f"DELETE FROM {table.name}", ())
            self._forget_cached()

    def _forget_cached(self) -> None:
        for cache in self._cache.values():
            cache.clear()


def _resolve(waiters: list[asyncio.Future[None]], error: BaseException | None) -> None:
    for waiter in waiters:
        if not waiter.done():
            if error is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(error)


class _Checkpointer:
    """Copies the WAL back into the database file from its own thread and connection (``PASSIVE``: it
    never blocks the serving connection), so checkpoints and their fsyncs stay off the event loop."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._wake = threading.Event()
        self._stop = False
        self._pending = 0  # commits since the last wake-up (approximate: only a trigger)
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoint", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        self._pending += 1
        if self._pending >= CHECKPOINT_EVERY:
            self._pending = 0
            self._wake.set()

    def _run(self) -> None:
        conn = sqlite3.connect(str(self._path), isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            while not self._stop:
                self._wake.wait(CHECKPOINT_PERIOD)
                self._wake.clear()
                if self._stop:
                    break
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error as exc:  # pragma: no cover - I/O error; the next round retries
                    log.warning("checkpoint failed: %s", exc)
        finally:
            conn.close()

    def close(self) -> None:
        self._stop = True
        self._wake.set()
        self._thread.join(timeout=30)
