"""Summarises a unified JVM GC log (-Xlog:gc): the heap the app held under the benchmark's load.

The live set is what is left after a collection; the peak before one is what the load made it hold at most.
A full GC or an OutOfMemoryError means -Xmx was too small for the load."""
import re
import sys

PAUSE = re.compile(r"\[(?P<up>[\d.]+)s\].*GC\(\d+\) Pause (?P<kind>\w+).*?(?P<before>\d+)M->(?P<after>\d+)M\((?P<cap>\d+)M\) (?P<ms>[\d.]+)ms")


def main(path, app_log=None):
    pauses = []
    with open(path, encoding="utf-8", errors="replace") as log:
        text = log.read()
    for m in PAUSE.finditer(text):
        pauses.append((m["kind"], int(m["before"]), int(m["after"]), int(m["cap"]), float(m["ms"])))
    if not pauses:
        print("no GC pause in " + path)
        return
    full = [p for p in pauses if p[0] == "Full"]
    print("| heap (MB, from the GC log) | value |")
    print("|---|---:|")
    print(f"| collections | {len(pauses)} ({len(full)} full) |")
    print(f"| peak before a collection | {max(p[1] for p in pauses)} |")
    # G1's young pauses leave the old generation's garbage in place until a concurrent cycle: an upper bound
    print(f"| peak after a collection (old garbage included) | {max(p[2] for p in pauses)} |")
    print(f"| live after the last collection | {pauses[-1][2]} |")
    print(f"| committed at most | {max(p[3] for p in pauses)} |")
    print(f"| longest pause (ms) | {max(p[4] for p in pauses):.1f} |")
    if app_log:
        with open(app_log, encoding="utf-8", errors="replace") as log:
            text += log.read()
    print(f"| out of memory | {'yes' if 'OutOfMemoryError' in text else 'no'} |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
