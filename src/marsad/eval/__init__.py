"""Scoring functions for marsad evaluations (pure; the CLI lives in marsad.cli.eval_*)."""
