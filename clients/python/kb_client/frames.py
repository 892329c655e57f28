"""Records as DataFrame rows: nested objects flattened one level (`date` becomes `date_edtf`,
`date_earliest`, `date_latest`, `date_precision`, ...), EDTF bounds as datetime columns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

# Columns holding an EDTF bound (a day, or null when open): parsed as datetimes.
BOUND_SUFFIXES = ("_earliest", "_latest")


def flatten(record: Mapping[str, Any]) -> dict[str, Any]:
    """Return the record with each nested object spread into `<key>_<field>` columns; lists
    (evidence, participants, versions) stay Python lists in one cell."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, Mapping):
            row.update({f"{key}_{inner}": item for inner, item in value.items()})
        else:
            row[key] = value
    return row


def to_frame(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Return a DataFrame with one row per record, the EDTF bounds (`*_earliest`, `*_latest`)
    as datetimes: an open bound is NaT."""
    try:
        import pandas as pd
    except ImportError as missing:
        raise ImportError("DataFrames need the extra: pip install 'kb-client[pandas]'") from (
            missing
        )
    frame = pd.DataFrame([flatten(record) for record in records])
    for column in frame.columns:
        if str(column).endswith(BOUND_SUFFIXES):
            frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")
    return frame
