"""The Qt-free core: domain model, storage, import, search and export."""
