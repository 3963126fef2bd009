#!/usr/bin/env python3
"""Times saves of one article under `trustsite serve`: from the write of the Markdown file to its new HTML on disk.

Usage: edit-latency.py PREVIEW_FOLDER ARTICLE.md URL_PATH EDITS GAP_SECONDS
Each edit puts a unique marker at the start of the body, then polls the page's file in the preview folder
every 0.5 ms until the marker is there. Prints each latency, the median and the maximum, in milliseconds.
"""
import sys, time

folder, article, url, edits, gap = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
page = folder.rstrip("/") + url + "index.html"
times = []
for i in range(edits):
    text = open(article, encoding="utf-8").read()
    marker = f"EDIT{i}T{time.time_ns()}"
    text = text.replace("\n---\n\n", f"\n---\n\n{marker} ", 1)
    start = time.perf_counter()
    with open(article, "w", encoding="utf-8") as f:
        f.write(text)
    while True:
        try:
            with open(page, encoding="utf-8") as f:
                if marker in f.read():
                    break
        except FileNotFoundError:
            pass
        time.sleep(0.0005)
    times.append((time.perf_counter() - start) * 1000)
    time.sleep(gap)
print("latencies ms:", " ".join(f"{t:.0f}" for t in times))
ordered = sorted(times)
print(f"median {ordered[len(ordered) // 2]:.0f} ms, max {ordered[-1]:.0f} ms over {edits} edits, {gap} s apart")
