"""The end-of-run summary table (console) and reports/conformance.md."""

from __future__ import annotations

from datetime import UTC, datetime

from . import operations
from .config import Settings
from .exclusions import EXCLUSIONS, SEMANTIC_REFUSALS, SEMANTIC_REFUSALS_REASON
from .results import OperationResult, RunResults


def scrub(text: str, token: str) -> str:
    """Never let the token through, whatever produced the text."""
    return text.replace(token, "$AISQUARED_API_TOKEN") if token else text


def ordered(results: RunResults) -> list[OperationResult]:
    """Spec operations first (in spec order, untested ones with 0 cases), then the rest."""
    rows = [
        results.operations.get(op.operation_id) or OperationResult(op.operation_id, op.label)
        for op in operations.load()
    ]
    known = {op.operation_id for op in operations.load()}
    rows += [r for name, r in sorted(results.operations.items()) if name not in known]
    return rows


def selected(results: RunResults, settings: Settings) -> list[OperationResult]:
    rows = ordered(results)
    if settings.operations:
        rows = [r for r in rows if r.name in settings.operations or r.cases]
    if settings.profile.read_only:
        rows = [r for r in rows if r.label.startswith("GET ") or r.cases]
    return rows


def _first(result: OperationResult) -> str:
    if not result.failures:
        return ""
    failure = result.failures[0]
    status = f" (HTTP {failure.status})" if failure.status is not None else ""
    return f"{failure.title}{status}"


def table(results: RunResults, settings: Settings) -> str:
    """Plain-text summary: operation, cases, failures, first failure and its curl."""
    rows = selected(results, settings)
    width = max([len(r.name) for r in rows] + [9])
    lines = [f"{'operation':<{width}}  {'cases':>6}  {'failures':>8}  first failure"]
    lines.append("-" * (width + 40))
    for row in rows:
        lines.append(f"{row.name:<{width}}  {row.cases:>6}  {len(row.failures):>8}  {_first(row)}")
        if row.failures:
            lines.append(f"{'':<{width}}    {row.label}")
            lines.append(f"{'':<{width}}    reproduce: {row.failures[0].curl}")
    lines.append("-" * (width + 40))
    lines.append(
        f"{'total':<{width}}  {results.case_count:>6}  {results.failure_count:>8}"
        f"  ({len([r for r in rows if r.cases])} operations tested)"
    )
    return scrub("\n".join(lines), settings.token)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(
    results: RunResults, settings: Settings, verdict: str, target: str, seconds: float
) -> str:
    """The human report: verdict, settings, per-operation table, failures, exclusions."""
    rows = selected(results, settings)
    out = [
        "# AI Squared API conformance report",
        "",
        f"- Verdict: **{verdict}**",
        f"- Target: {target}",
        f"- Profile: `{settings.profile.name}`; seed {settings.seed}; "
        f"{results.case_count} cases in {seconds:.0f} s",
        f"- Finished: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M:%S UTC')}",
        f"- Response statuses: {dict(sorted(results.statuses.items()))}",
        "",
        "| operation | method and path | cases | failures | first failure |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for row in rows:
        out.append(
            f"| `{row.name}` | `{row.label}` | {row.cases} | {len(row.failures)} "
            f"| {_md_cell(_first(row))} |"
        )
    failing = [r for r in rows if r.failures]
    if failing:
        out += ["", "## Failures", ""]
        for row in failing:
            out += [f"### `{row.name}` — `{row.label}`", ""]
            for failure in row.failures:
                out += [
                    f"- **{failure.title}** (check `{failure.check}`, phase {failure.phase},"
                    f" HTTP {failure.status})",
                    "",
                    "  ```text",
                    *(f"  {line}" for line in failure.message.splitlines()),
                    "  ```",
                    "  ```sh",
                    f"  {failure.curl}",
                    "  ```",
                ]
    if results.errors:
        out += ["", "## Errors", "", *(f"- {_md_cell(e)}" for e in results.errors)]
    out += ["", "## Exclusions", ""]
    for exclusion in EXCLUSIONS:
        scope = ", ".join(exclusion.operations) or "all operations"
        out.append(f"- `{exclusion.check}` off for {scope}: {exclusion.reason}")
    refusals = ", ".join(f"`{op}` {list(codes)}" for op, codes in SEMANTIC_REFUSALS.items())
    out.append(f"- `positive_data_acceptance` also accepts {refusals}: {SEMANTIC_REFUSALS_REASON}")
    return scrub("\n".join(out) + "\n", settings.token)
