"""The REST API and the dashboard (FastAPI + Jinja2, served by ``marsad serve``)."""

from marsad.server.app import create_app

__all__ = ["create_app"]
