"""A model hub on 127.0.0.1 that speaks the few huggingface_hub endpoints snapshot_download uses.

Read from huggingface_hub 2.4's own source (hf_api.repo_info, list_repo_tree,
file_download.get_hf_file_metadata): `GET /api/models/{repo}/revision/{rev}` (the commit sha),
`GET /api/models/{repo}/tree/{sha}?recursive=…` (the file list), and `HEAD`/`GET
/{repo}/resolve/{sha}/{file}` (the X-Repo-Commit and ETag headers, then the bytes). Every
request is recorded, so a test can tell a download from a cache hit.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class FakeHub:
    """One repository (`repo_id`) whose files are those of `folder`."""

    repo_id: str
    folder: Path
    requests: list[tuple[str, str]] = field(default_factory=list)
    url: str = ""

    def files(self) -> dict[str, Path]:
        return {p.relative_to(self.folder).as_posix(): p for p in sorted(self.folder.rglob("*")) if p.is_file()}


def _handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet test output
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None,
                  with_body: bool = True) -> None:
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def _json(self, data: object) -> None:
            self._send(200, json.dumps(data).encode(), {"Content-Type": "application/json"})

        def _route(self, with_body: bool) -> None:
            path = unquote(urlsplit(self.path).path)
            hub.requests.append((self.command, path))
            files = hub.files()
            api = f"/api/models/{hub.repo_id}"
            if path.startswith(f"{api}/revision/"):
                return self._json({"id": hub.repo_id, "modelId": hub.repo_id, "sha": COMMIT, "private": False,
                                   "siblings": [{"rfilename": name} for name in files]})
            if path.startswith(f"{api}/tree/"):
                return self._json([{"type": "file", "path": name, "size": p.stat().st_size,
                                    "oid": hashlib.sha1(p.read_bytes()).hexdigest()} for name, p in files.items()])
            prefix = f"/{hub.repo_id}/resolve/"
            if path.startswith(prefix):
                _revision, _, name = path[len(prefix):].partition("/")
                if name in files:
                    body = files[name].read_bytes()
                    etag = hashlib.sha1(body).hexdigest()
                    return self._send(200, body, {"X-Repo-Commit": COMMIT, "ETag": f'"{etag}"',
                                                  "Content-Type": "application/octet-stream"}, with_body)
            self._send(404, b'{"error": "not found"}', {"Content-Type": "application/json",
                                                         "X-Error-Code": "EntryNotFound"}, with_body)

        def do_GET(self) -> None:
            self._route(True)

        def do_HEAD(self) -> None:
            self._route(False)

    return Handler


@contextmanager
def fake_hub(repo_id: str, folder: Path) -> Iterator[FakeHub]:
    """The hub serving `folder` as `repo_id` on a free port of 127.0.0.1, for the block."""
    hub = FakeHub(repo_id, folder)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(hub))
    hub.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hub
    finally:
        server.shutdown()
        server.server_close()
