#!/usr/bin/env python3
"""Hostile client for bench/soak: sends malformed raw HTTP to 127.0.0.1 while polling
/actuator/health, for a bounded time, and prints a one-line JSON summary.

Besides a paced round of every kind of malformed request, two threads send requests that
the server refuses while parsing them (a garbage request line, an unknown HTTP version)
back to back: the traffic that exposed a race inside Jetty over request buffers (see
docs/reliability.md), where one client's bytes were parsed as another's.

usage: soak-client.py PORT SECONDS
"""
import json
import socket
import sys
import threading
import time

HOST = "127.0.0.1"
PORT = int(sys.argv[1])
DURATION = float(sys.argv[2])
deadline = time.monotonic() + DURATION

MALFORMED = [
    b"GARBAGE\r\n\r\n",
    b"GET /api/articles HTTP/9.9\r\nHost: x\r\n\r\n",
    b"GET /api/articles/a%2Fb HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    b"GET /api/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    b"GET /api/articles?q=\x01 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    b"GET /api/articles HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 65536 + b"\r\nConnection: close\r\n\r\n",
    b"TRACE /api/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    b"POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n{",
    # the start of a TLS 1.2 ClientHello on the plain port
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(32)) + b"\x00" * 16,
]

# Refused while parsing, before any request exists: sent back to back by flood()
REFUSED_WHILE_PARSING = [
    b"GARBAGE\r\n\r\n",
    b"GET /api/articles HTTP/9.9\r\nHost: x\r\n\r\n",
]

stats = {"malformed_sent": 0, "flood_sent": 0, "malformed_5xx": 0, "malformed_html": 0, "slow_opened": 0,
         "health_ok": 0, "health_failed": 0, "health_max_gap_s": 0.0}
lock = threading.Lock()


def count(key, n=1):
    with lock:
        stats[key] += n


def exchange(payload, timeout=5.0):
    with socket.create_connection((HOST, PORT), timeout=timeout) as s:
        s.sendall(payload)
        data = b""
        try:
            while len(data) < 200000:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        except (socket.timeout, ConnectionResetError):
            pass
        return data


def malformed():
    i = 0
    while time.monotonic() < deadline:
        payload = MALFORMED[i % len(MALFORMED)]
        i += 1
        try:
            data = exchange(payload)
            count("malformed_sent")
            status = data[9:12]
            if status.startswith(b"5"):
                count("malformed_5xx")
            if b"<html" in data.lower():
                count("malformed_html")
        except OSError:
            count("malformed_sent")
        time.sleep(0.02)


def flood():
    i = 0
    while time.monotonic() < deadline:
        payload = REFUSED_WHILE_PARSING[i % len(REFUSED_WHILE_PARSING)]
        i += 1
        try:
            exchange(payload)
        except OSError:
            pass
        count("flood_sent")


def slow():
    """Slowloris-style: open connections that send half a request, a byte at a time."""
    while time.monotonic() < deadline:
        try:
            s = socket.create_connection((HOST, PORT), timeout=5)
            count("slow_opened")
            s.sendall(b"GET /api/articles HTTP/1.1\r\nHost: x\r\n")
            for _ in range(10):
                if time.monotonic() >= deadline:
                    break
                s.sendall(b"X-Slow: 1\r\n")
                time.sleep(0.5)
            s.close()
        except OSError:
            pass


def health():
    last_ok = time.monotonic()
    while time.monotonic() < deadline:
        try:
            data = exchange(b"GET /actuator/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", timeout=2)
            ok = data.startswith(b"HTTP/1.1 200") and b'"status":"UP"' in data
        except OSError:
            ok = False
        now = time.monotonic()
        if ok:
            count("health_ok")
            with lock:
                stats["health_max_gap_s"] = max(stats["health_max_gap_s"], round(now - last_ok, 2))
            last_ok = now
        else:
            count("health_failed")
        time.sleep(0.5)


threads = [threading.Thread(target=malformed), threading.Thread(target=health)]
threads += [threading.Thread(target=flood) for _ in range(2)]
threads += [threading.Thread(target=slow) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(json.dumps(stats))
