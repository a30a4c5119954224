"""A small HTTP client for the probes: one keep-alive connection, its own cookies, no
redirects followed, and the header a browser sends with a form of the site itself."""
import html
import http.client
import re
import time
import urllib.parse

DEMO_PASSWORD = "demo1234"


class Client:
    def __init__(self, port, timeout=10):
        self.port = port
        self.timeout = timeout
        self.cookies = {}
        self.csrf = ""
        self.connection = None
        self.last_body = b""

    def _connection(self):
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        return self.connection

    def request(self, method, path, body=None, headers=None):
        """Returns (status, headers, text); keeps cookies and the page's form token, and the
        raw body in `last_body`."""
        all_headers = {"Sec-Fetch-Site": "same-origin"}
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        all_headers.update(headers or {})
        for attempt in (1, 2):
            try:
                connection = self._connection()
                connection.request(method, path, body=body, headers=all_headers)
                response = connection.getresponse()
                data = response.read()
                self.last_body = data
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if attempt == 2:
                    raise
        for value in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            cookie = rest.split(";")[0]
            if cookie == "" or "Max-Age=0" in value:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = cookie
        text = data.decode("utf-8", "replace")
        token = re.search(r'name="_csrf" value="([^"]*)"', text)
        if token:
            self.csrf = html.unescape(token.group(1))
        if response.headers.get("Connection", "").lower() == "close":
            self.close()
        return response.status, response.headers, text

    def get(self, path):
        return self.request("GET", path)

    def post(self, path, fields, csrf=None):
        pairs = [("_csrf", self.csrf if csrf is None else csrf)] + list(fields)
        return self.request("POST", path, urllib.parse.urlencode(pairs))

    def login(self, email):
        self.get("/logg-inn")
        status, headers, _ = self.post("/logg-inn", [("epost", email), ("passord", DEMO_PASSWORD)])
        assert status == 303, f"login as {email}: {status}"
        self.get(headers["Location"])
        return self

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def version(page):
    match = re.search(r'name="version" value="(\d+)"', page)
    return match.group(1) if match else "0"


def forms(page):
    """Every POST form of a page: (action, [(name, value)]) with the values it shows, the
    buttons' name/value pairs as separate choices."""
    found = []
    for match in re.finditer(r'<form[^>]*method="post"[^>]*action="([^"]+)"[^>]*>(.*?)</form>', page, re.S):
        action, body = html.unescape(match.group(1)), match.group(2)
        fields = []
        for tag in re.finditer(r"<(input|textarea|select|button)\b([^>]*)>", body):
            attrs = dict((k, html.unescape(v)) for k, v in re.findall(r'([a-zA-Z-]+)="([^"]*)"', tag.group(2)))
            if "name" in attrs:
                fields.append((attrs["name"], attrs.get("value", "")))
        found.append((action, fields))
    return found


def wait_closed(sock, seconds):
    """True when the server closes `sock` within `seconds`."""
    sock.settimeout(0.2)
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            data = sock.recv(65536)
            if data == b"":
                return True
        except TimeoutError:
            continue
        except (ConnectionResetError, OSError):
            return True
    return False
