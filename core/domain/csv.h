#pragma once
// CSV as spreadsheets read and write it (RFC 4180): commas, fields quoted when they hold a comma,
// a quote or a line break, quotes doubled. What Tavola writes starts with a UTF-8 byte-order mark,
// so Excel and LibreOffice show Thai as Thai; a cell that a spreadsheet would run as a formula
// (=, +, @) is written with a leading apostrophe, which reading takes off again.

#include "error.h"

#include <QList>
#include <QStringList>

namespace tavola::csv {

/// The byte-order mark every CSV file Tavola writes starts with.
inline constexpr char kBom[] = "\xEF\xBB\xBF";

/// One record, CRLF-terminated.
QByteArray line(const QStringList &fields);
/// A whole file: the BOM, the header, the rows.
QByteArray file(const QStringList &header, const QList<QStringList> &rows);

/// Reads a file (with or without the BOM; CRLF or LF). Blank lines are skipped. A quote left
/// open, or a stray quote inside a field, is VALIDATION_FAILED naming the line.
Result<QList<QStringList>> parse(const QByteArray &data);

} // namespace tavola::csv
