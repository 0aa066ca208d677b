#pragma once

#include "domain/error.h"

#include <QImage>
#include <QList>

namespace tavola::receipt {

/// Code 128 (code set B, printable ASCII): module widths, bar first, quiet zones not included.
Result<QList<int>> code128Modules(const QString &data);
/// The barcode as a 1-bit image: `moduleDots` per module, `heightDots` tall, 10-module quiet zones.
Result<QImage> code128Image(const QString &data, int moduleDots, int heightDots);

} // namespace tavola::receipt
