"""Key cards: the encoder contract, encoding, card plans, the card secret and virtual doors."""
