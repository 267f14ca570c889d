"""The sandbox's stand-in for the Aleph guest init (runtimes/.../init1.py): runs one program here.

Standard library only: the program's own dependencies come from its volumes, as on the network.
The sandbox passes a JSON configuration file as the only argument and reads control lines that
start with MARK on stdout; every other line is the program's output. The program dies with the
sandbox: when stdin reaches end of file (the sandbox closed it or died), the process group is killed.
"""
import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import traceback
from urllib.parse import unquote

MARK = "##aleph-sandbox## "
REASONS = {200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
           304: "Not Modified", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def control(event, **fields):
    fields["event"] = event
    sys.__stdout__.write(MARK + json.dumps(fields) + "\n")
    sys.__stdout__.flush()


def fail(code, reason):
    traceback.print_exc(file=sys.stderr)
    control("failed", code=code, reason=reason)
    sys.stderr.flush()
    os._exit(3)


def die_with_parent():
    def watch():
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except OSError:
            pass
        try:
            if hasattr(os, "killpg"):
                os.killpg(os.getpgid(0), signal.SIGKILL)
        finally:
            os._exit(137)
    threading.Thread(target=watch, name="sandbox-parent-watch", daemon=True).start()


def limit_memory(mib):
    try:
        import resource
        limit = int(mib) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
    except (ImportError, ValueError, OSError) as error:
        print(f"sandbox: no memory limit on this system ({error})", file=sys.stderr)


def import_entrypoint(entrypoint):
    module_name, app_name = entrypoint.split(":", 1)
    module = __import__(module_name)
    for level in module_name.split(".")[1:]:
        module = getattr(module, level)
    return getattr(module, app_name)


def load_app(cfg):
    # The guest inserts /opt/packages then the code directory at the front: the code comes first.
    sys.path.insert(0, cfg["packages_dir"])
    encoding = cfg["encoding"]
    if encoding in ("zip", "squashfs"):
        sys.path.insert(0, cfg["code_dir"])
        return import_entrypoint(cfg["entrypoint"])
    if encoding == "plain":
        with open(cfg["code_file"], "rb") as f:
            code = f.read()
        names = {}
        exec(code, {"__name__": "__aleph_plain__", "__builtins__": __builtins__}, names)
        return names[cfg["entrypoint"]]
    raise ValueError(f"Unknown encoding '{encoding}'")


async def lifespan_startup(app):
    done = asyncio.Event()

    async def receive():
        return {"type": "lifespan.startup"}

    async def send(message):
        if message.get("type") == "lifespan.startup.complete":
            done.set()
        else:
            print(f"sandbox: unexpected lifespan answer {message.get('type')}", file=sys.stderr)

    while not done.is_set():
        await app({"type": "lifespan"}, receive, send)
        # The guest calls the app again at once; a pause lets the 30 s limit fire instead of spinning.
        await asyncio.sleep(0.01)


async def run_request(app, scope, body):
    """As the guest does: one http.request with the whole body; the first send is the start, the next the body."""
    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    queue = asyncio.Queue()

    async def send(message):
        await queue.put(message)

    try:
        await app(scope, receive, send)
    except Exception:
        text = traceback.format_exc()
        print(text, file=sys.stderr)
        return 500, [(b"content-type", b"text/plain; charset=utf-8")], text.encode()
    if queue.empty():
        reason = "the application returned without sending a response (a compute node would wait forever)"
        print(f"sandbox: {reason}", file=sys.stderr)
        return 502, [(b"content-type", b"text/plain; charset=utf-8")], reason.encode()
    start = queue.get_nowait()
    answer = queue.get_nowait() if not queue.empty() else {}
    if answer.get("more_body"):
        print("sandbox: the app streamed its body; a compute node keeps only the first body message", file=sys.stderr)
    headers = [(bytes(k), bytes(v)) for k, v in start.get("headers", [])]
    return int(start.get("status", 200)), headers, bytes(answer.get("body", b""))


async def serve_asgi(app, port_holder):
    async def handle(reader, writer):
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                method, target, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
                headers = []
                while True:
                    h = await reader.readline()
                    if h in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = h.decode("latin-1").partition(":")
                    headers.append((name.strip().lower().encode("latin-1"), value.strip().encode("latin-1")))
                fields = dict(headers)
                length = int(fields.get(b"content-length", b"0") or 0)
                body = await reader.readexactly(length) if length else b""
                path, _, query = target.partition("?")
                scope = {
                    "type": "http", "asgi": {"version": "3.0", "spec_version": "2.1"}, "http_version": "1.1",
                    "method": method, "scheme": "http", "path": unquote(path), "raw_path": path.encode("latin-1"),
                    "query_string": query.encode("latin-1"), "root_path": "", "headers": headers,
                    "server": ("127.0.0.1", port_holder[0]), "client": ("127.0.0.1", 0),
                }
                status, out_headers, out_body = await run_request(app, scope, body)
                head = [f"HTTP/1.1 {status} {REASONS.get(status, 'Status')}\r\n".encode("latin-1")]
                for k, v in out_headers:
                    if k.lower() not in (b"content-length", b"transfer-encoding", b"connection", b"keep-alive"):
                        head.append(k + b": " + v + b"\r\n")
                head.append(f"content-length: {len(out_body)}\r\n\r\n".encode("latin-1"))
                writer.write(b"".join(head) + out_body)
                await writer.drain()
                if fields.get(b"connection", b"").lower() == b"close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, host="127.0.0.1", port=0)
    port_holder[0] = server.sockets[0].getsockname()[1]
    control("ready", port=port_holder[0])
    async with server:
        await server.serve_forever()


async def main_asgi(cfg):
    try:
        app = load_app(cfg)
    except BaseException as error:
        fail("entrypoint-import-failed", f"{type(error).__name__}: {error}")
    try:
        await asyncio.wait_for(lifespan_startup(app), timeout=30)
    except asyncio.TimeoutError:
        fail("startup-timeout", "ASGI application startup did not complete within 30s")
    except BaseException as error:
        fail("lifespan-startup-failed", f"{type(error).__name__}: {error}")
    await serve_asgi(app, [0])


def main_executable(cfg):
    path = os.path.join(cfg["code_dir"], cfg["entrypoint"])
    if not os.path.isfile(path):
        control("failed", code="entrypoint-not-found", reason=f"No such file: /opt/code/{cfg['entrypoint']}")
        os._exit(3)
    if cfg["encoding"] == "squashfs":
        control("failed", code="entrypoint-not-executable", reason=(
            "chmod +x of /opt/code/" + cfg["entrypoint"] + " fails on the read-only squashfs code mount"))
        os._exit(3)
    os.chmod(path, os.stat(path).st_mode | 0o111)
    process = subprocess.Popen([path], cwd=cfg["code_dir"])
    control("started", pid=process.pid)
    code = process.wait()
    print(f"sandbox: the program exited with status {code}", file=sys.stderr)
    os._exit(code if code > 0 else 1)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cfg = json.load(f)
    if hasattr(os, "setsid"):  # its own process group, killed as one (not on Windows)
        try:
            os.setsid()
        except OSError:
            pass
    die_with_parent()
    limit_memory(cfg["memory_mib"])
    if cfg["mode"] == "executable":
        main_executable(cfg)
    else:
        asyncio.run(main_asgi(cfg))


if __name__ == "__main__":
    main()
