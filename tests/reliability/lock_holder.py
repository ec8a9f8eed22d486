"""A second copy of the app, as far as profile locks go: run as a child process by test_profile_lock.py.

python lock_holder.py hold PROFILE      take the lock, print "locked", release it when stdin closes
python lock_holder.py try PROFILE       try to take it: print "locked" (and release) or "in use: MESSAGE"
python lock_holder.py race PROFILE N    wait until N racers are ready (files in PROFILE's folder), then try
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from buyer_app.core.profiles.lock import ProfileInUse, ProfileLock


def main() -> int:
    verb, profile = sys.argv[1], Path(sys.argv[2])
    if verb == "race":
        count = int(sys.argv[3])
        ready = profile.parent / "ready"
        ready.mkdir(exist_ok=True)
        (ready / str(os.getpid())).touch()
        while len(list(ready.iterdir())) < count:
            time.sleep(0.001)
    try:
        lock = ProfileLock.acquire(profile)
    except ProfileInUse as exc:
        print(f"in use: {exc}", flush=True)
        return 2
    print("locked", flush=True)
    if verb == "hold":
        sys.stdin.read()
    elif verb == "race":
        time.sleep(0.5)  # hold it while the others try
    lock.release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
