"""Reports: orders aggregated with pandas, exported as Parquet (pyarrow), optionally to S3 (boto3)."""

import io

import numpy as np
import pandas as pd


def summarise(rows: list[dict]) -> dict:
    frame = pd.DataFrame(rows, columns=["customer", "amount"])
    if frame.empty:
        return {"orders": 0, "total": 0.0, "p95": 0.0, "by_customer": {}}
    amounts = frame["amount"].astype(float)
    by_customer = amounts.groupby(frame["customer"]).sum().round(2)
    return {
        "orders": int(len(frame)),
        "total": round(float(amounts.sum()), 2),
        "p95": round(float(np.percentile(amounts.to_numpy(), 95)), 2),
        "by_customer": {str(k): float(v) for k, v in by_customer.items()},
    }


def to_parquet(rows: list[dict]) -> bytes:
    buf = io.BytesIO()
    pd.DataFrame(rows, columns=["customer", "amount"]).to_parquet(buf, engine="pyarrow", index=False)
    return buf.getvalue()


def upload(bucket: str, key: str, body: bytes) -> str:
    import boto3

    boto3.client("s3").put_object(Bucket=bucket, Key=key, Body=body, ContentType="application/vnd.apache.parquet")
    return f"s3://{bucket}/{key}"
