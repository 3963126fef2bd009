#!/usr/bin/env python3
"""Times several build commands alternately, the way tests/Bench/run.sh compares TrustSite with Hugo.

    alternate.py --runs 5 --warmup 1 --label N NAME=OUTDIR=COMMAND [NAME=OUTDIR=COMMAND ...]

Each round runs every command once, in turn (so slow drifts of the machine hit all of them alike); before each run
OUTDIR is deleted (not timed), so every run is a clean build. For each run: wall time, CPU (user + system of the
process and its children, from wait4) and the peak resident memory of the largest process (ru_maxrss, the figure
/usr/bin/time -v prints as "Maximum resident set size"). Prints one line per command: median wall [min-max], median
CPU, peak MiB; the first command is the reference for the ratios. Appends the raw runs as JSON lines to --json.
"""
import argparse, json, os, shlex, shutil, statistics, subprocess, sys, time

def run_once(command, out):
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {command}")
    # wait4 reports the process itself; the shell started by shell=True execs the command (exec in run.sh's commands).
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--label", default="")
    parser.add_argument("--json")
    parser.add_argument("--reference", default=None, help="the NAME the ratios are computed against (default: the last)")
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    commands = [c.split("=", 2) for c in args.commands]
    results = {name: [] for name, _, _ in commands}
    for round_ in range(args.warmup + args.runs):
        for name, out, command in commands:
            wall, cpu, rss = run_once(command, out)
            if round_ >= args.warmup:
                results[name].append((wall, cpu, rss))
    reference = args.reference or commands[-1][0]
    ref = statistics.median(w for w, _, _ in results[reference])
    for name, _, command in commands:
        walls = [w for w, _, _ in results[name]]
        median = statistics.median(walls)
        cpu = statistics.median(c for _, c, _ in results[name])
        peak = max(r for _, _, r in results[name])
        print(f"{args.label:>6} {name:<24} wall {median:7.3f} s [{min(walls):.3f}-{max(walls):.3f}]  cpu {cpu:7.3f} s  "
              f"peak {peak:6.0f} MiB  ratio {median / ref:5.2f}", flush=True)
        if args.json:
            with open(args.json, "a") as f:
                f.write(json.dumps({"label": args.label, "name": name, "command": command, "runs": results[name],
                                    "median_wall": median, "median_cpu": cpu, "peak_mib": peak}) + "\n")

if __name__ == "__main__":
    main()
