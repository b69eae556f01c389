"""A stateful mock of the AI Squared REST API, faithful to the Multiwoven server.

Routes come from `openapi.yaml`; data lives in embedded SQLite. Deliberate deviations
from the real server (the spec documents the valid input domain; where the server is
lenient the mock answers the contract-failure 400 so negative tests hold):

* `per_page` that is not a positive integer -> 400 `must be an integer` /
  `must be greater than 0` (`per_page=0` keeps the server's envelope-B 400).
* `page` non-integer on the connectors list -> 400 `must be an integer`.
* Enum values that are not exactly lower-case (`type=Source`, `schedule_type=Interval`,
  `connector_type=Source`, ...) -> 400 with the operation's contract message; a
  `sync_interval_unit` outside the enum is refused whatever the schedule type.
* `refresh` on discover must be `true` or `false` (`must be boolean`); query_source
  `limit` must be a positive integer.
* `category` / `sub_category` on the connectors list outside the documented lists
  (including other capitalisations) -> 400 envelope B, for every value (the server
  runs some of them as query methods).
* `Workspace-Id` must be all digits (`1abc` is not read as 1).
* Integer body fields take integral numbers (`9.0`) like the server, but refuse `9.5`,
  which the server truncates to 9 (the spec says `type: integer`).
* External systems are simulated: discovery, query_source and check_connection use
  built-in definitions and rows; a connector `configuration` is checked only for the
  required keys of its connection specification.
* `POST /enterprise/api/v1/syncs/{sync_id}/test` (absent from the open-source server)
  starts a run of type `test` and answers `{"message": "Sync test triggered successfully"}`.
* The manual trigger creates its run at once (the server's workflow does it later).
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
