"""Item models that feed the views with core dataclasses."""
