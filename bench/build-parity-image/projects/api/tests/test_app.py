from fastapi.testclient import TestClient

from api.app import app


def test_orders_and_summary():
    with TestClient(app) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        for customer, amount in [("acme", "10.50"), ("acme", "4.50"), ("globex", "20.00")]:
            assert client.post("/orders", json={"customer": customer, "amount": amount}).status_code == 201
        assert client.get("/orders/1").json()["customer"] == "acme"
        assert client.get("/orders/99").status_code == 404
        summary = client.get("/reports/summary").json()
        assert summary["orders"] == 3
        assert summary["by_customer"] == {"acme": 15.0, "globex": 20.0}
        assert b"api_orders_created_total" in client.get("/metrics").content
