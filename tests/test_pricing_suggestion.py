"""The suggested price, its adjustments and reasoning steps, and format-aware niche selection."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricing import (
    Adjustments,
    Format,
    FormatNiche,
    InputError,
    Quote,
    Step,
    Suggestion,
    niche_for_format,
    niche_summary,
    round_price,
    suggest_price,
)

D = Decimal

# The same ten quotes as in test_pricing_cpm: sorted CPMs 300 400 400 500 500 500 600 600 700 3000,
# so mean 750, median 500, 10 % trimmed mean 525, weighted 8750 / 12 500 × 1000 = 700,
# p25 425, p75 600.
NICHE = niche_summary(
    [
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
)


def test_plain_suggestion_from_the_mean():
    suggestion = suggest_price(4000, NICHE)
    assert isinstance(suggestion, Suggestion)
    # 750 × 4000 / 1000 = 3000; range 425 × 4 = 1700 to 600 × 4 = 2400.
    assert suggestion.price == D(3000)
    assert (suggestion.low, suggestion.high) == (D(1700), D(2400))
    assert suggestion.basis == "mean"
    assert suggestion.basis_cpm == D(750)
    assert suggestion.currency == "RUB"
    assert suggestion.factor == 1
    assert suggestion.steps == (
        Step("Niche mean CPM 750.00 × reach 4 000 / 1000", D(1), D(3000), "base", None),
    )


@pytest.mark.parametrize(
    ("basis", "basis_cpm", "price"),
    [
        ("mean", D(750), D(3000)),  # 750 × 4
        ("median", D(500), D(2000)),  # 500 × 4
        ("trimmed", D(525), D(2100)),  # 525 × 4
        ("weighted", D(700), D(2800)),  # 700 × 4
    ],
)
def test_each_basis(basis, basis_cpm, price):
    suggestion = suggest_price(4000, NICHE, basis=basis)
    assert (suggestion.basis_cpm, suggestion.price) == (basis_cpm, price)
    # The range does not depend on the basis.
    assert (suggestion.low, suggestion.high) == (D(1700), D(2400))


def test_discount_and_premium_steps():
    adjustments = Adjustments(caught_cheating=True, narrow_niche=True)
    suggestion = suggest_price(4000, NICHE, adjustments)
    # 3000 × (1 − 40 %) = 1800, then × (1 + 15 %) = 2070.
    assert suggestion.price == D(2070)
    assert [s.kind for s in suggestion.steps] == ["base", "caught_cheating", "narrow_niche"]
    assert [s.amount for s in suggestion.steps] == [D(3000), D(1800), D(2070)]
    assert [s.factor for s in suggestion.steps] == [D(1), D("0.6"), D("1.15")]
    assert [s.percent for s in suggestion.steps] == [None, D(-40), D(15)]
    assert suggestion.steps[1].label == "Caught buying views or subscribers: −40 %"
    assert suggestion.steps[2].label == "Narrow niche, few competitors: +15 %"
    # Same factor 0.6 × 1.15 = 0.69 on the range: 1700 × 0.69 = 1173, 2400 × 0.69 = 1656.
    assert suggestion.factor == D("0.69")
    assert (suggestion.low, suggestion.high) == (D(1173), D(1656))


def test_all_adjustments_apply_in_order_and_multiply():
    adjustments = Adjustments(
        caught_cheating=True,
        mega_compilations=True,
        better_terms_pct=D(20),
        growing=True,
        narrow_niche=True,
    )
    suggestion = suggest_price(4000, NICHE, adjustments)
    assert [s.kind for s in suggestion.steps] == [
        "base",
        "caught_cheating",
        "mega_compilations",
        "better_terms",
        "growing",
        "narrow_niche",
    ]
    # 0.6 × 0.7 × 1.2 × 1.1 × 1.15 = 0.63756; 3000 × 0.63756 = 1912.68 → 1913 whole roubles.
    assert suggestion.factor == D("0.63756")
    assert suggestion.unrounded_price == D("1912.68")
    assert suggestion.steps[-1].amount == D("1912.68")
    assert suggestion.price == D(1913)


def test_percentages_are_editable():
    adjustments = Adjustments(
        caught_cheating=True, cheating_pct=D(30), growing=True, growing_pct=50
    )
    # 3000 × 0.7 × 1.5 = 3150.
    assert suggest_price(4000, NICHE, adjustments).price == D(3150)
    assert adjustments.growing_pct == D(50) and isinstance(adjustments.growing_pct, Decimal)


def test_defaults_follow_the_market():
    adjustments = Adjustments()
    assert adjustments.cheating_pct == 40  # the market's 30–50 % for cheaters
    assert adjustments.better_terms_pct == 0
    assert adjustments.active() == ()
    assert adjustments.factor == 1


def test_switched_off_adjustments_leave_no_step():
    adjustments = Adjustments(cheating_pct=D(50), growing_pct=D(30))  # edited but not switched on
    assert [s.kind for s in suggest_price(4000, NICHE, adjustments).steps] == ["base"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"cheating_pct": 95}, "caught cheating must be a percentage from 0 to 90"),
        ({"mega_compilations_pct": -1}, "mega-compilations must be a percentage from 0 to 90"),
        ({"better_terms_pct": 201}, "better terms must be a percentage from 0 to 200"),
        ({"growing_pct": "lots"}, "growing channel must be a percentage from 0 to 200"),
        ({"narrow_niche_pct": D("NaN")}, "narrow niche must be a percentage from 0 to 200"),
        ({"growing": "yes"}, "growing must be true or false"),
    ],
)
def test_adjustments_validate_ranges(kwargs, message):
    with pytest.raises(InputError, match=message):
        Adjustments(**kwargs)


def test_rounding_keeps_cents_for_small_prices():
    # 3 USDT for 2000 views → CPM 1.5; own reach 1234 → 1.5 × 1.234 = 1.851 → 1.85 USDT.
    niche = niche_summary([Quote(D(3), 2000, currency="USDT")])
    suggestion = suggest_price(1234, niche)
    assert suggestion.price == D("1.85")
    assert suggestion.unrounded_price == D("1.851")
    assert suggestion.currency == "USDT"


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (D("2070.5"), D(2071)),  # half up to whole units from 100 up
        (D("2070.49"), D(2070)),
        (D("100"), D(100)),
        (D("99.995"), D("100.00")),  # below 100: to cents, half up
        (D("0.125"), D("0.13")),
        (D("12.3"), D("12.30")),
    ],
)
def test_round_price(amount, shown):
    assert round_price(amount) == shown


def test_niche_may_be_given_as_quotes():
    quotes = [Quote(D(1000), 2000), Quote(D(1500), 2500)]
    # CPMs 500 and 600 → mean 550; × 1000 / 1000 = 550.
    assert suggest_price(1000, quotes).price == D(550)


@pytest.mark.parametrize("reach", [0, -100, 1.5, "many", None])
def test_own_reach_must_be_positive_whole(reach):
    with pytest.raises(InputError, match="Own reach must be a whole number above 0"):
        suggest_price(reach, NICHE)


@pytest.mark.parametrize("basis", ["average", "", "MEAN", None])
def test_unknown_basis_is_rejected(basis):
    with pytest.raises(InputError, match="Basis must be one of mean, median, trimmed, weighted"):
        suggest_price(1000, NICHE, basis=basis)


def test_empty_niche_is_rejected():
    with pytest.raises(InputError, match="No quotes"):
        suggest_price(1000, [])


adjustment_strategy = st.builds(
    Adjustments,
    caught_cheating=st.booleans(),
    cheating_pct=st.decimals(min_value=0, max_value=90, places=1),
    mega_compilations=st.booleans(),
    better_terms_pct=st.decimals(min_value=0, max_value=200, places=1),
    growing=st.booleans(),
    narrow_niche=st.booleans(),
)
reach_strategy = st.integers(min_value=1, max_value=5_000_000)


@given(reach_strategy, reach_strategy, adjustment_strategy, st.sampled_from(["mean", "weighted"]))
def test_suggestion_is_monotone_in_reach(reach_a, reach_b, adjustments, basis):
    small, large = sorted((reach_a, reach_b))
    low = suggest_price(small, NICHE, adjustments, basis)
    high = suggest_price(large, NICHE, adjustments, basis)
    assert low.price <= high.price
    assert low.low <= high.low and low.high <= high.high


@given(reach_strategy, adjustment_strategy)
def test_steps_explain_the_price(reach, adjustments):
    suggestion = suggest_price(reach, NICHE, adjustments)
    running = suggestion.steps[0].amount
    assert running == suggestion.basis_cpm * reach / 1000
    for step in suggestion.steps[1:]:
        running *= step.factor
        assert step.factor == 1 + step.percent / 100
        assert abs(step.amount - running) <= running * D("1e-40")
    assert suggestion.steps[-1].amount == suggestion.unrounded_price
    assert suggestion.price == round_price(suggestion.unrounded_price)
    assert suggestion.low <= suggestion.high


# --- niche_for_format --------------------------------------------------------------------------


def _quotes(cpm: int, count: int, top: int, feed: int | None) -> list[Quote]:
    # Reach 1000, so the price equals the CPM.
    return [Quote(D(cpm), 1000, top, feed) for _ in range(count)]


def test_same_format_is_used_when_there_are_enough():
    quotes = _quotes(500, 5, 1, 24) + _quotes(900, 3, 1, 48)
    chosen = niche_for_format(quotes, Format(1, 24))
    assert isinstance(chosen, FormatNiche)
    assert chosen.fallback is None
    assert chosen.same_format_count == 5
    assert chosen.used_indices == (0, 1, 2, 3, 4)
    assert chosen.summary.mean_cpm == D(500)


def test_falls_back_to_the_same_reach_window():
    # Two 2/48 quotes are too few; with three 1/48 ones, five quotes count 48-hour reach.
    quotes = _quotes(500, 4, 1, 24) + _quotes(800, 3, 1, 48) + _quotes(1000, 2, 2, 48)
    chosen = niche_for_format(quotes, "2/48")
    assert chosen.fallback == "same_reach_window"
    assert chosen.same_format_count == 2
    assert chosen.used_indices == (4, 5, 6, 7, 8)
    # (3 × 800 + 2 × 1000) / 5 = 880.
    assert chosen.summary.mean_cpm == D(880)


def test_long_placements_share_the_72_hour_window():
    quotes = _quotes(600, 2, 1, None) + _quotes(700, 2, 1, 168) + _quotes(800, 1, 3, 72)
    chosen = niche_for_format(quotes, "навсегда")
    assert chosen.fallback == "same_reach_window"
    assert chosen.used_indices == (0, 1, 2, 3, 4)


def test_falls_back_to_all_formats():
    quotes = _quotes(500, 3, 1, 24) + _quotes(800, 1, 1, 48)
    chosen = niche_for_format(quotes, "1/48")
    assert chosen.fallback == "all_formats"
    assert chosen.same_format_count == 1
    assert chosen.used_indices == (0, 1, 2, 3)
    # (3 × 500 + 800) / 4 = 575.
    assert chosen.summary.mean_cpm == D(575)


def test_minimum_is_adjustable_and_native_matches_plain_hours():
    quotes = _quotes(500, 2, 1, 24) + _quotes(800, 1, 1, 48)
    chosen = niche_for_format(quotes, "1/24 натив", min_same_format=2)
    assert chosen.fallback is None
    assert chosen.used_indices == (0, 1)


def test_niche_for_format_rejects_bad_input():
    with pytest.raises(InputError, match="No quotes"):
        niche_for_format([], "1/24")
    with pytest.raises(InputError, match="not a placement format"):
        niche_for_format(_quotes(500, 1, 1, 24), "weekly")
    with pytest.raises(InputError, match="Minimum number of same-format quotes"):
        niche_for_format(_quotes(500, 1, 1, 24), "1/24", min_same_format=0)
