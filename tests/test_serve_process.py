"""`python -m app serve` as a newcomer runs it: embedded servers, migrations,
demo cabins, healthz answering, and everything it started stopped on SIGTERM
and on Ctrl-C (SIGINT)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from embedded import free_port, process_alive

ROOT = Path(__file__).resolve().parent.parent


def _server_processes(data_dir: Path) -> list[int]:
    """PostgreSQL (its data directory on the command line) and Redis (which rewrites its
    command line to its address, but runs in its data directory) under `data_dir`."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            cwd = str((proc / "cwd").resolve()) if "redis-server" in cmdline else ""
        except OSError:
            continue
        if (str(data_dir) in cmdline and "postgres" in cmdline) or cwd.startswith(str(data_dir)):
            if process_alive(int(proc.name)):
                pids.append(int(proc.name))
    return pids


def _redis_processes(data_dir: Path) -> list[int]:
    return [pid for pid in _server_processes(data_dir) if "redis-server" in _cmdline(pid)]


def _wait_healthy(port: int, timeout: float, process: subprocess.Popen, log: Path) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve exited {process.returncode}: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/healthz", timeout=2) as r:
                return json.loads(r.read())
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"healthz never answered: {log.read_text()[-2000:]}")


def _start_serve(tmp_path: Path, env: dict[str, str]) -> tuple[subprocess.Popen, Path]:
    """`python -m app serve` in `tmp_path`, its output in the returned log file."""
    log = tmp_path / "serve.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve"],
            cwd=tmp_path,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    return process, log


@contextlib.contextmanager
def _serving(tmp_path: Path) -> Iterator[tuple[subprocess.Popen, int, dict[str, str]]]:
    """`python -m app serve` in `tmp_path` with no URLs (embedded servers), healthy;
    yields the process, its port and its environment. If the test fails midway, serve
    gets SIGTERM (so it stops its embedded servers too), then a kill."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update({"PORT": str(port), "PYTHONPATH": str(ROOT), "JWT_SECRET": "s" * 40})
    process, log = _start_serve(tmp_path, env)
    try:
        assert _wait_healthy(port, 60, process, log)["status"] == "healthy"
        yield process, port, env
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _stops_with_its_servers(process: subprocess.Popen, stop_signal: int, data_dir: Path) -> None:
    process.send_signal(stop_signal)
    process.wait(30)
    deadline = time.monotonic() + 10
    while _server_processes(data_dir) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _server_processes(data_dir) == []


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serve_starts_embedded_servers_and_stops_them(tmp_path, stop_signal):
    with _serving(tmp_path) as (process, _, _):
        assert _server_processes(tmp_path / ".data"), "embedded servers should run under .data/"
        _stops_with_its_servers(process, stop_signal, tmp_path / ".data")
        assert (tmp_path / ".data" / "postgres" / "pgdata" / "PG_VERSION").exists()


def test_serve_after_a_kill_9_stops_the_redis_left_behind(tmp_path):
    # kill -9 (the OOM killer, a stuck terminal) runs no shutdown: the embedded Redis
    # stayed up for good, still saving to .data/redis, one more with every crash.
    data = tmp_path / ".data"
    with _serving(tmp_path) as (process, _, _):
        left = _redis_processes(data)
        assert len(left) == 1, "the embedded Redis should run in .data/redis"
        process.kill()
        process.wait()
    assert _redis_processes(data) == left  # nothing stops it on its own
    with _serving(tmp_path) as (process, _, _):
        now = _redis_processes(data)
        assert len(now) == 1 and now != left, "the one left behind should be stopped"
        _stops_with_its_servers(process, signal.SIGTERM, data)


def test_serve_with_the_database_down_ends_with_one_clear_line(tmp_path):
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "ENVIRONMENT": "production",
        "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{free_port()}/cabanas",
        "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0",
        "PUBLIC_BASE_URL": "https://cabanas.example",
        "JWT_SECRET": "s" * 40,
        "WHATSAPP_VERIFY_TOKEN": "v",
        "WHATSAPP_APP_SECRET": "a",
        "WHATSAPP_ACCESS_TOKEN": "t",
        "WHATSAPP_PHONE_NUMBER_ID": "1",
        "MERCADOPAGO_ACCESS_TOKEN": "m",
        "MERCADOPAGO_WEBHOOK_SECRET": "w",
        "OWNER_WHATSAPP": "5492944999999",
        "STARTUP_DB_WAIT_SECONDS": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "app", "serve"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Database unreachable at startup:")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / ".data" / "postgres").exists()  # nothing embedded in production


@pytest.mark.parametrize("command", ["migrate", "seed-demo"])
def test_migrate_beside_a_running_serve_leaves_its_database_up(tmp_path, command):
    # `make migrate` in a second terminal while `make run` serves: it must use the
    # embedded PostgreSQL that serve started, not stop it and start its own.
    with _serving(tmp_path) as (process, port, env):
        servers = sorted(_server_processes(tmp_path / ".data"))
        result = subprocess.run(
            [sys.executable, "-m", "app", command],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/healthz", timeout=5) as r:
                status, body = r.status, json.loads(r.read())
        except urllib.error.HTTPError as exc:
            status, body = exc.code, json.loads(exc.read())
        assert (status, body["checks"]["database"]["ok"]) == (200, True), body
        assert sorted(_server_processes(tmp_path / ".data")) == servers
        _stops_with_its_servers(process, signal.SIGTERM, tmp_path / ".data")


def _identity(pid: int) -> tuple[int, str] | None:
    """(ppid, start time) of a live process, None once it is gone (or a zombie):
    the start time tells a pid that was reused from the process we saw."""
    try:
        fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return None if fields[0] == "Z" else (int(fields[1]), fields[19])


def _descendants(pid: int) -> dict[int, tuple[int, str]]:
    found: dict[int, tuple[int, str]] = {}
    parents = {pid}
    while parents:
        children = {}
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit() and (ident := _identity(int(proc.name))) is not None:
                if ident[0] in parents and int(proc.name) not in found:
                    children[int(proc.name)] = ident
        found |= children
        parents = set(children)
    return found


def _cmdline(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_ical_parse_workers_exit_when_serve_is_killed(tmp_path, database_url, redis_url):
    # `kill -9` (the OOM killer, a stuck deploy) runs no shutdown: the iCal parse
    # workers and their forkserver must notice on their own, or every crash leaves
    # three more Python processes holding memory on a 512 MB VM.
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "JWT_SECRET": "s" * 40, "PORT": str(port)}
    env.update({"DATABASE_URL": database_url, "REDIS_URL": redis_url})  # nothing embedded
    process, log = _start_serve(tmp_path, env)
    try:
        _wait_healthy(port, 60, process, log)
        deadline = time.monotonic() + 60
        while True:  # the forkserver and its two workers (started in the background)
            children = _descendants(process.pid)
            pool = [pid for pid in children if "multiprocessing.forkserver" in _cmdline(pid)]
            if len(pool) >= 3 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert len(pool) >= 3, {pid: _cmdline(pid) for pid in children}
    finally:
        process.kill()
        process.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        left = {  # the same processes, reparented by now
            pid: _cmdline(pid)
            for pid, (_, started) in children.items()
            if (now := _identity(pid)) is not None and now[1] == started
        }
        if not left:
            break
        time.sleep(0.2)
    try:
        assert left == {}, "still running after kill -9 of serve"
    finally:
        for pid in left:  # not to leave them to the next test
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
