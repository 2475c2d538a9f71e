"""One typed settings object, with defaults shipped as data (``data/settings.toml``).

Settings are layered: the shipped defaults, then a user file (``--config FILE`` or
``$MARSAD_CONFIG``), then ``MARSAD_<SECTION>__<KEY>`` environment variables. Unknown
keys are errors, so a typo never passes silently.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from marsad.errors import ConfigError

__all__ = [
    "ClusterSettings",
    "EntitySettings",
    "EventSettings",
    "ExtractSettings",
    "PipelineSettings",
    "ServerSettings",
    "Settings",
    "StoreSettings",
    "load_settings",
]


@dataclass(frozen=True)
class PipelineSettings:
    components: tuple[str, ...] = ()
    on_error: str = "record"  # raise | skip | record
    batch_size: int = 32


@dataclass(frozen=True)
class ExtractSettings:
    max_bytes: int = 20_000_000
    min_body_chars: int = 80
    fetch_timeout: float = 20.0
    user_agent: str = "marsad"
    favor: str = "precision"  # trafilatura's trade-off: balanced | precision | recall


@dataclass(frozen=True)
class EntitySettings:
    kb_dir: str = ""  # empty: the KB shipped in the package
    crf_model: str = ""  # empty: the model shipped in the package
    use_crf: bool = True
    transformers_model: str = ""  # a local token-classification model dir (ner.transformers.v1)


@dataclass(frozen=True)
class EventSettings:
    lexicon: str = ""  # empty: the lexicon shipped in the package
    min_confidence: float = 0.0


@dataclass(frozen=True)
class StoreSettings:
    url: str = "sqlite:///marsad.db"
    workers: int = 0  # 0: one per core


@dataclass(frozen=True)
class ClusterSettings:
    minhash_perm: int = 128
    near_duplicate_threshold: float = 0.8
    story_threshold: float = 0.3
    story_window_days: int = 3


@dataclass(frozen=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    ingest_token: str = ""
    max_request_bytes: int = 2_000_000
    max_page_size: int = 500


@dataclass(frozen=True)
class Settings:
    pipeline: PipelineSettings = field(default_factory=PipelineSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    entities: EntitySettings = field(default_factory=EntitySettings)
    events: EventSettings = field(default_factory=EventSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    server: ServerSettings = field(default_factory=ServerSettings)

    def replace(self, section: str, **changes: Any) -> Settings:
        """A copy with keys of one section changed: ``s.replace("store", url=...)``."""
        current = getattr(self, section)
        return dataclasses.replace(self, **{section: dataclasses.replace(current, **changes)})


T = TypeVar("T")


def _coerce(value: Any, typ: Any, where: str) -> Any:
    origin = getattr(typ, "__origin__", None)
    if typ is bool:
        if isinstance(value, str):
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
            raise ConfigError(f"{where}: expected true/false, got {value!r}")
        return bool(value)
    if typ in (int, float):
        try:
            return typ(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: expected {typ.__name__}, got {value!r}") from None
    if origin is tuple:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        return tuple(value)
    return str(value)


def _build(cls: type[T], data: dict[str, Any], where: str) -> T:
    hints = get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"{where}: unknown setting(s) {', '.join(sorted(unknown))}")
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        typ = hints[name]
        if dataclasses.is_dataclass(typ):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}.{name}: expected a table")
            kwargs[name] = _build(typ, value, f"{where}.{name}")  # type: ignore[arg-type]
        else:
            kwargs[name] = _coerce(value, typ, f"{where}.{name}")
    return cls(**kwargs)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in extra.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def _env_layer(environ: dict[str, str]) -> dict[str, Any]:
    layer: dict[str, Any] = {}
    for key, value in environ.items():
        if key.startswith("MARSAD_") and "__" in key:
            section, _, name = key[len("MARSAD_") :].lower().partition("__")
            layer.setdefault(section, {})[name] = value
    return layer


def load_settings(
    path: str | Path | None = None, environ: dict[str, str] | None = None
) -> Settings:
    """Shipped defaults, then ``path`` (or ``$MARSAD_CONFIG``), then the environment."""
    environ = dict(os.environ) if environ is None else environ
    text = resources.files("marsad.data").joinpath("settings.toml").read_text("utf-8")
    data = tomllib.loads(text)
    path = path or environ.get("MARSAD_CONFIG")
    if path:
        try:
            data = _merge(data, tomllib.loads(Path(path).read_text("utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"{path}: cannot read settings: {e}") from e
    data = _merge(data, _env_layer(environ))
    return _build(Settings, data, "settings")
