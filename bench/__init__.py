"""``python -m bench [--quick]``: the benchmarks of issue 7, each figure a ratio measured in the same run.

One module per measurement (``throughput``, ``clients``, ``contract``, ``codegen``, ``callbacks``,
``memory``), a shared ``servers`` (processes, ports, CPU pinning), the load generator ``loadgen`` (run as
its own process) and ``report`` (the table printed at the end and written to ``BENCHMARKS.md``).
"""
