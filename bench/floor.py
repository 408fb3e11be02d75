"""The floor of the stack: a Starlette app on uvicorn that reads the body and answers ``{}``.

python -m uvicorn bench.floor:app --port 8000
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


async def nothing(request: Request) -> Response:
    await request.body()
    return Response(b"{}", media_type="application/json")


app = Starlette(routes=[Route("/{path:path}", nothing, methods=["GET", "POST", "DELETE"])])
