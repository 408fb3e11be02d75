"""Lifecycles as explicit transition tables: (state, event) -> next state, nothing implicit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class InvalidTransitionError(Exception):
    def __init__(self, machine: str, state: str, event: str) -> None:
        super().__init__(f"{machine}: cannot {event!r} from {state!r}")
        self.machine = machine
        self.state = state
        self.event = event


class TransitionTable:
    def __init__(
        self,
        name: str,
        transitions: Mapping[tuple[str, str], str],
        *,
        initial: str,
        terminal: Iterable[str],
    ) -> None:
        self.name = name
        self.transitions = dict(transitions)
        self.initial = initial
        self.terminal = frozenset(terminal)

    def allows(self, state: str, event: str) -> bool:
        return (state, event) in self.transitions

    def next(self, state: str, event: str) -> str:
        try:
            return self.transitions[(state, event)]
        except KeyError:
            raise InvalidTransitionError(self.name, state, event) from None

    @property
    def active_states(self) -> frozenset[str]:
        states = {self.initial} | {s for s, _ in self.transitions} | set(self.transitions.values())
        return frozenset(states - self.terminal)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table as (state, event, next) rows, for documentation and tests."""
        return sorted((state, event, target) for (state, event), target in self.transitions.items())
