"""The ASGI application: `api.app:app` (gunicorn with uvicorn workers, see gunicorn.conf.py)."""

from contextlib import asynccontextmanager
from decimal import Decimal

import orjson
import structlog
from fastapi import Depends, FastAPI, HTTPException, Response
from prometheus_client import CONTENT_TYPE_LATEST, Counter, generate_latest
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from api import reports
from api.db import Order, make_engine
from api.settings import get_settings

log = structlog.get_logger("api")
ORDERS_CREATED = Counter("api_orders_created_total", "Orders created")


class OrderIn(BaseModel):
    customer: str = Field(min_length=1, max_length=120)
    amount: Decimal = Field(gt=0, max_digits=12, decimal_places=2)


class OrderOut(OrderIn):
    id: int


class JSON(Response):
    media_type = "application/json"

    def render(self, content) -> bytes:
        return orjson.dumps(content, default=str)


@asynccontextmanager
async def lifespan(app: FastAPI):
    settings = get_settings()
    app.state.engine = make_engine(settings.database_url)
    log.info("api_started", database=app.state.engine.url.get_backend_name())
    yield
    app.state.engine.dispose()


app = FastAPI(title="api", lifespan=lifespan, default_response_class=JSON)


def session():
    with Session(app.state.engine) as s:
        yield s


@app.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}


@app.get("/metrics")
def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


@app.post("/orders", status_code=201)
def create_order(order: OrderIn, db: Session = Depends(session)) -> OrderOut:
    row = Order(customer=order.customer, amount=order.amount)
    db.add(row)
    db.commit()
    ORDERS_CREATED.inc()
    log.info("order_created", order_id=row.id, customer=row.customer)
    return OrderOut(id=row.id, customer=row.customer, amount=row.amount)


@app.get("/orders/{order_id}")
def get_order(order_id: int, db: Session = Depends(session)) -> OrderOut:
    row = db.get(Order, order_id)
    if row is None:
        raise HTTPException(status_code=404, detail="order not found")
    return OrderOut(id=row.id, customer=row.customer, amount=row.amount)


@app.get("/reports/summary")
def summary(db: Session = Depends(session)) -> dict:
    rows = [{"customer": c, "amount": a} for c, a in db.execute(select(Order.customer, Order.amount))]
    return reports.summarise(rows)
