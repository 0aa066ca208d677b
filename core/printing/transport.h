#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>

namespace tavola::printing {

/// Sends raw bytes to a printer: `tcp://host:9100` (network printers) or `file:///dev/usb/lp0`
/// (any device or file path). Blocking, bounded by `timeoutMs`; errors say what went wrong in
/// words a cashier can act on (unreachable, refused, timed out, cannot open the device).
Status sendToPrinter(const QString &uri, const QByteArray &bytes, int timeoutMs = 5000);

} // namespace tavola::printing
