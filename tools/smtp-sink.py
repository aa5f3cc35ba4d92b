#!/usr/bin/python3
"""SMTP receiver for the mail tests: stores every message it accepts as a file.

Runs on Debian's /usr/bin/python3 because python3-aiosmtpd is installed for that interpreter only
(a pyenv or venv python3 earlier on PATH would not find it).

Each accepted message becomes two files in --dir, written under a temporary name and then renamed, so a
test polling the directory never reads half a message:
  <stamp>.json  envelope: mail_from, rcpt_tos, peer, tls (STARTTLS was used), written first
  <stamp>.eml   the message bytes exactly as received (after the DATA dot-unstuffing)
Count messages by *.eml; once an .eml is there its .json is too.

--port 0 takes a free port; the port actually bound is written to --port-file once the server accepts.
--tls-cert/--tls-key offer STARTTLS (add --require-starttls to refuse mail sent without it), or with
--implicit-tls speak TLS from the first byte (SMTPS). --auth USER:PASSWORD requires SMTP AUTH.
SIGTERM or SIGINT stops it.
"""

import argparse
import asyncio
import itertools
import json
import logging
import os
import signal
import ssl
import sys
import time

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class DirectoryHandler:
    def __init__(self, directory, implicit_tls=False):
        self.directory = directory
        self.implicit_tls = implicit_tls
        self.counter = itertools.count(1)

    def _write(self, name, data):
        tmp = os.path.join(self.directory, "." + name + ".tmp")
        with open(tmp, "wb") as f:
            f.write(data)
        os.rename(tmp, os.path.join(self.directory, name))

    async def handle_DATA(self, server, session, envelope):
        # Time plus a counter: names sort in arrival order and never collide within one sink.
        stamp = "%d-%06d" % (time.time_ns(), next(self.counter))
        envelope_info = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "peer": list(session.peer) if session.peer else None,
            "tls": self.implicit_tls or session.ssl is not None,
        }
        self._write(stamp + ".json", json.dumps(envelope_info, indent=1).encode())
        self._write(stamp + ".eml", envelope.original_content or envelope.content)
        return "250 OK stored " + stamp


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 = any free port (see --port-file)")
    p.add_argument("--dir", required=True, help="where received messages are written")
    p.add_argument("--port-file", help="write the bound port here once listening")
    p.add_argument("--tls-cert", help="PEM certificate; with --tls-key enables STARTTLS")
    p.add_argument("--tls-key", help="PEM private key for --tls-cert")
    p.add_argument("--require-starttls", action="store_true", help="refuse MAIL before STARTTLS")
    p.add_argument("--auth", metavar="USER:PASSWORD",
                   help="require SMTP AUTH (PLAIN/LOGIN) with these credentials before MAIL")
    p.add_argument("--implicit-tls", action="store_true",
                   help="speak TLS from the first byte (SMTPS, port 465 style) instead of offering STARTTLS")
    args = p.parse_args()
    if bool(args.tls_cert) != bool(args.tls_key):
        p.error("--tls-cert and --tls-key go together")
    if args.require_starttls and not args.tls_cert:
        p.error("--require-starttls needs --tls-cert and --tls-key")
    if args.implicit_tls and (not args.tls_cert or args.require_starttls):
        p.error("--implicit-tls needs --tls-cert and --tls-key, and excludes --require-starttls")
    return args


async def serve(args):
    os.makedirs(args.dir, exist_ok=True)
    handler = DirectoryHandler(args.dir, args.implicit_tls)
    tls_context = None
    if args.tls_cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.tls_cert, args.tls_key)

    authenticator = None
    if args.auth:
        user, _, password = args.auth.partition(":")

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user
                  and auth_data.password.decode() == password)
            return AuthResult(success=ok, handled=False)

    def factory():
        return SMTP(
            handler,
            hostname="nestogy-smtp-sink",
            enable_SMTPUTF8=True,
            decode_data=False,
            tls_context=None if args.implicit_tls else tls_context,
            require_starttls=args.require_starttls,
            authenticator=authenticator,
            auth_required=bool(args.auth),
            # Credentials only over TLS, unless the sink was started without any (plain test runs).
            auth_require_tls=bool(args.auth and tls_context),
        )

    loop = asyncio.get_running_loop()
    # aiosmtpd's Controller cannot report a port chosen by the OS, so run the server on our own loop.
    server = await loop.create_server(factory, host=args.host, port=args.port,
                                      ssl=tls_context if args.implicit_tls else None)
    port = server.sockets[0].getsockname()[1]
    if args.port_file:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write("%d\n" % port)
        os.rename(tmp, args.port_file)
    print("smtp-sink: listening on %s:%d, writing to %s%s"
          % (args.host, port, args.dir,
             " (implicit TLS)" if args.implicit_tls else " (STARTTLS offered)" if tls_context else ""),
          flush=True)

    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    server.close()
    await server.wait_closed()


def main():
    args = parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
