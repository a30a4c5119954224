"""make bench: seeds the national dataset, starts the release binary, logs in as each role and
measures the pages every role uses against the static-file rate of the same run, then a write
mix of 32 owners saving drafts. Prints a table and writes it as JSON, with the server's peak
RSS. Speed is read as ratios (share of the static rate), not as absolute times: the load
generator shares the machine's cores with the server.

Environment: BENCH_SIZE (nasjonal | fylke), BENCH_SECONDS (per wrk run, 4), BENCH_RUNS (3),
BENCH_STATIC_SECONDS (the static file's run before each page run, 2), BENCH_CLIENTS (64),
BENCH_OUT (the JSON file), BEHOVSMELDING_BIN, BEHOVSMELDING_ROOT."""
import html
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from html.parser import HTMLParser

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Browser"))
from probe import Client  # noqa: E402

ROOT = os.environ.get("BEHOVSMELDING_ROOT", os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
BIN = os.environ.get("BEHOVSMELDING_BIN", os.path.join(ROOT, ".build", "release", "behovsmelding"))
SIZE = os.environ.get("BENCH_SIZE", "nasjonal")
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "64"))
OUT = os.environ.get("BENCH_OUT", os.path.join(ROOT, ".build", "bench.json"))
TODAY = "2026-11-23"
WRITERS = 32
# A page slower than this alone is not put under load: 64 clients would queue minutes of work
# (and it is far outside every budget already); the table says so.
LOAD_LIMIT_MS = float(os.environ.get("BENCH_LOAD_LIMIT_MS", "100"))
# The static file every page's rate is compared with, and how long each run on it lasts.
STATIC = "/css/site.css"
STATIC_SECONDS = int(os.environ.get("BENCH_STATIC_SECONDS", "2"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class FormFields(HTMLParser):
    """The fields of the form posting to `action`, as a browser would send them (without buttons)."""

    def __init__(self, action):
        super().__init__()
        self.action, self.inside, self.fields, self.textarea, self.select = action, False, [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("action") == self.action and a.get("method") == "post"
        elif not self.inside:
            return
        elif tag == "input" and a.get("name") and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append((a["name"], a.get("value") or ""))
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a:
                self.select[1] = a.get("value", "")

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            self.fields.append((self.select[0], self.select[1] or ""))
            self.select = None


def first(pattern, text, what):
    found = re.search(pattern, text)
    if not found:
        raise SystemExit(f"bench: found no {what}")
    return html.unescape(found.group(1))


def single(client, path, count=15):
    """Median milliseconds of `count` requests one after another (after one to warm up)."""
    client.get(path)
    times = []
    for _ in range(count):
        start = time.perf_counter()
        status, _, _ = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        if status != 200:
            raise SystemExit(f"bench: {path} answered {status}")
    return statistics.median(times)


def settle(base, seconds=120):
    """Waits until the server answers /healthz within 50 ms again: the requests wrk left queued
    must not be counted against the next page."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=10):
                pass
        except OSError:
            pass
        if time.perf_counter() - start < 0.05:
            return
        time.sleep(0.5)


def wrk_report(base, path, cookie, seconds):
    """One wrk run at CLIENTS connections, returned once the server is idle again: wrk's report.
    Stops the bench when a response was an error."""
    args = ["wrk", "-t2", f"-c{CLIENTS}", f"-d{seconds}s", "--timeout", "5s", "--latency", base + path]
    if cookie:
        args[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    settle(base)
    if re.search(r"Non-2xx or 3xx responses", out):
        raise SystemExit(f"bench: {path} answered errors under load")
    return out


def wrk_run(base, path, cookie, seconds):
    """One wrk run at CLIENTS connections: requests per second, p99 in ms, and requests that
    took over 5 s (not counted by wrk)."""
    out = wrk_report(base, path, cookie, seconds)
    latency = re.search(r"\s99%\s+([\d.]+)(us|ms|s)", out)
    p99 = float(latency.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[latency.group(2)] if latency else float("inf")
    timeouts = int(re.search(r"timeout (\d+)", out).group(1)) if "Socket errors" in out else 0
    return float(first(r"Requests/sec:\s+([\d.]+)", out, "rate")), p99, timeouts


def wrk(base, path, cookie, static=None):
    """Requests per second and p99 (medians of RUNS runs of SECONDS), requests over 5 s, and the
    share of the static file's rate. With `static` (its path), each run is paired with a run of
    STATIC_SECONDS on the static file just before it, and the share is the median of the runs'
    own ratios: the machine's speed drifts by a third within minutes (the static file alone went
    from 6 200 to 8 500 req/s in six runs a minute apart), and a page measured minutes after the
    static file was compared with another machine."""
    rates, p99s, shares, timeouts = [], [], [], 0
    for _ in range(RUNS):
        static_rate = wrk_run(base, static, None, STATIC_SECONDS)[0] if static else None
        rate, p99, over = wrk_run(base, path, cookie, SECONDS)
        rates.append(rate)
        p99s.append(p99)
        timeouts += over
        shares.append(rate / static_rate if static_rate else 1.0)
    return statistics.median(rates), statistics.median(p99s), timeouts, statistics.median(shares)


def under_load(name, role, path, measured, extra, note):
    """A page's row for the JSON as `wrk` measured it (`measured`), with the row's other fields
    (`extra`), printed as the table's line ending in `note`."""
    rate, p99, timeouts, share = measured
    print(f"{name:24} {rate:9.0f} req/s  p99 {p99:8.1f} ms  {100 * share:5.1f} %  {note}"
          + (f"  ({timeouts} over 5 s)" if timeouts else ""), flush=True)
    return {"side": name, "rolle": role, "sti": path, **extra, "req_s": round(rate), "p99_ms": round(p99, 1) if p99 != float("inf") else None,
            "over_5_s": timeouts, "andel_av_statisk": round(share, 3)}


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0


def write_mix(owners, seconds, pause=0.0):
    """32 owners each open their own draft and save it with one text changed, over and over
    (waiting `pause` seconds after each save); p99 of the saves and errors. Each owner's form is
    parsed once, as a browser keeps what it shows: later rounds only read the new version number
    from the page (Python's HTML parser took as much CPU per round as the server, on the same two
    cores)."""
    times, errors, lock = [], [], threading.Lock()
    stop = time.time() + seconds

    def owner(client, path):
        _, _, page = client.get(path)
        form = FormFields(path)
        form.feed(page)
        fields = [f for f in form.fields if f[0] not in ("_csrf", "version", "kontaktperson")]
        saved = 0
        while time.time() < stop:
            status, _, page = client.get(path)
            found = re.search(r'name="version" value="(\d+)"', page)
            if status != 200 or not found:
                # Counted, not lost: a failure here would otherwise end this owner's thread unseen.
                with lock:
                    errors.append(f"GET {path}: {status}")
                continue
            version = found.group(1)
            saved += 1
            changed = fields + [("version", version), ("kontaktperson", f"Kari Nordmann, lagring {saved}"), ("handling", "lagre")]
            start = time.perf_counter()
            status, _, _ = client.post(path, changed)
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                times.append(elapsed)
                if status != 303:
                    errors.append(f"{path}: {status}")
            time.sleep(pause)

    threads = [threading.Thread(target=owner, args=pair) for pair in owners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times.sort()
    return {"saves": len(times), "p50_ms": round(statistics.median(times), 1) if times else None,
            "p99_ms": round(times[int(len(times) * 0.99) - 1], 1) if times else None, "errors": errors[:5], "error_count": len(errors)}


def server_save_times(log_path, start, paths):
    """The saves' times as the server's request log gives them (from byte `start` of its log):
    what the server spent, without the time the 32 client threads, which share one Python
    interpreter lock and the two cores with the server, took to send and to notice the answer."""
    with open(log_path, encoding="utf-8", errors="replace") as log:
        log.seek(start)
        times = sorted(float(m.group(2)) for m in re.finditer(r"POST (/behovsmelding/\d+) (?:200|30\d) ([\d.]+) ms", log.read()) if m.group(1) in paths)
    if not times:
        return {"server_p50_ms": None, "server_p99_ms": None}
    return {"server_p50_ms": round(statistics.median(times), 1), "server_p99_ms": round(times[max(0, int(len(times) * 0.99) - 1)], 1)}


def seed(binary, db, root=ROOT):
    """The national dataset (or BENCH_SIZE's) written by `binary` into the new file `db`."""
    subprocess.run([binary, "seed-bench", "--db", db, "--root", root, "--today", TODAY, "--storrelse", SIZE], check=True, stdout=subprocess.DEVNULL)


def start(binary, db, log, root=ROOT):
    """`binary` serving `db` (with the templates under `root`) on a free port, once it answers:
    the process, its base URL and its port."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--db", db, "--root", root, "--today", TODAY],
                              stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 30
    while True:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1):
                return server, base, port
        except OSError:
            if time.time() > deadline or server.poll() is not None:
                server.kill()
                raise SystemExit(f"bench: {binary} did not start")
            time.sleep(0.2)


def stop(server):
    server.terminate()
    try:
        server.wait(timeout=60)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def is_draft_form(page, path):
    """Whether `page`, read at `path`, is an owner's form on a draft (it saves to itself)."""
    return f'action="{path}"' in page and 'value="lagre"' in page


def daily_pages(port):
    """Each role logged in on the server at `port` (by role), and the pages measured: (role, name, path)."""
    clients = {role: Client(port, timeout=60).login(email) for role, email in [
        ("statsforvalter", "sf@bench.no"), ("samarbeidsforum", "forum@bench.no"), ("eier", "eier.1.1.1@bench.no"),
        ("uh", "uh.1@bench.no"), ("nettverksleder", "nettverk.1.1.barnehage@bench.no"), ("fagutvalg", "fagutvalg.barnehage@bench.no"),
    ]}
    clients["anonym"] = Client(port)
    eier_home = clients["eier"].get("/eier")[2]
    melding = first(r'href="(/behovsmelding/\d+)"', eier_home, "behovsmelding on the owner's home page")
    # The owner's form: a draft of the owner's, as it is while being written.
    utkast = next((path for path in dict.fromkeys(re.findall(r'href="(/behovsmelding/\d+)"', eier_home))
                   if is_draft_form(clients["eier"].get(path)[2], path)), None)
    if utkast is None:
        raise SystemExit("bench: no draft on the owner's home page")
    fag_home = clients["fagutvalg"].get("/fagutvalg")[2]
    vurdering = first(r'href="(/fagutvalg/behovsmelding/\d+)"', fag_home, "behovsmelding on the fagutvalg's page")
    letters = clients["statsforvalter"].get("/tildelingsbrev/2027")[2]
    letter = first(r'href="(/tildelingsbrev/2027/rekom/\d+)"', letters, "letter")
    pages = [
        ("anonym", "statisk CSS", STATIC), ("anonym", "startsiden", "/"), ("anonym", "innlogging", "/logg-inn"),
        ("eier", "eier: hjem", "/eier"), ("eier", "behovsmelding", melding), ("eier", "utkast (skjema)", utkast),
        ("eier", "utskrift", melding + "/utskrift"),
        ("uh", "UH: hjem", "/uh"), ("nettverksleder", "nettverk: hjem", "/nettverk"),
        ("nettverksleder", "nettverk: behandling", "/nettverk/2027/rekom"),
        ("nettverksleder", "nettverk: prioritering", "/nettverk/2027/kompetanseloftet"),
        ("fagutvalg", "fagutvalg: hjem", "/fagutvalg"), ("fagutvalg", "vurdering", vurdering),
        ("statsforvalter", "SF: hjem", "/statsforvalter"), ("statsforvalter", "innstilling Rekom", "/statsforvalter/innstilling/2027/rekom"),
        ("statsforvalter", "innstilling Dekom", "/statsforvalter/innstilling/2027/dekom"),
        ("statsforvalter", "tildelingsbrev", "/tildelingsbrev/2027"), ("statsforvalter", "ett brev", letter),
        ("statsforvalter", "årsrapporter", "/statsforvalter/rapporter/2026"), ("statsforvalter", "halvårsrapporter", "/statsforvalter/halvaarsrapporter/2026"),
        ("samarbeidsforum", "forum: hjem", "/samarbeidsforum"), ("samarbeidsforum", "forum: tabeller", "/samarbeidsforum/2027"),
        ("samarbeidsforum", "eksport CSV", "/samarbeidsforum/2027/eksport/per-ordning-2027.csv"),
        ("statsforvalter", "delingssystem", "/delingssystem?q=spr%C3%A5k"),
    ]
    return clients, pages


def cookie_of(client):
    return "; ".join(f"{k}={v}" for k, v in client.cookies.items())


def main():
    folder = tempfile.mkdtemp(prefix="behovsmelding-bench-")
    db = os.path.join(folder, "bench.sqlite")
    started = time.time()
    seed(BIN, db)
    seeded = time.time() - started
    log = open(os.path.join(folder, "server.log"), "w")
    server, base, port = start(BIN, db, log)
    try:
        clients, pages = daily_pages(port)
        rows = []
        for role, name, path in pages:
            client = clients[role]
            cookie = cookie_of(client)
            p50 = single(client, path, count=5 if role == "statsforvalter" and "innstilling" in path else 15)
            if p50 > LOAD_LIMIT_MS:
                rows.append({"side": name, "rolle": role, "sti": path, "enkelt_p50_ms": round(p50, 1), "req_s": None, "p99_ms": None,
                             "andel_av_statisk": None, "merknad": f"ikke målt under last: over {LOAD_LIMIT_MS:.0f} ms alene"})
                print(f"{name:24} {'–':>9} req/s  p99 {'–':>8} ms  {'–':>5} %  enkelt p50 {p50:7.1f} ms  (ikke under last: over {LOAD_LIMIT_MS:.0f} ms alene)",
                      flush=True)
                continue
            rows.append(under_load(name, role, path, wrk(base, path, cookie, static=None if path == STATIC else STATIC),
                                   {"enkelt_p50_ms": round(p50, 1)}, f"enkelt p50 {p50:7.1f} ms"))
        # The write mix: owners of distinct drafts (seed-bench gives odd fylker three regions, even ones two).
        owners, paths = [], set()
        for fylke in range(1, 2 if SIZE == "fylke" else 11):
            for region in range(1, 4 if fylke % 2 == 1 else 3):
                for number in range(1, 17):
                    if len(owners) == WRITERS:
                        break
                    client = Client(port, timeout=30).login(f"eier.{fylke}.{region}.{number}@bench.no")
                    home = client.get("/eier")[2]
                    for candidate in re.findall(r'href="(/behovsmelding/\d+)"', home):
                        page = client.get(candidate)[2]
                        if is_draft_form(page, candidate) and candidate not in paths:
                            paths.add(candidate)
                            owners.append((client, candidate))
                            break
        log.flush()
        log_start = os.path.getsize(log.name)
        mix = write_mix(owners, SECONDS * 2)
        mix.update(server_save_times(log.name, log_start, paths))
        print(f"skrivemiks: {len(owners)} eiere, {mix['saves']} lagringer, p50 {mix['p50_ms']} ms, p99 {mix['p99_ms']} ms, feil {mix['error_count']}"
              f"; i serveren (forespørselsloggen): p50 {mix['server_p50_ms']} ms, p99 {mix['server_p99_ms']} ms")
        # A page while one owner saves a draft every half second, as on a day when owners write:
        # the pages above are measured while nothing is written.
        name, path = "årsrapporter, eier lagrer", "/statsforvalter/rapporter/2026"
        saved = {}
        saver = threading.Thread(target=lambda: saved.update(write_mix(owners[:1], RUNS * (STATIC_SECONDS + SECONDS) + 1, pause=0.5)))
        saver.start()
        measured = wrk(base, path, cookie_of(clients["statsforvalter"]), static=STATIC)
        saver.join()
        rows.append(under_load(name, "statsforvalter", path, measured,
                               {"lagringer": saved["saves"], "lagringsfeil": saved["error_count"], "merknad": "mens én eier lagrer et utkast hvert halve sekund"},
                               f"({saved['saves']} lagringer, {saved['error_count']} feil)"))
        rss = peak_rss_mb(server.pid)
        print(f"høyeste RSS: {rss:.0f} MB; datasettet ({SIZE}) lastet på {seeded:.0f} s")
        result = {"storrelse": SIZE, "klienter": CLIENTS, "sekunder": SECONDS, "kjoringer": RUNS, "sider": rows, "skrivemiks": mix,
                  "hoyeste_rss_mb": round(rss), "lasting_s": round(seeded)}
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w") as out:
            json.dump(result, out, ensure_ascii=False, indent=2)
        print(f"skrevet til {OUT}")
    finally:
        stop(server)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
