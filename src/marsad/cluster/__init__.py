"""Near-duplicates (MinHash LSH), same-story clustering, related articles, event dedup."""
