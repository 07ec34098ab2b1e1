#!/usr/bin/env python3
"""Sends requests a server refuses while parsing them (a garbage request line, an unknown
HTTP version) back to back from four threads to 127.0.0.1:PORT for SECONDS, and prints how
many it sent. usage: flood.py PORT SECONDS"""
import socket
import sys
import threading
import time

PORT = int(sys.argv[1])
deadline = time.monotonic() + float(sys.argv[2])
PAYLOADS = [b"GARBAGE\r\n\r\n", b"GET / HTTP/9.9\r\nHost: x\r\n\r\n"]
sent = [0] * 4


def run(k):
    i = 0
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", PORT), timeout=5) as s:
                s.sendall(PAYLOADS[i % len(PAYLOADS)])
                while s.recv(65536):
                    pass
        except OSError:
            pass
        i += 1
        sent[k] += 1


threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(sent))
