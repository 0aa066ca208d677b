#!/usr/bin/env bash
# The layering rules the code keeps, checked on every test run:
# - the screens (ui/) read and send typed domain objects only: no QJson there (the JSON of the
#   contract lives in core/domain's codecs and core/client).
#   check_layering.sh SOURCE_DIR
set -uo pipefail
src=$1
status=0
if hits=$(grep -n "QJson" "$src"/ui/*.h "$src"/ui/*.cpp); then
    echo "FAIL: ui/ uses QJson (use the core/domain type and its codec instead):"
    echo "$hits"
    status=1
fi
[ $status -ne 0 ] || echo "layering kept: no QJson in ui/"
exit $status
