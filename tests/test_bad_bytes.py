"""Bad bytes never become data: what a hostile or careless client sends is refused with a
problem naming the part, field or parameter, and nothing is stored.

The curated texts here are our own, written for these tests."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

import pytest
from conftest import gunicorn_server, wipe
from flask.testing import FlaskClient

from kb_service.config import Settings
from kb_service.store.db import Database

AUTH = {"Authorization": "Bearer test-key-1"}
DOCUMENT = b"""kind: source
id: bad-bytes-brief
title: A brief written for this test
publisher: Test Desk
published: 2021-03-04
language: en
text_file: brief.txt
"""
TEXT = "The ministers met in the capital on Thursday.\n"
LATIN_1 = "Les ministres se sont r\u00e9unis jeudi.\n".encode("latin-1")


def multipart(parts: Sequence[tuple[str, str | None, bytes]]) -> tuple[bytes, str]:
    """Encode a multipart/form-data body from (name, file name or None for a field, bytes)."""
    boundary = "kb-test-boundary-7d1"
    body = b""
    for name, filename, content in parts:
        disposition = f'form-data; name="{name}"'
        if filename is not None:
            disposition += f'; filename="{filename}"'
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode()
        body += content + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def post_parts(client: FlaskClient, parts: Sequence[tuple[str, str | None, bytes]]):  # type: ignore[no-untyped-def]
    body, content_type = multipart(parts)
    return client.post("/api/v1/sources", data=body, headers={**AUTH, "Content-Type": content_type})


def sources(client: FlaskClient) -> list[str]:
    response = client.get("/api/v1/sources")
    assert response.status_code == 200
    return [item["id"] for item in response.get_json()["data"]]


@pytest.fixture()
def api(db: Database, client: FlaskClient) -> Iterator[FlaskClient]:
    wipe(db)
    yield client
    wipe(db)


def test_a_text_that_is_not_utf8_is_refused_as_a_form_field_as_it_is_as_a_file(
    api: FlaskClient,
) -> None:
    """The same Latin-1 bytes, sent as a plain form field or as a file part, get the same 422
    naming the text part: never stored with U+FFFD in place of the bytes."""
    for filename in (None, "brief.txt"):
        response = post_parts(
            api, [("document", "brief.yaml", DOCUMENT), ("brief.txt", filename, LATIN_1)]
        )
        assert response.status_code == 422, response.get_data(as_text=True)
        (problem,) = response.get_json()["invalid_params"]
        assert (problem["file"], problem["line"]) == ("brief.txt", 1), problem
        assert problem["reason"] == "file is not valid UTF-8"
    assert sources(api) == []


def test_the_same_text_in_utf8_as_a_form_field_is_stored(api: FlaskClient) -> None:
    response = post_parts(
        api, [("document", None, DOCUMENT), ("brief.txt", None, TEXT.encode("utf-8"))]
    )
    assert response.status_code == 201, response.get_data(as_text=True)
    assert sources(api) == ["bad-bytes-brief"]


def test_a_second_document_part_is_refused_naming_it(api: FlaskClient) -> None:
    other = DOCUMENT.replace(b"bad-bytes-brief", b"another-brief")
    response = post_parts(
        api,
        [
            ("document", "a.yaml", DOCUMENT),
            ("document", "b.yaml", other),
            ("brief.txt", "brief.txt", TEXT.encode()),
        ],
    )
    assert response.status_code == 400
    assert response.get_json()["invalid_params"] == [
        {"name": "document", "reason": "is sent twice: send each part once"}
    ]
    assert sources(api) == []


def test_too_many_parts_get_a_413_that_says_the_count_is_the_problem(api: FlaskClient) -> None:
    parts = [("document", "a.yaml", DOCUMENT)] + [
        (f"extra{n}.txt", f"extra{n}.txt", b"x\n") for n in range(8)
    ]
    response = post_parts(api, parts)
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"
    assert "more than 8 parts" in response.get_json()["detail"]
    assert sources(api) == []


def test_eight_parts_are_still_taken(api: FlaskClient) -> None:
    parts = [("document", "a.yaml", DOCUMENT), ("brief.txt", "brief.txt", TEXT.encode())] + [
        (f"extra{n}.txt", f"extra{n}.txt", b"x\n") for n in range(6)
    ]
    response = post_parts(api, parts)
    assert response.status_code == 201, response.get_data(as_text=True)


def test_deeply_nested_json_is_a_400_not_a_500(api: FlaskClient) -> None:
    depth = 100_000
    body = b'{"text": ' + b"[" * depth + b"]" * depth + b"}"
    response = api.post("/api/v1/drafts", data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["invalid_params"] == [
        {"name": "", "reason": "the JSON body nests too deeply"}
    ]


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/api/v1/dates", "edtf=%D9%A2%D9%A0%D9%A2%D9%A0"),
        ("/api/v1/dates", "edtf=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%90"),
    ],
)
def test_dates_in_other_scripts_digits_are_not_edtf(
    client: FlaskClient, path: str, query: str
) -> None:
    """`٢٠٢٠` (Arabic-Indic) and `２０２０` (fullwidth) are refused: EDTF is ASCII."""
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    (problem,) = response.get_json()["invalid_params"]
    assert problem["name"] == "edtf"


def test_a_curated_date_in_arabic_indic_digits_is_refused(api: FlaskClient) -> None:
    document = DOCUMENT.decode() + (
        "events:\n"
        "  - id: bad-bytes-meeting\n"
        "    title: The ministers met\n"
        "    type: meeting\n"
        "    date: \u0662\u0660\u0662\u0661-\u0660\u0663-\u0660\u0664\n"
        "    evidence:\n"
        "      - passage: 1\n"
        "        quote: The ministers met in the capital\n"
    )
    response = post_parts(
        api, [("document", "brief.yaml", document.encode()), ("brief.txt", None, TEXT.encode())]
    )
    assert response.status_code == 422, response.get_data(as_text=True)
    (problem,) = response.get_json()["invalid_params"]
    assert problem["name"] == "events[0].date"
    assert problem["line"] == 12
    assert "ASCII digits" in problem["reason"]
    assert sources(api) == []


def chunked_post(base: str, path: str, body: bytes) -> tuple[int, dict[str, object]]:
    """POST `body` with Transfer-Encoding: chunked (no Content-Length) over a real socket."""
    url = urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname or "", url.port, timeout=60)
    try:
        connection.putrequest("POST", path)
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Transfer-Encoding", "chunked")
        connection.endheaders()
        for start in range(0, len(body), 16 * 1024):
            piece = body[start : start + 16 * 1024]
            connection.send(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        connection.send(b"0\r\n\r\n")
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def test_an_oversized_chunked_body_is_a_413_through_gunicorn(settings: Settings) -> None:
    """A chunked body has no length to refuse up front: it is read to one byte past the limit
    and refused with 413, never cut short and read as a (broken) JSON document."""
    limit = 64 * 1024
    text = "The ministers met. " * (limit // 10)
    body = json.dumps({"text": text, "publisher": "Test Desk"}).encode()
    with gunicorn_server(settings, workers=1, env={"KB_MAX_BODY_BYTES": str(limit)}) as base:
        status, problem = chunked_post(base, "/api/v1/drafts", body)
        assert status == 413, problem
        assert problem["status"] == 413
        small = json.dumps({"text": "The ministers met.", "publisher": "Test Desk"}).encode()
        status, answer = chunked_post(base, "/api/v1/drafts", small)
        assert status == 200, answer
