"""Probes against the release binary, as an attacker and as a tired user would try it: a
crash in the middle of saving, a form fuzzer, slow and oversized requests, a proxy in front,
a backup while the server writes. Bounded by count and time for CI; the variables
PROBE_CRASH_TRIALS, PROBE_FUZZ_POSTS and PROBE_SECONDS run them longer."""
import os
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import threading
import time
import json
import urllib.parse

import pytest

from conftest import BIN, ROOT, Server
from probe import Client, forms, version, wait_closed

CRASH_TRIALS = int(os.environ.get("PROBE_CRASH_TRIALS", "3"))
FUZZ_POSTS = int(os.environ.get("PROBE_FUZZ_POSTS", "1500"))
SECONDS = float(os.environ.get("PROBE_SECONDS", "4"))

# The demo owners and the drafts they may write (behovsmelding id).
WRITERS = [("eier.bodo@demo.no", 5), ("eier.bodo@demo.no", 6), ("eier.privat@demo.no", 4)]


def save_drafts(port, email, bm, stop, acked, errors):
    """Saves the draft again and again with a new contact person; records each save the
    server acknowledged (303) as (behovsmelding, text)."""
    client = Client(port, timeout=5)
    try:
        client.login(email)
        n = 0
        while not stop.is_set():
            n += 1
            status, _, page = client.get(f"/behovsmelding/{bm}")
            if status != 200:
                errors.append(f"GET {bm}: {status}")
                return
            text = f"{threading.get_ident()}-{n}"
            status, _, _ = client.post(f"/behovsmelding/{bm}", [("version", version(page)), ("handling", "lagre"), ("kontaktperson", text)])
            if status == 303:
                acked.append((bm, text))
            elif status not in (409,):
                errors.append(f"POST {bm}: {status}")
    except OSError:
        pass  # the server was killed under us
    finally:
        client.close()


def writers(server, count, stop, acked, errors):
    threads = [
        threading.Thread(target=save_drafts, args=(server.port, *WRITERS[i % len(WRITERS)], stop, acked, errors), daemon=True)
        for i in range(count)
    ]
    for thread in threads:
        thread.start()
    return threads


def saved_texts(db):
    """Every contact person a behovsmelding save wrote, from the audit trail."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = connection.execute("SELECT object_id, after_json FROM audit_log WHERE object_type = 'behovsmelding' AND action = 'lagre'").fetchall()
    return {(int(object_id), json.loads(after).get("kontaktperson")) for object_id, after in rows if after}


@pytest.mark.parametrize("trial", range(CRASH_TRIALS))
def test_kill_9_loses_no_acknowledged_save(trial):
    server = Server()
    stop, acked, errors = threading.Event(), [], []
    threads = writers(server, 8, stop, acked, errors)
    time.sleep(random.uniform(0.5, 2.0))
    server.kill()
    stop.set()
    for thread in threads:
        thread.join(timeout=10)
    try:
        assert not errors, errors[:5]
        assert acked, "no save was acknowledged before the kill"
        stored = saved_texts(server.db)
        missing = [save for save in acked if save not in stored]
        assert not missing, f"{len(missing)} of {len(acked)} acknowledged saves lost, e.g. {missing[:3]}"
        restarted = Server(db=server.db)
        status, _, page = Client(restarted.port).login("eier.bodo@demo.no").get("/behovsmelding/5")
        restarted.stop()
        assert status == 200
    finally:
        server.stop()


def test_sigterm_leaves_a_complete_database_file():
    server = Server()
    client = Client(server.port).login("eier.bodo@demo.no")
    _, _, page = client.get("/behovsmelding/5")
    status, _, _ = client.post("/behovsmelding/5", [("version", version(page)), ("handling", "lagre"), ("kontaktperson", "Før stopp")])
    assert status == 303
    client.close()
    server.stop(keep=True, sig=signal.SIGTERM)
    try:
        assert server.process.returncode == 0
        wal = server.db + "-wal"
        assert not os.path.exists(wal) or os.path.getsize(wal) == 0
        alone = os.path.join(server.folder, "alone.sqlite")
        with open(server.db, "rb") as source, open(alone, "wb") as target:
            target.write(source.read())
        with sqlite3.connect(alone) as connection:
            assert connection.execute("SELECT kontaktperson FROM behovsmelding WHERE id = 5").fetchone()[0] == "Før stopp"
    finally:
        server.stop()


def test_backup_while_writing_starts_a_server_without_the_old_sessions():
    server = Server()
    stop, acked, errors = threading.Event(), [], []
    threads = writers(server, 4, stop, acked, errors)
    owner = Client(server.port).login("eier.bodo@demo.no")
    time.sleep(0.5)
    copy = os.path.join(server.folder, "kopi.sqlite")
    result = subprocess.run([BIN, "backup", "--db", server.db, "--root", ROOT, "--to", copy], capture_output=True, text=True, timeout=60)
    stop.set()
    for thread in threads:
        thread.join(timeout=10)
    try:
        assert result.returncode == 0, result.stderr
        assert not errors, errors[:5]
        with sqlite3.connect(copy) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert connection.execute("SELECT count(*) FROM session").fetchone()[0] == 0
        again = subprocess.run([BIN, "backup", "--db", server.db, "--root", ROOT, "--to", copy], capture_output=True, text=True, timeout=60)
        assert again.returncode != 0 and "finnes allerede" in again.stderr
        restored = Server(db=copy)
        try:
            stale = Client(restored.port)
            stale.cookies = dict(owner.cookies)
            status, headers, _ = stale.get("/eier")
            assert status == 303 and headers["Location"].startswith("/logg-inn")
            status, _, _ = Client(restored.port).login("eier.bodo@demo.no").get("/behovsmelding/5")
            assert status == 200
        finally:
            restored.stop()
    finally:
        owner.close()
        server.stop()


@pytest.fixture(scope="module")
def guarded():
    running = Server(args=("--header-timeout", "2", "--body-timeout", "3"))
    yield running
    running.stop()


def health_times(port, stop, times):
    client = Client(port, timeout=5)
    while not stop.is_set():
        start = time.perf_counter()
        status, _, _ = client.get("/healthz")
        times.append((time.perf_counter() - start, status))
        time.sleep(0.02)
    client.close()


def flood(port, stop, body, chunked):
    while not stop.is_set():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
                if chunked:
                    head = b"POST /logg-inn HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                    sock.sendall(head + f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n")
                else:
                    head = f"POST /logg-inn HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n"
                    sock.sendall(head.encode() + body)
                sock.recv(4096)
        except OSError:
            pass


@pytest.mark.parametrize("chunked", [False, True])
def test_worst_case_bodies_do_not_stall_healthz(guarded, chunked):
    body = b"&" * 1_000_000
    stop, times = threading.Event(), []
    attackers = [threading.Thread(target=flood, args=(guarded.port, stop, body, chunked), daemon=True) for _ in range(8)]
    for thread in attackers:
        thread.start()
    time.sleep(0.3)
    watcher_stop = threading.Event()
    watcher = threading.Thread(target=health_times, args=(guarded.port, watcher_stop, times))
    watcher.start()
    time.sleep(SECONDS)
    watcher_stop.set()
    watcher.join()
    stop.set()
    for thread in attackers:
        thread.join(timeout=10)
    assert times and all(status == 200 for _, status in times)
    slowest = max(seconds for seconds, _ in times)
    assert slowest < 0.1, f"/healthz took up to {slowest * 1000:.0f} ms (median {statistics.median(s for s, _ in times) * 1000:.1f} ms) under 8 floods"


def test_slow_headers_are_cut_off(guarded):
    sockets = []
    for _ in range(100):
        sock = socket.create_connection(("127.0.0.1", guarded.port), timeout=5)
        sock.sendall(b"GET / HTTP/1.1\r\nHo")
        sockets.append(sock)
    for _ in range(2):
        time.sleep(1)
        for sock in sockets:
            try:
                sock.sendall(b"s")
            except OSError:
                pass
    closed = sum(wait_closed(sock, 3) for sock in sockets)
    for sock in sockets:
        sock.close()
    assert closed == len(sockets), f"{len(sockets) - closed} of {len(sockets)} slow connections still open"
    status, _, _ = Client(guarded.port).get("/healthz")
    assert status == 200


def test_slow_body_is_cut_off(guarded):
    with socket.create_connection(("127.0.0.1", guarded.port), timeout=5) as sock:
        sock.sendall(b"POST /logg-inn HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nepost=")
        assert wait_closed(sock, 6)


def test_over_limit_upload_gets_413_and_the_connection_closes(guarded):
    client = Client(guarded.port).login("eier.bodo@demo.no")
    with socket.create_connection(("127.0.0.1", guarded.port), timeout=5) as sock:
        cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        head = f"POST /behovsmelding/5 HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 50000000\r\n\r\n"
        sock.sendall(head.encode() + b"x" * 65536)
        answer = b""
        sock.settimeout(5)
        while b"\r\n\r\n" not in answer:
            answer += sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 413")
        assert wait_closed(sock, 3)
    client.close()


def test_one_time_link_token_is_not_logged(guarded):
    Client(guarded.port).get("/passord/hemmelig-engangstoken-123")
    time.sleep(0.2)
    with open(guarded.log_path) as log:
        text = log.read()
    assert "/passord/{token}" in text
    assert "hemmelig-engangstoken-123" not in text


def failed_logins(port, address, count):
    client = Client(port)
    client.get("/logg-inn")
    statuses = []
    for _ in range(count):
        status, _, _ = client.request("POST", "/logg-inn", f"_csrf={client.csrf}&epost=ukjent%40demo.no&passord=feil-passord",
                                      headers={"X-Forwarded-For": address})
        statuses.append(status)
    return client, statuses


def test_behind_a_trusted_proxy_one_client_does_not_lock_out_the_others():
    proxied = Server(args=("--trusted-proxy", "127.0.0.1/32"))
    try:
        _, statuses = failed_logins(proxied.port, "198.51.100.1", 7)
        assert statuses[-1] == 429, statuses
        client = Client(proxied.port)
        client.get("/logg-inn")
        status, _, _ = client.request("POST", "/logg-inn", f"_csrf={client.csrf}&epost=sf%40demo.no&passord=demo1234",
                                      headers={"X-Forwarded-For": "198.51.100.2"})
        assert status == 303
    finally:
        proxied.stop()


def test_without_a_trusted_proxy_forwarding_headers_are_ignored():
    plain = Server()
    try:
        statuses = []
        for n in range(7):
            _, result = failed_logins(plain.port, f"198.51.100.{n + 10}", 1)
            statuses += result
        assert statuses[-1] == 429, statuses
    finally:
        plain.stop()


MUTATIONS = [
    "", " ", "0", "-1", "99999999999999999999", "1e9", "NaN", "١٢٣", "12,5", "%", "%zz", "\u0000", "\r\n" * 50,
    "<script>alert(1)</script>", "' OR 1=1 --", "å" * 5000, "a\u030a" * 2100, "👩🏽‍🏫" * 1200, "x" * 70000,
    "tiltak[999].tittel", "../../etc/passwd", "null", "true", "[]", "{}", "send", "lagre", "fjern-0", "fjern-999",
    "fjern-", "nytt-tiltak", "2027-02-30", "31.12.9999",
]


def mutate(fields, rng):
    fields = list(fields)
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        if fields and choice < 0.6:
            index = rng.randrange(len(fields))
            if fields[index][0] != "_csrf":
                fields[index] = (fields[index][0], rng.choice(MUTATIONS))
        elif fields and choice < 0.75:
            index = rng.randrange(len(fields))
            if fields[index][0] != "_csrf":
                del fields[index]
        elif choice < 0.9:
            fields.append((rng.choice(["tiltak[1].aarsbelop[9].eier", "tiltak[0].tittel", "handling", "version", "x" * 300, "kriterier.ukjent"]),
                           rng.choice(MUTATIONS)))
        elif fields:
            fields.append(rng.choice(fields))
    return fields


@pytest.mark.parametrize("email", ["eier.bodo@demo.no", "uh.nord@demo.no", "nettverk.salten@demo.no", "fagutvalg.bhg@demo.no",
                                   "sf@demo.no", "forum@demo.no"])
def test_fuzzed_forms_never_give_a_5xx_or_hang(guarded, email):
    rng = random.Random(f"{email}-{os.environ.get('PROBE_SEED', '1')}")
    client = Client(guarded.port, timeout=10).login(email)
    pages = {
        "eier.bodo@demo.no": ["/eier", "/behovsmelding/5", "/behovsmelding/6", "/partnerskap/3", "/partnerskap/3/endre", "/partnerskap/ny"],
        "uh.nord@demo.no": ["/uh", "/behovsmelding/4", "/partnerskap/2"],
        "nettverk.salten@demo.no": ["/nettverk", "/nettverk/2027/kompetanseloftet", "/nettverk/2027/rekom"],
        "fagutvalg.bhg@demo.no": ["/fagutvalg", "/fagutvalg/behovsmelding/1", "/fagutvalg/behovsmelding/2"],
        "sf@demo.no": ["/statsforvalter/innstilling/2027/dekom", "/statsforvalter/organisasjoner/ny", "/statsforvalter/brukere/ny",
                       "/statsforvalter/runder/ny", "/statsforvalter/organisasjoner/1", "/statsforvalter/regioner/1"],
        "forum@demo.no": ["/samarbeidsforum/2027/rekom"],
    }[email]
    found = []
    for page in pages:
        status, _, text = client.get(page)
        assert status < 500, f"GET {page}: {status}"
        found += [(page, action, fields) for action, fields in forms(text) if not action.startswith("/logg-ut") and action != "/rolle"]
    assert found, f"no forms found for {email}"
    per_role = max(1, FUZZ_POSTS // 6)
    slowest = 0.0
    for n in range(per_role):
        page, action, fields = rng.choice(found)
        if n % 25 == 0:
            client.get(page)  # a fresh token and version now and then
        fields = [("_csrf", client.csrf) if name == "_csrf" else (name, value) for name, value in fields]
        start = time.perf_counter()
        body = mutate(fields, rng)
        status, _, text = client.request("POST", action, urllib.parse.urlencode(body))
        slowest = max(slowest, time.perf_counter() - start)
        shown = [(name, value[:40] + ("…" if len(value) > 40 else "")) for name, value in body[:8]]
        assert status < 500, f"POST {action} gave {status} with {shown}: {text[:300]}"
        if status == 401:
            client.login(email)
    assert slowest < 5, f"a post took {slowest:.1f} s"
    client.close()
