#pragma once

#include "domain/statemachine.h"

#include <QColor>
#include <QJsonValue>
#include <QString>

class QApplication;

namespace tavola::ui {

/// Touch-first look: large type that renders Thai well, big buttons, status colours.
namespace theme {
void apply(QApplication &app);
QColor tableColor(TableStatus status);
/// "฿1,234.56" for the screen (docs/domain.md, "Money and totals").
QString baht(qint64 satang);
/// An API amount ("1234.50", may be negative) for the screen, or "—" when there is none.
QString baht(const QJsonValue &apiAmount);
/// A status or station name from the API ("SERVING", "bar") in the UI language.
QString label(const QString &apiName);
/// Minimum height of a touch target, in pixels.
constexpr int kTouch = 64;
} // namespace theme

} // namespace tavola::ui
