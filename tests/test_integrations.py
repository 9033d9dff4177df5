"""Engine adapters: the column cleaner, Hugging Face datasets helper, Ray Data on a local Ray."""

from __future__ import annotations

import pickle

import pytest

from cntextclean import clean
from cntextclean.integrations.columns import ColumnCleaner
from cntextclean.integrations.hf import clean_function

RECORDS = [{"id": i, "text": f"第{i}条, 内容 记录:{'甲 乙' * (i % 5)}" if i % 97 else None}
           for i in range(3000)]


def expected(rec):
    t = rec["text"]
    return clean(t) if isinstance(t, str) else t


def test_column_cleaner_dict_batches_keep_other_columns():
    batch = {"id": [r["id"] for r in RECORDS[:50]], "text": [r["text"] for r in RECORDS[:50]]}
    out = ColumnCleaner(field="text")(batch)
    assert out["id"] == batch["id"]
    assert out["text"] == [expected(r) for r in RECORDS[:50]]
    assert batch["text"][1] == RECORDS[1]["text"], "the input batch is not modified"


def test_hf_function_is_picklable_and_batched():
    f = clean_function("text", to="none")
    g = pickle.loads(pickle.dumps(f))
    assert g == f
    assert g({"text": ["甲 乙,丙"], "x": [1]}) == {"text": ["甲乙，丙"], "x": [1]}


def test_numpy_and_pandas_batches():
    np = pytest.importorskip("numpy")
    out = ColumnCleaner()({"text": np.array(["甲 乙,丙", 3], dtype=object)})
    assert list(out["text"]) == ["甲乙，丙", 3]
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"text": ["甲 乙,丙", "丁"], "n": [1, 2]})
    out = ColumnCleaner()(df)
    assert out["text"].tolist() == ["甲乙，丙", "丁"] and out["n"].tolist() == [1, 2]


def test_bad_batch_is_a_clear_error():
    with pytest.raises(TypeError, match="dict of columns"):
        ColumnCleaner()(["not", "a", "batch"])


def test_ray_data_matches_single_process():
    ray = pytest.importorskip("ray")
    from cntextclean.integrations.ray import CleanText

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    try:
        ds = ray.data.from_items(RECORDS)
        out = ds.map_batches(CleanText, fn_constructor_kwargs={"field": "text"}, concurrency=2,
                             batch_size=256, batch_format="pandas")
        rows = sorted(out.take_all(), key=lambda r: r["id"])
    finally:
        ray.shutdown()
    assert len(rows) == len(RECORDS)
    for rec, row in zip(RECORDS, rows, strict=True):
        want = expected(rec)
        got = row["text"]
        if want is None:
            assert got is None or got != got  # None or NaN from pandas
        else:
            assert got == want
