"""The ad buyer's *Vetting* screen, one module per part; the area assembles them."""
