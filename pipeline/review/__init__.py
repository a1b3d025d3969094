"""Review: the doctor's decisions on suggestions, and the local web app to make them.

- :mod:`pipeline.review.decisions`: the tables (in the workspace's SQLite file)
  for stored suggestions and decisions; undo; optimistic concurrency.
- :mod:`pipeline.review.bulk`: bulk decisions (``cesr accept`` and the app's
  bulk accept / ignore the rest), each one undoable batch in the decision log.
- :mod:`pipeline.review.compute`: ``cesr suggest --workspace``: suggestions for
  the workspace's documents, learning from the decisions made so far.
- :mod:`pipeline.review.server`: ``cesr review``: the web app's logic (``ReviewApp``)
  and its server (uvicorn, bound to 127.0.0.1, token required);
  :mod:`pipeline.review.routes`: its HTTP layer (Starlette); :mod:`pipeline.review.openapi`:
  the OpenAPI description of its JSON API.
"""

from .decisions import Conflict, ReviewDB, ReviewError

__all__ = ["Conflict", "ReviewDB", "ReviewError"]
