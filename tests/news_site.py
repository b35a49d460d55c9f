"""A news site on this machine, for the fetcher's tests: nothing in the suite reaches the internet.

It serves the pages under tests/data/news_site/ and the ways real sites misbehave: slow answers,
huge and endless bodies, compressed bombs, redirect chains and loops, error codes and files that
are not web pages.
"""

import contextlib
import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "data" / "news_site"


class NewsSiteHandler(BaseHTTPRequestHandler):
    server_version = "LedgerCMS/2.1"

    def log_message(self, format, *args):  # quiet: pytest shows failures, not access logs
        pass

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        route = ROUTES.get(path)
        if route is None:
            return self._send(404, b"<h1>Not found</h1>")
        route(self)

    def _send(self, status, body, content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        with contextlib.suppress(OSError):  # the fetcher hung up (too slow, too big): right
            self.wfile.write(body)

    def _redirect(self, location, status=302):
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _page(name):
    return lambda handler: handler._send(200, (PAGES / name).read_bytes())


def _slow(handler):
    time.sleep(3)
    handler._send(200, b"<p>too late</p>")


def _drip(handler):
    """Answers at once, then sends a byte every 0.2 s: each read is quick, the whole is not."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    with contextlib.suppress(OSError):  # the fetcher gave up, as it should
        for _ in range(40):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.2)


def _endless(handler):
    """No Content-Length, and more bytes than any limit."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk = b"<p>" + b"la " * 10_000 + b"</p>"
    with contextlib.suppress(OSError):
        for _ in range(1000):
            handler.wfile.write(chunk)


def _declared_huge(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(500 * 1024 * 1024))
    handler.end_headers()


def _gzip_bomb(handler):
    body = gzip.compress(b"<p>" + b"A" * (20 * 1024 * 1024) + b"</p>")
    handler._send(200, body, headers=[("Content-Encoding", "gzip")])


def _latin1(handler):
    body = "<html><body><p>Le ministère a démenti l'information.</p></body></html>"
    handler._send(200, body.encode("latin-1"), content_type="text/html; charset=iso-8859-1")


ROUTES = {
    "/world/kremlin-denies": _page("kremlin-denies.html"),
    "/reports/geolocation": _page("geolocation-report.html"),
    "/slow": _slow,
    "/drip": _drip,
    "/endless": _endless,
    "/declared-huge": _declared_huge,
    "/gzip-bomb": _gzip_bomb,
    "/latin1": _latin1,
    "/moved": lambda h: h._redirect("/world/kremlin-denies", 301),
    "/short-link": lambda h: h._redirect("/moved"),
    "/loop": lambda h: h._redirect("/loop"),
    "/to-metadata": lambda h: h._redirect("http://169.254.169.254/latest/meta-data/"),
    "/to-loopback": lambda h: h._redirect(
        f"http://127.0.0.1:{h.server.server_port}/reports/geolocation"
    ),
    "/report.pdf": lambda h: h._send(200, b"%PDF-1.7 ...", content_type="application/pdf"),
    "/gone": lambda h: h._send(410, b"<h1>Gone</h1>"),
    "/broken": lambda h: h._send(500, b"<h1>Internal error</h1>"),
    "/empty": lambda h: h._send(200, b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
}


class NewsSite:
    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), NewsSiteHandler)
        self.server.daemon_threads = True
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path, host="127.0.0.1"):
        return f"http://{host}:{self.port}{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
