"""The safe fetcher: what it refuses, what it bounds, and what it keeps."""

import socket

import pytest

from claims.fetching import FetchRefused, fetch


def test_fetch_follows_redirects_and_keeps_the_final_url(news_site):
    page = fetch(news_site.url("/short-link"))

    assert page.status == 200
    assert page.final_url == news_site.url("/world/kremlin-denies")
    assert page.content_type == "text/html"
    assert "Kremlin denies drone strike" in page.text
    assert len(page.content_hash) == 64


def test_fetch_decodes_the_declared_charset(news_site):
    assert "ministère a démenti" in fetch(news_site.url("/latin1")).text


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost/",
        "http://10.0.0.8/",
        "http://192.168.1.1/admin",
        "http://172.16.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://100.64.0.1/",
        "http://240.0.0.1/",
    ],
)
def test_private_and_reserved_addresses_are_refused_after_resolution(url, settings):
    settings.FETCH_ALLOWED_HOSTS = []
    with pytest.raises(FetchRefused, match="private or reserved address"):
        fetch(url)


def test_a_name_that_resolves_to_loopback_is_refused(settings):
    """`localhost` looks like a name; what counts is the address it resolves to."""
    settings.FETCH_ALLOWED_HOSTS = []
    with pytest.raises(FetchRefused, match=r"localhost points to a private.*127\.0\.0\.1"):
        fetch("http://localhost/")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "Only http and https"),
        ("ftp://example.org/file", "Only http and https"),
        ("gopher://example.org/", "Only http and https"),
        ("javascript:alert(1)", "Only http and https"),
        ("http://user:secret@example.org/", "user name or password"),
        ("http:///nohost", "no host name"),
        ("http://[not-an-ip/", "not a valid web address"),
    ],
)
def test_other_schemes_credentials_and_ports_are_refused_before_any_connection(
    url, message, monkeypatch
):
    def no_lookup(*args, **kwargs):
        raise AssertionError("refused URLs must not even be resolved")

    monkeypatch.setattr(socket, "getaddrinfo", no_lookup)
    with pytest.raises(FetchRefused, match=message):
        fetch(url)


def test_only_standard_ports_are_fetched_from_public_hosts(settings, monkeypatch):
    monkeypatch.setattr(
        socket, "getaddrinfo", lambda *a, **k: [(socket.AF_INET, 1, 6, "", ("93.184.215.14", 22))]
    )
    with pytest.raises(FetchRefused, match="standard web ports are fetched, not port 22"):
        fetch("http://example.org:22/")


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(news_site, settings):
    """The first hop is allowed (the test site); the redirect to the cloud metadata address
    is checked again and refused."""
    with pytest.raises(FetchRefused, match=r"169\.254\.169\.254"):
        fetch(news_site.url("/to-metadata"))


def test_a_redirect_to_loopback_is_refused_when_only_the_first_host_is_allowed(news_site, settings):
    settings.FETCH_ALLOWED_HOSTS = ["localhost"]
    with pytest.raises(FetchRefused, match=r"127\.0\.0\.1 points to a private"):
        fetch(news_site.url("/to-loopback", host="localhost"))


def test_redirect_loops_end_with_a_message(news_site):
    with pytest.raises(FetchRefused, match="redirects more than 5 times"):
        fetch(news_site.url("/loop"))


def test_a_slow_site_is_given_up_on(news_site, settings):
    settings.FETCH_TIMEOUT_SECONDS = 1
    with pytest.raises(FetchRefused, match="took too long"):
        fetch(news_site.url("/slow"))


def test_a_page_sent_a_byte_at_a_time_meets_the_deadline(news_site, settings):
    settings.FETCH_TIMEOUT_SECONDS = 1
    with pytest.raises(FetchRefused, match="took too long"):
        fetch(news_site.url("/drip"))


@pytest.mark.parametrize("path", ["/endless", "/declared-huge", "/gzip-bomb"])
def test_bodies_over_the_limit_are_refused_without_reading_them_whole(path, news_site, settings):
    settings.FETCH_MAX_BYTES = 256 * 1024
    with pytest.raises(FetchRefused, match="larger than the limit of 256"):
        fetch(news_site.url(path))


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/report.pdf", "application/pdf, not a web page"),
        ("/gone", "answered 410"),
        ("/broken", "answered 500"),
        ("/no-such-page", "answered 404"),
    ],
)
def test_errors_and_other_types_say_what_the_site_answered(path, message, news_site):
    with pytest.raises(FetchRefused, match=message):
        fetch(news_site.url(path))


def test_an_unknown_host_is_reported_in_words(settings, monkeypatch):
    def not_found(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", not_found)
    with pytest.raises(FetchRefused, match="The host news.invalid could not be found"):
        fetch("https://news.invalid/story")
