#!/usr/bin/env bash
# The layering rules the code keeps, checked on every test run:
# - the screens (ui/) read and send typed domain objects only: no QJson there (the JSON of the
#   contract lives in core/domain's codecs and core/client);
# - the server's controllers validate, apply the domain's rules and call a repository: no SQL
#   text there (it lives in server-stub/storage/).
#   check_layering.sh SOURCE_DIR
set -uo pipefail
src=$1
status=0
if hits=$(grep -n "QJson" "$src"/ui/*.h "$src"/ui/*.cpp); then
    echo "FAIL: ui/ uses QJson (use the core/domain type and its codec instead):"
    echo "$hits"
    status=1
fi
if hits=$(grep -nE '"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP)[[:space:]]' \
               "$src"/server-stub/controllers/*.h "$src"/server-stub/controllers/*.cpp); then
    echo "FAIL: SQL in server-stub/controllers/ (move it to a repository in server-stub/storage/):"
    echo "$hits"
    status=1
fi
if hits=$(grep -nE '\b(db|m_db)\.(exec|rows|row|scalar|run)\(|QSqlQuery' \
               "$src"/server-stub/controllers/*.h "$src"/server-stub/controllers/*.cpp); then
    echo "FAIL: server-stub/controllers/ runs statements itself (call a repository instead):"
    echo "$hits"
    status=1
fi
[ $status -ne 0 ] || echo "layering kept: no QJson in ui/, no SQL in the server's controllers"
exit $status
