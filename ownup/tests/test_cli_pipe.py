"""`ownup … | head` ends quietly when the reader stops early: no traceback on the terminal."""

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.same_on_every_database


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `head` after its lines: every write now fails
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ownup", "--help"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 1
