#!/usr/bin/env bash
# The layering rules the code keeps, checked on every test run:
# - the screens (ui/) read and send typed domain objects only: no QJson there (the JSON of the
#   contract lives in core/domain's codecs and core/client).
# - tavola-server is headless: it needs neither QtGui, QtWidgets, libqrencode nor QtSerialPort, so
#   it runs on a box without X or font libraries.
#   check_layering.sh SOURCE_DIR [TAVOLA_SERVER_BINARY]
set -uo pipefail
src=$1
server=${2:-}
status=0
if [ -n "$server" ] && command -v objdump >/dev/null; then
    if needed=$(objdump -p "$server" | grep NEEDED | grep -Ei "Qt6Gui|Qt6Widgets|qrencode|Qt6SerialPort"); then
        echo "FAIL: tavola-server links what a headless server must not need:"
        echo "$needed"
        status=1
    else
        echo "layering kept: tavola-server needs no GUI, QR or serial library"
    fi
fi
if hits=$(grep -n "QJson" "$src"/ui/*.h "$src"/ui/*.cpp); then
    echo "FAIL: ui/ uses QJson (use the core/domain type and its codec instead):"
    echo "$hits"
    status=1
fi
[ $status -ne 0 ] || echo "layering kept: no QJson in ui/"
exit $status
