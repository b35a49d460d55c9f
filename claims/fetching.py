"""Fetching a web page a stranger named, without letting the name reach our own network.

Every hop is checked the same way: http or https only, no credentials in the URL, a standard
port, and every address the host resolves to public. The connection then goes to the address
that was checked (not to a second lookup, which DNS rebinding could point elsewhere), with the
host name kept for the Host header and TLS. Time, size and redirects are bounded; a page is read
in chunks, so a huge or endless body costs at most the limit.
"""

import hashlib
import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings
from django.template.defaultfilters import filesizeformat

HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = HTML_TYPES | {"text/plain"}
STANDARD_PORTS = {"http": 80, "https": 443}
CHUNK = 64 * 1024


class FetchRefused(ValueError):
    """The page was not fetched or not kept; the message says why, in an editor's words."""


@dataclass(frozen=True)
class FetchedPage:
    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    text: str

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES


def fetch(url: str, *, accept: set[str] = TEXT_TYPES, max_bytes: int | None = None) -> FetchedPage:
    """GET `url`, following redirects, and return the decoded page.

    Raises FetchRefused for a refused address, a timeout, an error status, a type not in
    `accept`, or a body over `max_bytes`.
    """
    max_bytes = max_bytes or settings.FETCH_MAX_BYTES
    deadline = time.monotonic() + settings.FETCH_TIMEOUT_SECONDS
    current = url.strip()
    for _ in range(settings.FETCH_MAX_REDIRECTS + 1):
        response = _request(current, deadline)
        try:
            location = response.headers.get("Location")
            if response.status in {301, 302, 303, 307, 308} and location:
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise FetchRefused(f"The site answered {response.status} {response.reason or ''}.")
            content_type, charset = _content_type(response.headers.get("Content-Type", ""))
            if content_type not in accept:
                raise FetchRefused(
                    f"The link gives {content_type or 'an unnamed type'}, not a web page."
                )
            body = _read_bounded(response, max_bytes, deadline)
        finally:
            response.release_conn()
        return FetchedPage(
            url=url,
            final_url=current,
            status=response.status,
            content_type=content_type,
            body=body,
            text=_decode(body, charset),
        )
    raise FetchRefused(f"The link redirects more than {settings.FETCH_MAX_REDIRECTS} times.")


def check_url(url: str) -> tuple[str, str, int, str]:
    """The scheme, host, port and the checked address to connect to; FetchRefused otherwise."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchRefused("That is not a valid web address.") from None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in STANDARD_PORTS:
        raise FetchRefused("Only http and https links can be fetched.")
    if not host:
        raise FetchRefused("The link has no host name.")
    if parts.username or parts.password:
        raise FetchRefused("Links with a user name or password are not fetched.")
    allowed = host in settings.FETCH_ALLOWED_HOSTS
    port = port or STANDARD_PORTS[scheme]
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchRefused(f"The host {host} could not be found.") from None
    # IPv4 first, so a host with both connects the same way every time.
    addresses = sorted(
        {info[4][0] for info in infos}, key=lambda address: (":" in address, address)
    )
    if not allowed:
        for address in addresses:
            if not _is_public(address):
                raise FetchRefused(
                    f"{host} points to a private or reserved address ({address}); "
                    "only public web pages are fetched."
                )
        if port not in STANDARD_PORTS.values():
            raise FetchRefused(f"Only the standard web ports are fetched, not port {port}.")
    return scheme, host, port, addresses[0]


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _request(url: str, deadline: float) -> urllib3.BaseHTTPResponse:
    scheme, host, port, address = check_url(url)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchRefused("The site took too long to answer.")
    timeout = urllib3.Timeout(connect=min(5.0, remaining), read=remaining)
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            address, port, timeout=timeout, retries=False, maxsize=1,
            server_hostname=host, assert_hostname=host,
        )  # fmt: skip
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False, maxsize=1)
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    host_header = host if port == STANDARD_PORTS[scheme] else f"{host}:{port}"
    try:
        return pool.urlopen(
            "GET",
            path,
            headers={
                "Host": host_header,
                "User-Agent": settings.FETCH_USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8",
                # No brotli or zstd: gzip is bounded by the chunked read below.
                "Accept-Encoding": "gzip, deflate",
            },
            redirect=False,
            preload_content=False,
            assert_same_host=False,
        )
    except urllib3.exceptions.TimeoutError:
        raise FetchRefused("The site took too long to answer.") from None
    except urllib3.exceptions.SSLError:
        raise FetchRefused(f"The secure connection to {host} failed.") from None
    except urllib3.exceptions.HTTPError as error:
        raise FetchRefused(f"{host} could not be reached ({_reason(error)}).") from None


def _reason(error: Exception) -> str:
    reason = getattr(error, "reason", None) or error
    return str(reason).split(": ", 1)[-1][:120]


def _read_bounded(response, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchRefused(_too_big(max_bytes))
    chunks, size = [], 0
    try:
        # read1 returns after each socket read, so a page sent a byte at a time meets the deadline.
        while chunk := response.read1(CHUNK, decode_content=True):
            size += len(chunk)
            if size > max_bytes:
                raise FetchRefused(_too_big(max_bytes))
            if time.monotonic() > deadline:
                raise FetchRefused("The site took too long to send the page.")
            chunks.append(chunk)
    except urllib3.exceptions.TimeoutError:
        raise FetchRefused("The site took too long to send the page.") from None
    except urllib3.exceptions.HTTPError as error:
        raise FetchRefused(f"The page could not be read ({_reason(error)}).") from None
    return b"".join(chunks)


def _too_big(max_bytes: int) -> str:
    return f"The page is larger than the limit of {filesizeformat(max_bytes)}."


def _content_type(header: str) -> tuple[str, str]:
    media_type, _, params = header.partition(";")
    charset = re.search(r"charset=\"?([\w.:-]+)", params, re.I)
    return media_type.strip().lower(), charset.group(1) if charset else ""


def _decode(body: bytes, charset: str) -> str:
    if not charset:
        declared = re.search(rb"<meta[^>]{0,200}charset=[\"']?([\w.:-]+)", body[:4096], re.I)
        charset = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")
