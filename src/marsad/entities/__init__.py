"""Entities: knowledge base, recognition, linking."""
