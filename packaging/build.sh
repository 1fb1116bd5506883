#!/usr/bin/env bash
# Build a self-contained folder, dist/briefing-reader/, with the `briefing-reader` window and
# the `briefing` command, then pack it (packaging/pack.sh) as
# dist/briefing-reader-<version>-linux-x86_64.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
make --silent .venv/.installed
# The window's translations, compiled from the committed .ts files into resources/i18n/.
.venv/bin/pyside6-lrelease -silent resources/i18n/briefing_reader_de.ts resources/i18n/briefing_reader_en.ts
.venv/bin/python -m pip install --quiet "pyinstaller>=6.0"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/briefing-reader.spec
version=$(.venv/bin/python -c "import reader; print(reader.__version__)")
packaging/pack.sh dist "$version"
