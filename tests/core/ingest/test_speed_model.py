"""The body model's scores, written out once per model as one expression, are what the plain
sum of products gives, to the last bit (`region._linear`)."""

from __future__ import annotations

import operator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.ingest import region

_SLOW = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
# Finite numbers of every size and sign, zeros of both signs among them (rounding differs
# with the order of the additions, so an expression that adds in another order fails).
_NUMBERS = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, width=64, min_value=-1e6, max_value=1e6),
    st.sampled_from([0.0, -0.0, 1.0, 0.1, 1e-9, 3.0]),
)


@_SLOW
@given(
    st.integers(min_value=0, max_value=12).flatmap(
        lambda n: st.tuples(
            st.tuples(*[_NUMBERS] * n),
            _NUMBERS,
            st.lists(st.lists(_NUMBERS, min_size=n, max_size=n), max_size=4),
        )
    )
)
def test_scores_are_the_sum_of_products(
    case: tuple[tuple[float, ...], float, list[list[float]]],
) -> None:
    weights, bias, rows = case
    expected = [bias + sum(map(operator.mul, row, weights)) for row in rows]
    found = region._linear(rows, weights, bias)
    assert [repr(x) for x in found] == [repr(x) for x in expected]


def test_a_model_without_finite_weights_is_refused() -> None:
    with pytest.raises(ValueError, match="finite"):
        region._linear([[1.0]], (float("inf"),), 0.0)
