#!/usr/bin/env bash
# Refresh the Qt Linguist sources from the GUI's code: new texts come in as unfinished, texts the
# code no longer has are dropped, translations already made are kept. Translate what is unfinished
# (Qt Linguist, or by hand in the .ts), then run the tests: tests/ui/test_translation_complete.py
# fails while any text of the GUI has no finished translation, tests/ui/test_service_translations.py
# while any text the services say (say() / say_plural(), frontdesk/domain/words.py) has none.
# The services' texts go to frontdesk_services_<lang>.ts through installer/service_translations.py:
# lupdate would not see their plural forms, and -no-obsolete would drop them.
#
#     installer/update-translations.sh            # every language in resources/translations
set -euo pipefail
cd "$(dirname "$0")/.."
# The one beside the project's virtual environment, else the one on PATH.
LUPDATE="${LUPDATE:-$( [ -x .venv/bin/pyside6-lupdate ] && echo .venv/bin/pyside6-lupdate || command -v pyside6-lupdate)}"
mapfile -t sources < <(find frontdesk/ui -name '*.py' | sort)
for ts in resources/translations/*.ts; do
  case "$ts" in *frontdesk_services_*) continue ;; esac  # the services' texts: below
  "$LUPDATE" -no-obsolete -locations none "${sources[@]}" -ts "$ts"
done
# The one Python beside the project's virtual environment, else python3.
PYTHON="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || command -v python3)}"
"$PYTHON" installer/service_translations.py
