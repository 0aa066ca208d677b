#pragma once

#include "domain/error.h"
#include "domain/order.h"
#include "domain/settings.h"
#include "domain/statemachine.h"

#include <QColor>
#include <QString>

#include <functional>

class QAbstractButton;
class QApplication;
class QIcon;
class QLabel;
class QWidget;
class QStackedWidget;

namespace tavola::ui {

/// Touch-first look: large type that renders Thai well, big buttons, status colours.
namespace theme {
/// A dish button's width on the order page (the grid fits as many columns as the width takes).
inline constexpr int kMenuButtonWidth = 176;

void apply(QApplication &app);
/// A line icon from ui/icons (`send`, `bill`, `pay`, `print`, `done`, `card`, `signout`, `back`)
/// drawn in `color` at every size a button asks for.
QIcon icon(const QString &name, const QColor &color);
/// Puts a line icon on a main action, white on an accent button, ink on the others.
void setIcon(QAbstractButton *button, const QString &name);
QColor tableColor(TableStatus status);
/// "฿1,234.56" for the screen (docs/domain.md, "Money and totals").
QString baht(qint64 satang);
/// A status or station name from the API ("SERVING", "bar") in the UI language.
QString label(const QString &apiName);
/// What a takeaway or delivery is called at the counter: its pickup code, with the platform for a
/// delivery ("D001 · Grab"); "saving…" until the server gave it a code.
QString pickupName(const Order &order);
/// A dish's, option's or category's name in the screen's language (Thai when it has one).
QString itemName(const QString &en, const QString &th);
/// A kitchen station's name in the app's language (its id when the shop has no such station).
QString stationName(const ShopSettings &shop, const QString &id);
/// Draws `payload` as a QR code about `side` pixels wide into `label`; an error (a payload too
/// long for a QR) leaves the label as it was.
Status showQr(QLabel *label, const QString &payload, int side);
/// Writes `bytes` to `path` whole or not at all (QSaveFile): what a "Save…" or "Export…" does
/// after asking where. Answers the path, or a message the cashier can act on.
Result<QString> saveFile(const QString &path, const QByteArray &bytes);
/// "Save…"/"Export…": asks where (the Documents folder, `fileName` proposed), then `save(path)`;
/// `message` says "Saved …" or what went wrong. Nothing happens when the user cancels.
void askAndSave(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                const std::function<Result<QString>(const QString &)> &save, QLabel *message);
/// A notice in the warning style (what cannot be done now and why), wrapping its text.
QLabel *warningLabel(const QString &objectName);
/// From now on the stack's size follows the page on show, not the largest of its pages, so a
/// window fits the screen it shows (call once its pages are added).
void sizeToCurrentPage(QStackedWidget *stack);
/// Minimum height of a touch target, in pixels.
constexpr int kTouch = 64;
} // namespace theme

} // namespace tavola::ui
