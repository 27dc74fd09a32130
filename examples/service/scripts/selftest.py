"""In-image self-test: run by build-parity-image's `test-command` inside the built image, so the
checks run in exactly the environment that ships (no test dependencies needed)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from service.app import create_app  # noqa: E402

client = create_app().test_client()
checks = {
    "/healthz": 200,
    "/": 200,
    "/metrics": 200,
    "/no-such-page": 404,
}
failed = []
for path, expected in checks.items():
    status = client.get(path).status_code
    print(f"{path:15} {status} (expected {expected})")
    if status != expected:
        failed.append(path)
body = json.loads(client.get("/").data)
print("service:", body.get("service"), "version:", body.get("version"))
sys.exit(1 if failed else 0)
