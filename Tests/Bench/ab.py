"""make bench-ab BASE=<git revision>: the server's CPU time per view of the daily pages, on the
release build of BASE and on the current release build, the two taking turns.

`make bench` gives each page as a share of the static file's rate, and the machine's speed moves
by a third between its runs. This compares two builds instead. Each serves its own copy of the
same data (each seeds it, so a base from before a migration still starts) with its own
templates (BASE is checked out under .build/bench-ab/ and built there with the same package
versions), under the same load. What is compared is the server's CPU time per view (user and
system time from /proc over the requests wrk counted). The runs of a page alternate in both
orders (base then new, new then base, ...): the first of two runs back to back was 10 to 20 %
faster whichever binary it was, so a comparison in one order measures the order.

How to read it: the column ny/base is the median of the pairs' ratios. On this 2-core machine a
single pair's ratio is noise (0.7 to 1.3 with the same binary on both sides), and with 12 pairs
the same binary gave medians of 0.97 to 1.03, two builds of the same revision 0.88 to 1.12 (the
binary's layout moves a page too). A step is seen when it stays on the same side of 1 in a
rerun; raise BENCH_AB_ROUNDS for a small one.

Environment: BENCH_AB_BASE (a git revision; required), BENCH_AB_PAGES (names or paths of the
pages as in `make bench`'s table, comma-separated; default every daily page), BENCH_AB_ROUNDS
(pairs of runs per page, 12), BENCH_AB_SECONDS (per run, 2), BENCH_CLIENTS (64), BENCH_SIZE,
BENCH_AB_OUT (the JSON file), BEHOVSMELDING_BIN, BEHOVSMELDING_ROOT."""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import bench  # noqa: E402

ROUNDS = int(os.environ.get("BENCH_AB_ROUNDS", "12"))
SECONDS = int(os.environ.get("BENCH_AB_SECONDS", "2"))
OUT = os.environ.get("BENCH_AB_OUT", os.path.join(bench.ROOT, ".build", "bench-ab.json"))
# Left out unless named: the static file (`make bench`'s yardstick, no page), and the innstilling
# and the forum's tables, which take 150 to 300 ms alone on the national data and which
# `make bench` does not put under load either.
NOT_UNDER_LOAD = {bench.STATIC, "/statsforvalter/innstilling/2027/rekom", "/statsforvalter/innstilling/2027/dekom", "/samarbeidsforum/2027"}


def base_build(revision):
    """The root (a checkout of `revision`) and the release binary built there."""
    sha = subprocess.run(["git", "-C", bench.ROOT, "rev-parse", "--verify", revision + "^{commit}"],
                         capture_output=True, text=True).stdout.strip()
    if not sha:
        raise SystemExit(f"bench-ab: {revision!r} is no revision of this repository")
    root = os.path.join(bench.ROOT, ".build", "bench-ab", sha[:12])
    if not os.path.isdir(root):
        subprocess.run(["git", "-C", bench.ROOT, "worktree", "prune"], check=True)
        subprocess.run(["git", "-C", bench.ROOT, "worktree", "add", "--detach", root, sha], check=True, stdout=subprocess.DEVNULL)
    # The same versions of the packages as this build, so that only the project's code differs.
    resolved = os.path.join(bench.ROOT, "Package.resolved")
    if os.path.exists(resolved):
        shutil.copy(resolved, root)
    print(f"bench-ab: building {revision} ({sha[:12]}) in {root}", flush=True)
    built = subprocess.run([os.environ.get("SWIFT", "swift"), "build", "-c", "release", "--product", "behovsmelding"], cwd=root,
                           capture_output=True, text=True)
    if built.returncode != 0:
        raise SystemExit(f"bench-ab: the build of {revision} failed:\n" + (built.stdout + built.stderr)[-3000:])
    return root, os.path.join(root, ".build", "release", "behovsmelding")


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(server, path, cookie, seconds):
    """One wrk run on `server` (the process and its base URL): milliseconds of server CPU per
    request. The CPU is read once the server is idle again, so it includes the requests left
    queued when wrk stopped."""
    process, base = server
    before = cpu_seconds(process.pid)
    out = bench.wrk_report(base, path, cookie, seconds)
    count = int(bench.first(r"(\d+) requests in", out, "request count"))
    return (cpu_seconds(process.pid) - before) * 1000 / max(count, 1)


def chosen(pages):
    wanted = [w.strip() for w in os.environ.get("BENCH_AB_PAGES", "").split(",") if w.strip()]
    if not wanted:
        return [p for p in pages if p[2] not in NOT_UNDER_LOAD]
    found = [p for p in pages if p[1] in wanted or p[2] in wanted]
    unknown = [w for w in wanted if not any(w in (p[1], p[2]) for p in pages)]
    if unknown:
        raise SystemExit("bench-ab: no such page: " + ", ".join(unknown) + "; the pages: " + ", ".join(p[1] for p in pages))
    return found


def main():
    revision = os.environ.get("BENCH_AB_BASE")
    if not revision:
        raise SystemExit("bench-ab: say which revision to compare with: make bench-ab BASE=<revision>")
    base_root, base_bin = base_build(revision)
    folder = tempfile.mkdtemp(prefix="behovsmelding-bench-ab-")
    servers, logs = {}, []
    try:
        for name, binary, root in [("base", base_bin, base_root), ("ny", bench.BIN, bench.ROOT)]:
            db = os.path.join(folder, name + ".sqlite")
            bench.seed(binary, db, root)
            log = open(os.path.join(folder, name + ".log"), "w")
            logs.append(log)
            server, base, port = bench.start(binary, db, log, root)
            servers[name] = (server, base, bench.daily_pages(port))
        pages = chosen(servers["ny"][2][1])
        if [p[2] for p in servers["base"][2][1]] != [p[2] for p in servers["ny"][2][1]]:
            raise SystemExit("bench-ab: the two builds' data differ (other paths for the same pages)")
        print(f"{'side':24} {'base ms':>8} {'ny ms':>8} {'ny/base':>8} {'spenn':>13}")
        rows = []
        for role, name, path in pages:
            cookies = {n: bench.cookie_of(servers[n][2][0][role]) for n in servers}
            for n in servers:  # warm: the first view of a page reads and keeps what it shows
                run(servers[n][:2], path, cookies[n], 1)
            cpu = {"base": [], "ny": []}
            every = []
            for r in range(ROUNDS):
                pair = {}
                for n in (["base", "ny"] if r % 2 == 0 else ["ny", "base"]):
                    pair[n] = run(servers[n][:2], path, cookies[n], SECONDS)
                    cpu[n].append(pair[n])
                every.append(pair["ny"] / pair["base"])
            row = {"side": name, "sti": path, "base_ms": round(statistics.median(cpu["base"]), 3), "ny_ms": round(statistics.median(cpu["ny"]), 3),
                   "ny_delt_paa_base": round(statistics.median(every), 3), "min": round(min(every), 3), "maks": round(max(every), 3)}
            rows.append(row)
            print(f"{name:24} {row['base_ms']:8.3f} {row['ny_ms']:8.3f} {row['ny_delt_paa_base']:8.3f} "
                  f"{row['min']:6.3f}–{row['maks']:<6.3f}", flush=True)
        result = {"base": revision, "storrelse": bench.SIZE, "klienter": bench.CLIENTS, "sekunder": SECONDS, "par": ROUNDS,
                  "sider": rows, "hoyeste_rss_mb": {n: round(bench.peak_rss_mb(servers[n][0].pid)) for n in servers}}
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w") as out:
            json.dump(result, out, ensure_ascii=False, indent=2)
        print(f"høyeste RSS: base {result['hoyeste_rss_mb']['base']} MB, ny {result['hoyeste_rss_mb']['ny']} MB; skrevet til {OUT}")
    finally:
        for server, _, _ in servers.values():
            bench.stop(server)
        for log in logs:
            log.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
