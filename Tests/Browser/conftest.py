"""Starts the release binary on a free loopback port with a fresh demo database for each test
module, and stops it by its pid afterwards."""
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

from person import Site, browser

ROOT = os.environ.get("BEHOVSMELDING_ROOT", os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
BIN = os.environ.get("BEHOVSMELDING_BIN", os.path.join(ROOT, ".build", "release", "behovsmelding"))
# The day the tests live on, whenever they run: round 2027 is open for behovsmeldinger.
TODAY = os.environ.get("E2E_TODAY", "2026-11-23")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """The release binary on a free port. `db` reuses a database file (a restart, a restored
    backup); otherwise a fresh demo database is made. `args` go to `serve`; `today` is the
    day its clock starts on; `env` is added to its environment (a mail server)."""

    def __init__(self, args=(), db=None, today=TODAY, env=None):
        self.folder = tempfile.mkdtemp(prefix="behovsmelding-e2e-")
        self.db = db or os.path.join(self.folder, "demo.sqlite")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(self.folder, "server.log")
        self.log = open(self.log_path, "w")
        if db is None:
            subprocess.run([BIN, "seed-demo", "--db", self.db, "--root", ROOT, "--today", TODAY], check=True, stdout=self.log, stderr=subprocess.STDOUT)
        self.process = subprocess.Popen(
            [BIN, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--db", self.db, "--root", ROOT, "--today", today, *args],
            stdout=self.log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
        )
        deadline = time.time() + 30
        while True:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=1) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            if self.process.poll() is not None or time.time() > deadline:
                self.stop()
                raise RuntimeError("the server did not start; see " + self.log.name)
            time.sleep(0.2)

    def stop(self, keep=False, sig=signal.SIGINT):
        """Stops the server (SIGINT unless `sig` says otherwise); `keep` leaves its folder."""
        if self.process.poll() is None:
            os.kill(self.process.pid, sig)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        if not keep:
            shutil.rmtree(self.folder, ignore_errors=True)

    def kill(self):
        """kill -9: no shutdown, no checkpoint."""
        self.process.kill()
        self.process.wait()
        self.log.close()


@pytest.fixture(scope="module")
def server():
    running = Server()
    yield running
    running.stop()


@pytest.fixture
def site(server):
    driver = browser(javascript=True)
    yield Site(driver, server.base)
    driver.quit()
