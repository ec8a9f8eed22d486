"""Vehicle Buyer: total cost of ownership of EVs, plug-in hybrids, hybrids and gasoline cars."""

__version__ = "0.1.0"
