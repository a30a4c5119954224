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
    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="behovsmelding-e2e-")
        self.db = os.path.join(self.folder, "demo.sqlite")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(os.path.join(self.folder, "server.log"), "w")
        subprocess.run([BIN, "seed-demo", "--db", self.db, "--root", ROOT, "--today", TODAY], check=True, stdout=self.log, stderr=subprocess.STDOUT)
        self.process = subprocess.Popen(
            [BIN, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--db", self.db, "--root", ROOT, "--today", TODAY],
            stdout=self.log, stderr=subprocess.STDOUT,
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

    def stop(self):
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


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
