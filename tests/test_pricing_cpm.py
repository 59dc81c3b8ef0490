"""CPM, ERR/ER, quotes and niche statistics: hand-computed examples, edge cases, properties."""

import statistics
from dataclasses import FrozenInstanceError
from decimal import Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricing import Format, InputError, NicheSummary, Quote, cpm, er, err, niche_summary

D = Decimal


# --- cpm ---------------------------------------------------------------------------------------


def test_cpm_design_example():
    # DESIGN.md: 1000 ₽ for a post that collects 2000 views → 1000 / 2000 × 1000 = 500 ₽.
    assert cpm(D(1000), 2000) == D(500)


@pytest.mark.parametrize(
    ("price", "views", "expected"),
    [
        (D("1500.50"), 1000, D("1500.50")),  # 1500.50 / 1000 × 1000
        (2500, 4000, D(625)),  # 2500 / 4000 = 0.625 → × 1000 = 625
        ("750", 1500, D(500)),  # 750 / 1500 = 0.5 → 500
        (0.1, 1, D(100)),  # float goes through str: "0.1" × 1000 / 1 = 100, no binary noise
        (D(0), 1000, D(0)),  # a free post has CPM 0
        (D(1000), D("2000"), D(500)),  # a whole-number Decimal is fine as views
    ],
)
def test_cpm_worked_examples(price, views, expected):
    assert cpm(price, views) == expected


def test_cpm_returns_decimal_without_display_rounding():
    # 1000 / 3 × 1000 = 333 333.333…; kept to far more than two decimals.
    value = cpm(1000, 3)
    assert isinstance(value, Decimal)
    assert value.quantize(D("0.01")) == D("333333.33")
    assert abs(value * 3 - D(1_000_000)) < D("1e-40")


@pytest.mark.parametrize("views", [0, -1, D("2.5"), 2.5, "abc", True, None, D("NaN")])
def test_cpm_rejects_bad_views(views):
    with pytest.raises(InputError, match="Views must be a whole number above 0"):
        cpm(1000, views)


@pytest.mark.parametrize(
    "price", [-1, D("-0.01"), D("NaN"), D("Infinity"), float("nan"), float("inf"), "abc", None]
)
def test_cpm_rejects_bad_price(price):
    with pytest.raises(InputError, match="Price must be a number"):
        cpm(price, 1000)


def test_input_error_is_a_value_error():
    with pytest.raises(ValueError):
        cpm(1000, 0)


prices = st.decimals(min_value=D("0.01"), max_value=D(100_000_000), places=2)
view_counts = st.integers(min_value=1, max_value=10_000_000)


@given(prices, view_counts, st.integers(min_value=1, max_value=1000))
def test_cpm_scales_linearly_with_price(price, views, k):
    # Exact up to the 50th significant digit of a non-terminating quotient.
    with localcontext(prec=80):
        expected = k * cpm(price, views)
        assert abs(cpm(price * k, views) - expected) <= expected * D("1e-45")


@given(prices, view_counts)
def test_cpm_times_views_gives_back_the_price(price, views):
    with localcontext(prec=80):
        assert abs(cpm(price, views) * views / 1000 - price) <= price * D("1e-45")


# --- ERR and ER --------------------------------------------------------------------------------


def test_err_and_er_worked_examples():
    # ERR: 1500 average views / 10 000 subscribers × 100 = 15 %.
    assert err(1500, 10_000) == D(15)
    # ER: 30 reactions and forwards / 1000 views × 100 = 3 %.
    assert er(30, 1000) == D(3)
    # Averages may be fractional: 1234.5 / 5000 × 100 = 24.69 %.
    assert err(D("1234.5"), 5000) == D("24.69")


@pytest.mark.parametrize("subscribers", [0, -5, 1.5])
def test_err_rejects_bad_subscribers(subscribers):
    with pytest.raises(InputError, match="Subscribers must be a whole number above 0"):
        err(100, subscribers)


def test_err_and_er_reject_negative_numerators():
    with pytest.raises(InputError, match="Reach must be"):
        err(-1, 100)
    with pytest.raises(InputError, match="Interactions must be"):
        er(-1, 100)
    with pytest.raises(InputError, match="Views must be a whole number above 0"):
        er(5, 0)


# --- Quote -------------------------------------------------------------------------------------


def test_quote_defaults_and_cpm():
    quote = Quote(D(1000), 2000)
    assert (quote.top_hours, quote.feed_hours, quote.currency) == (1, 24, "RUB")
    assert quote.cpm == D(500)
    assert quote.format == Format(1, 24)
    assert quote.format.label == "1/24"


def test_quote_normalises_price_and_currency():
    quote = Quote("1500.50", 3000, 2, 48, "usd")
    assert quote.price == D("1500.50") and isinstance(quote.price, Decimal)
    assert quote.currency == "USD"
    assert quote.format == Format(2, 48)


def test_quote_forever_format():
    quote = Quote(D(3000), 6000, 1, None)
    assert quote.format.feed_hours is None
    assert quote.format.reach_window_hours == 72


def test_quote_is_frozen():
    quote = Quote(D(1000), 2000)
    with pytest.raises(FrozenInstanceError):
        quote.price = D(1)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"price": D(0), "reach": 1000}, "Price must be a positive number"),
        ({"price": D(-5), "reach": 1000}, "Price must be a positive number"),
        ({"price": "much", "reach": 1000}, "Price must be a positive number"),
        ({"price": D(100), "reach": 0}, "Reach must be a whole number above 0"),
        ({"price": D(100), "reach": 10.5}, "Reach must be a whole number above 0"),
        ({"price": D(100), "reach": 10, "top_hours": 3, "feed_hours": 2}, "cannot exceed"),
        ({"price": D(100), "reach": 10, "feed_hours": 0}, "Hours in the feed"),
        ({"price": D(100), "reach": 10, "top_hours": -1}, "Hours at the top"),
        ({"price": D(100), "reach": 10, "currency": ""}, "Currency must be a code"),
        ({"price": D(100), "reach": 10, "currency": "R$1"}, "Currency must be a code"),
    ],
)
def test_quote_rejects_bad_values(kwargs, message):
    with pytest.raises(InputError, match=message):
        Quote(**kwargs)


# --- niche_summary -----------------------------------------------------------------------------

# Ten quotes; (price, reach) → CPM = price / reach × 1000:
#   300/1000 → 300, 800/2000 → 400, 400/1000 → 400, 3000/1000 → 3000 (the outlier),
#   1000/2000 → 500, 500/1000 → 500, 250/500 → 500, 600/1000 → 600, 1200/2000 → 600, 700/1000 → 700
NICHE = [
    Quote(D(300), 1000),
    Quote(D(800), 2000),
    Quote(D(400), 1000),
    Quote(D(3000), 1000),
    Quote(D(1000), 2000),
    Quote(D(500), 1000),
    Quote(D(250), 500),
    Quote(D(600), 1000),
    Quote(D(1200), 2000),
    Quote(D(700), 1000),
]


def test_niche_summary_worked_example():
    summary = niche_summary(NICHE)
    # Sorted CPMs: 300 400 400 500 500 500 600 600 700 3000.
    assert summary.count == 10
    assert summary.currency == "RUB"
    # Σ = 7500 → mean 750.
    assert summary.mean_cpm == D(750)
    # Middle two are 500 and 500.
    assert summary.median_cpm == D(500)
    # floor(0.1 × 10) = 1 cut each side: 400 400 500 500 500 600 600 700 → 4200 / 8 = 525.
    assert summary.trimmed_mean_cpm == D(525)
    # Σprice = 8750, Σreach = 12 500 → 8750 / 12 500 × 1000 = 700.
    assert summary.weighted_cpm == D(700)
    # p25 at position 9 × 0.25 = 2.25: 400 + 0.25 × (500 − 400) = 425.
    assert summary.p25_cpm == D(425)
    # p75 at position 6.75: 600 + 0.75 × (600 − 600) = 600.
    assert summary.p75_cpm == D(600)
    # IQR 175; fences 425 − 262.5 = 162.5 and 600 + 262.5 = 862.5: only 3000 is outside.
    assert (summary.lower_fence, summary.upper_fence) == (D("162.5"), D("862.5"))
    assert summary.outlier_indices == (3,)
    assert summary.outliers == (NICHE[3],)
    assert (summary.min_cpm, summary.max_cpm) == (D(300), D(3000))
    assert summary.iqr == D(175)
    for value in (summary.mean_cpm, summary.median_cpm, summary.p25_cpm, summary.weighted_cpm):
        assert isinstance(value, Decimal)


def test_quartiles_match_statistics_inclusive_method():
    cpms = sorted(q.cpm for q in NICHE)
    p25, _, p75 = statistics.quantiles(cpms, n=4, method="inclusive")
    summary = niche_summary(NICHE)
    assert (summary.p25_cpm, summary.p75_cpm) == (p25, p75)


def test_summary_without_outliers():
    # Without 3000 the nine CPMs are 300 400 400 500 500 500 600 600 700:
    # Σ 4500 / 9 = 500; Σprice 5750 / Σreach 11 500 × 1000 = 500; floor(0.9) = 0 cut;
    # p25 at position 8 × 0.25 = 2 → 400; p75 at position 6 → 600; fences 100 and 900.
    trimmed = niche_summary(NICHE).without_outliers()
    assert trimmed.count == 9
    assert trimmed.mean_cpm == D(500)
    assert trimmed.weighted_cpm == D(500)
    assert trimmed.trimmed_mean_cpm == D(500)
    assert (trimmed.p25_cpm, trimmed.p75_cpm) == (D(400), D(600))
    assert trimmed.outliers == ()
    assert niche_summary(NICHE, exclude_outliers=True) == trimmed
    assert trimmed.without_outliers() is trimmed


def test_trimmed_mean_cuts_nothing_below_ten_quotes():
    # Nine quotes: floor(0.9) = 0, so the trimmed mean is the plain mean even with an outlier.
    # CPMs 300 400 400 3000 500 500 500 600 600 → Σ 6800 / 9.
    summary = niche_summary(NICHE[:9])
    assert summary.trimmed_mean_cpm == summary.mean_cpm
    assert summary.mean_cpm.quantize(D("0.0001")) == D("755.5556")


def test_single_quote_summary():
    summary = niche_summary([Quote(D(1200), 3000, currency="USD")])
    # 1200 / 3000 × 1000 = 400 for every statistic.
    for name in ("mean_cpm", "median_cpm", "trimmed_mean_cpm", "weighted_cpm", "p25_cpm"):
        assert getattr(summary, name) == D(400)
    assert summary.outliers == ()
    assert summary.currency == "USD"


def test_empty_niche_is_rejected():
    with pytest.raises(InputError, match="No quotes"):
        niche_summary([])


def test_mixed_currencies_are_rejected_naming_them():
    quotes = [
        Quote(D(1000), 2000),
        Quote(D(20), 2000, currency="USD"),
        Quote(D(5), 100, 1, 24, "TON"),
    ]
    with pytest.raises(InputError, match=r"different currencies \(RUB, TON, USD\)"):
        niche_summary(quotes)


def test_niche_summary_accepts_any_iterable():
    assert niche_summary(iter(NICHE)).count == 10


def test_niche_summary_rejects_non_quotes():
    with pytest.raises(InputError, match="Expected price quotes"):
        niche_summary([D(500)])  # type: ignore[list-item]


quotes_strategy = st.lists(
    st.builds(
        Quote,
        price=st.decimals(min_value=D(1), max_value=D(1_000_000), places=2),
        reach=st.integers(min_value=1, max_value=1_000_000),
    ),
    min_size=1,
    max_size=60,
)


@given(quotes_strategy)
def test_summary_statistics_are_ordered(quotes):
    summary = niche_summary(quotes)
    assert isinstance(summary, NicheSummary)
    assert summary.min_cpm <= summary.p25_cpm <= summary.median_cpm <= summary.p75_cpm
    assert summary.p75_cpm <= summary.max_cpm
    for value in (summary.mean_cpm, summary.trimmed_mean_cpm, summary.weighted_cpm):
        assert summary.min_cpm <= value <= summary.max_cpm
    assert summary.count == len(quotes)
    # Every outlier index points at a quote outside the fences, and every such quote is listed.
    outside = tuple(
        i
        for i, q in enumerate(quotes)
        if q.cpm < summary.lower_fence or q.cpm > summary.upper_fence
    )
    assert summary.outlier_indices == outside
    assert summary.without_outliers().count == len(quotes) - len(outside)


@given(quotes_strategy.filter(lambda q: len(q) >= 2))
def test_median_matches_statistics_median(quotes):
    summary = niche_summary(quotes)
    expected = statistics.median(q.cpm for q in quotes)
    assert abs(summary.median_cpm - expected) <= abs(expected) * D("1e-25")
