"""Every price quote of the book (or one niche) read straight from the cursor, for speed."""

from storage.records import QuoteRecord


def list_quotes_fast(niche_id: int | None = None) -> list[QuoteRecord]:
    """The same records as ``storage.quotes.list()``, read from the cursor directly.

    The price book reads every quote on each refresh; building a peewee model object per row
    and per joined table costs about 30 µs a row (300 ms for 10,000 quotes). This runs the same
    query and converts price and date with the same fields' converters, in a fraction of that.
    """
    from peewee import JOIN

    from storage.models import Channel, Niche, PriceQuote
    from storage.records import QuoteSource, ReachOrigin

    query = (
        PriceQuote.select(
            PriceQuote.id,
            Channel.id,
            Channel.username,
            Channel.title,
            Channel.niche,
            Niche.name,
            PriceQuote.price,
            PriceQuote.currency,
            PriceQuote.top_hours,
            PriceQuote.feed_hours,
            PriceQuote.native,
            PriceQuote.reach,
            PriceQuote.reach_origin,
            PriceQuote.quoted_at,
            PriceQuote.source,
            PriceQuote.note,
            PriceQuote.import_key,
        )
        .join(Channel)
        .join(Niche, JOIN.LEFT_OUTER)
        .order_by(PriceQuote.quoted_at.desc(), PriceQuote.id.desc())
    )
    if niche_id is not None:
        query = query.where(Channel.niche == niche_id)
    origins = {o.value: o for o in ReachOrigin}
    sources = {s.value: s for s in QuoteSource}
    # raw rows, converted only where the stored form differs: price and date by their own fields
    price_value = PriceQuote.price.python_value
    date_value = PriceQuote.quoted_at.python_value
    sql, params = query.sql()
    cursor = PriceQuote._meta.database.execute_sql(sql, params)
    return [
        QuoteRecord(
            id=qid,
            channel_id=cid,
            channel_name=f"@{username}" if username else title,
            niche_id=nid,
            niche_name=niche_name,
            price=price_value(price),
            currency=currency,
            top_hours=top,
            feed_hours=feed,
            native=bool(native),
            reach=reach,
            reach_origin=origins[origin],
            quoted_at=date_value(quoted_at),
            source=sources[source],
            note=note,
            import_key=key,
        )
        for (
            qid, cid, username, title, nid, niche_name, price, currency, top, feed, native,
            reach, origin, quoted_at, source, note, key,
        ) in cursor
    ]  # fmt: skip
