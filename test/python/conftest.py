import os
import subprocess
import sys
from pathlib import Path

import pytest

SNIPPETS = Path(__file__).parent / "snippets"


@pytest.fixture
def run_snippet():
    """Runs a docs snippet as its own process, as a user would, and returns its stdout."""

    def run(name: str) -> str:
        env = dict(os.environ)
        proc = subprocess.run(
            [sys.executable, str(SNIPPETS / name)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0, f"{name} failed:\n{proc.stderr}"
        return proc.stdout

    return run
