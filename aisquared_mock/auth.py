"""Bearer tokens, workspace membership and the role permissions of §0.4."""

from __future__ import annotations

from .db import Database

ROLES = ("Admin", "Member", "Viewer")
ACTIONS = ("create", "read", "update", "delete")
RESOURCES = ("connector", "connector_definition", "model", "sync", "sync_run", "sync_record")

# Pundit permissions of the system roles: Admin and Member may do everything in scope,
# Viewer may only read.
PERMISSIONS: dict[str, frozenset[str]] = {
    "Admin": frozenset(ACTIONS),
    "Member": frozenset(ACTIONS),
    "Viewer": frozenset({"read"}),
}


def bearer_token(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        return None
    return token


def user_for_token(db: Database, token: str | None) -> int | None:
    """Tokens never change while the mock runs (no API writes them): known ones are cached."""
    if token is None:
        return None
    user = db.token_cache.get(token)
    if user is None:
        value = db.scalar("SELECT user_id FROM tokens WHERE token = ?", (token,))
        if value is None:
            return None
        user = db.token_cache[token] = int(value)
    return user


def role_in(db: Database, user_id: int, workspace_header: str | None) -> tuple[int, str] | None:
    """(workspace id, role) when the header names a workspace the user belongs to."""
    if workspace_header is None:
        return None
    text = workspace_header.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        return None
    row = db.one(
        "SELECT workspace_id, role FROM memberships WHERE user_id = ? AND workspace_id = ?",
        (user_id, int(text)),
    )
    return None if row is None else (int(row[0]), str(row[1]))


def allowed(role: str, resource: str, action: str) -> bool:
    return action in PERMISSIONS.get(role, frozenset())
