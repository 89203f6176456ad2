"""Does any report grow faster than its rows? (issue 20 deliverable 3). A plain script:

    python benchmarks/bench_report_growth.py [--sizes 5000 20000] [REPORT ...]

Grows two counties the way a real one is large (benchmarks/scale_county.py: townships of 250
villages, an A and a B officer in each, batches, team members and plans, each about SIZE),
then runs the whole `emergency-desk report NAME` command on both and prints wall and CPU
time, pages and how much the CPU time grew against the rows. A report that grows linearly
shows a growth near the rows' (4.0 for 5,000 → 20,000, less where start-up is a large share);
one with a path quadratic in its rows shows roughly the square. Default: the grouped reports
(rosters, ledgers, the training, plan, region and alert lists). No timing is asserted.
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_county import county

GROUPED = ("officers", "training-signin", "training-rate", "teams", "members", "equipment",
           "stock", "expiry", "plans", "drills", "six", "regions", "alerts", "managers")


def pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def _cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def run(exe: Path, db: Path, name: str, out: Path) -> tuple[float, float]:
    """The command's wall and CPU seconds (CPU moves less with a shared machine's load)."""
    t0, c0 = time.perf_counter(), _cpu()
    done = subprocess.run([str(exe), "--db", str(db), "report", name, "--out", str(out)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode:
        raise SystemExit(f"report {name} on {db.name} failed: {done.stderr[-400:]}")
    return time.perf_counter() - t0, _cpu() - c0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[5000, 20000])
    parser.add_argument("reports", nargs="*", default=list(GROUPED))
    args = parser.parse_args()
    exe = Path(sys.executable).with_name("emergency-desk")
    tmp = Path(tempfile.mkdtemp(prefix="bench_growth_"))
    small, large = args.sizes
    dbs = [county(n, n, n, n, folder=tmp) for n in (small, large)]
    print(f"{'report':16} {'pages':>13} {'wall s':>15} {'CPU s':>15} {'CPU grew':>9} "
          f"(rows grew {large / small:.1f}×)")
    for name in args.reports:
        counts, wall, cpu = [], [], []
        for n, db in zip((small, large), dbs, strict=True):
            out = tmp / f"{name}-{n}.pdf"
            w, c = run(exe, db, name, out)
            wall.append(w)
            cpu.append(c)
            counts.append(pages(out))
        print(f"{name:16} {counts[0]:>6} / {counts[1]:<6} {wall[0]:>6.2f} / {wall[1]:<6.2f} "
              f"{cpu[0]:>6.2f} / {cpu[1]:<6.2f} {cpu[1] / cpu[0]:>8.1f}×", flush=True)
    print(f"(files in {tmp})")


if __name__ == "__main__":
    main()
