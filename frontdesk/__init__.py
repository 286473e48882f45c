"""FrontDesk: the reception-desk application for hotels and multifamily buildings."""

__version__ = "0.1.0"
