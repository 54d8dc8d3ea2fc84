"""ownup: own your mistakes and outages in front of your customers."""
