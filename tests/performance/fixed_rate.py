#!/usr/bin/env python3
"""Sends webhooks at a fixed rate (open loop: a slow answer does not delay the next request) and prints the
latency percentiles. wrk measures the ceiling; this measures latency at a given load, e.g. 1,000 alerts/s."""
import argparse
import asyncio
import json
import time


async def one(host, port, path, body, latencies, statuses):
    start = time.perf_counter()
    reader, writer = await asyncio.open_connection(host, port)
    request = (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    writer.write(request)
    await writer.drain()
    status_line = await reader.readline()
    length = 0
    while True:  # headers; the body is read by its Content-Length (the server keeps the connection open)
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    await reader.readexactly(length)
    writer.close()
    latencies.append((time.perf_counter() - start) * 1000)
    statuses.append(int(status_line.split()[1]) if status_line else 0)


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--path", required=True)
    ap.add_argument("--rate", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=10)
    args = ap.parse_args()
    latencies, statuses, tasks = [], [], []
    total = int(args.rate * args.seconds)
    begin = time.perf_counter()
    for i in range(total):
        due = begin + i / args.rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        body = json.dumps({"alert_id": f"fr-{i}", "device_id": f"dev-{i % 300}", "device_name": f"WS-{i % 300}",
                           "message": f"fixed rate alert {i}", "severity": "warning"}).encode()
        tasks.append(asyncio.create_task(one(args.host, args.port, args.path, body, latencies, statuses)))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - begin
    latencies.sort()
    pct = lambda p: latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))]
    ok = sum(1 for s in statuses if 200 <= s < 300)
    print(f"FIXED rate={args.rate}/s sent={total} ok={ok} achieved_rps={total / elapsed:.0f} "
          f"p50_ms={pct(50):.2f} p99_ms={pct(99):.2f} max_ms={latencies[-1]:.2f}")


asyncio.run(main())
