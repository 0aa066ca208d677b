#!/usr/bin/env bash
# The screen tour through the real app (offscreen): every screen is reached, saved, and fits the
# window size asked — a till has no more room than that.
#   tour_check.sh TAVOLA_APP OUT_DIR WxH LANG
set -uo pipefail
app=$1 out=$2 size=$3 lang=$4
rm -rf "$out"
log=$("$app" --tour "$out" --size "$size" --lang "$lang" 2>&1)
rc=$?
echo "$log"
[ $rc -eq 0 ] || { echo "FAIL: the tour ended with $rc"; exit 1; }
if grep -q "DOES NOT FIT" <<<"$log"; then
    echo "FAIL: a screen does not fit $size"
    exit 1
fi
for screen in login floor order-new order-modifiers order checkout-cash checkout-promptpay checkout-split checkout-part-paid checkout-paid kitchen queue editor settings staff audit menu-editor history history-tax-invoice \
              print-queue shift reports queue-display customer-display-idle customer-display-order customer-display-promptpay \
              customer-display-paid floor-busy split order-checks kitchen-display floor-waiter floor-cashier lock; do
    [ -s "$out/$screen.png" ] || { echo "FAIL: no $screen.png"; exit 1; }
done
# Every picture is exactly the size asked (the window did not grow past the till's screen).
wrong=$(python3 - "$out" "$size" <<'PY'
import struct, sys, pathlib
want = tuple(int(v) for v in sys.argv[2].split("x"))
for png in sorted(pathlib.Path(sys.argv[1]).glob("*.png")):
    w, h = struct.unpack(">II", png.read_bytes()[16:24])
    if (w, h) != want:
        print(f"{png.name} is {w}x{h}")
PY
)
[ -z "$wrong" ] || { echo "FAIL: not $size: $wrong"; exit 1; }
echo "the tour saved $(ls "$out" | wc -l) screens at $size ($lang), all fitting"
