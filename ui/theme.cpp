#include "theme.h"

#include "domain/money.h"
#include "qr/qrcode.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace tavola::ui::theme {

void apply(QApplication &app)
{
    // A Thai-capable family first (fonts-thai-tlwg), then whatever the system has.
    QFont font = app.font();
    const QStringList families = QFontDatabase::families();
    for (const QString &f : {u"Sarabun"_s, u"Loma"_s, u"Garuda"_s, u"Norasi"_s, u"Noto Sans Thai"_s, u"Tahoma"_s}) {
        if (families.contains(f)) {
            font.setFamily(f);
            break;
        }
    }
    font.setPointSize(14);
    app.setFont(font);
    app.setStyleSheet(uR"(
        QWidget { color: #1d2630; }
        QMainWindow, QStackedWidget > QWidget { background: #f5f3ef; }
        QPushButton, QToolButton { min-height: 56px; padding: 6px 14px; border-radius: 10px; border: 1px solid #c9c2b6;
                                   background: #ffffff; font-size: 16pt; }
        QWidget#nav[compact="true"] QPushButton { padding: 6px 9px; }
        QPushButton[keypad="true"] { min-height: 44px; padding: 4px 10px; }
        QPushButton:pressed, QToolButton:pressed { background: #e8e1d4; }
        QPushButton:disabled, QToolButton:disabled { color: #a39c91; background: #eeeae3; }
        QPushButton:checked { background: #1d2630; color: white; border-color: #1d2630; font-weight: bold; }
        QPushButton[accent="true"] { background: #1f7a4d; color: white; border-color: #1f7a4d; font-weight: bold; }
        QPushButton[danger="true"] { background: #b3382c; color: white; border-color: #b3382c; }
        QPushButton[accent="true"]:disabled, QPushButton[danger="true"]:disabled { color: #a39c91; background: #eeeae3; border-color: #c9c2b6; font-weight: normal; }
        QToolButton[menuItem="true"] { min-width: %1px; max-width: %1px; min-height: 96px; font-size: 13pt; }
        QToolButton[soldOut="true"] { color: #8a8378; background: #e4dfd6; border-style: dashed; }
        QLabel[role="title"] { font-size: 22pt; font-weight: bold; }
        QLabel[role="big"] { font-size: 34pt; font-weight: bold; }
        QLabel[role="hint"] { color: #6b645a; }
        QLabel[role="warning"] { color: #8a4b00; background: #fff1d6; border: 1px solid #e8c27a; border-radius: 6px; padding: 6px; font-weight: bold; }
        QComboBox { min-height: 48px; font-size: 16pt; padding: 4px 8px; }
        QCheckBox, QRadioButton { min-height: 44px; }
        QCheckBox::indicator, QRadioButton::indicator { width: 28px; height: 28px; }
        QLineEdit, QAbstractSpinBox { min-height: 48px; font-size: 18pt; padding: 4px 8px; border: 1px solid #c9c2b6; border-radius: 8px; background: white; }
        QListWidget, QTableWidget { font-size: 15pt; background: white; border: 1px solid #d8d2c7; border-radius: 8px; }
        QTabBar::tab { min-height: 48px; min-width: 110px; padding: 6px 14px; font-size: 15pt; }
        QTabBar::tab:selected { background: #1f7a4d; color: white; border-radius: 8px; }
        QStatusBar { font-size: 13pt; }
    )"_s.arg(kMenuButtonWidth));
}

QIcon icon(const QString &name, const QColor &color)
{
    QFile file(u":/icons/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll().replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int px : {16, 24, 32, 48, 64, 96}) { // 1×, 1.5× and 2× of the sizes buttons use
        QPixmap pixmap(px, px);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void setIcon(QAbstractButton *button, const QString &name)
{
    const bool accent = button->property("accent").toBool() || button->property("danger").toBool();
    button->setIcon(icon(name, accent ? QColor(Qt::white) : QColor(0x1d, 0x26, 0x30)));
    button->setIconSize(QSize(26, 26));
}

QColor tableColor(TableStatus status)
{
    switch (status) {
    case TableStatus::Vacant: return QColor(0xe4, 0xf2, 0xe7);
    case TableStatus::Seated: return QColor(0xfc, 0xe8, 0xb2);
    case TableStatus::Serving: return QColor(0xf9, 0xc7, 0x8f);
    case TableStatus::Checkout: return QColor(0xf2, 0x9a, 0x8e);
    case TableStatus::Cleaning: return QColor(0xc9, 0xd6, 0xe8);
    }
    return Qt::white;
}

QString itemName(const QString &en, const QString &th)
{
    if (th.isEmpty() || QLocale().language() != QLocale::Thai)
        return en;
    return th;
}

QString stationName(const ShopSettings &shop, const QString &id)
{
    const KitchenStation *s = shop.station(id);
    return s ? itemName(s->name, s->nameTh) : id;
}

QString label(const QString &apiName)
{
    static const QHash<QString, const char *> names{{u"VACANT"_s, QT_TRANSLATE_NOOP("Status", "vacant")},
                                                    {u"SEATED"_s, QT_TRANSLATE_NOOP("Status", "seated")},
                                                    {u"SERVING"_s, QT_TRANSLATE_NOOP("Status", "serving")},
                                                    {u"CHECKOUT"_s, QT_TRANSLATE_NOOP("Status", "bill requested")},
                                                    {u"CLEANING"_s, QT_TRANSLATE_NOOP("Status", "cleaning")},
                                                    {u"OPEN"_s, QT_TRANSLATE_NOOP("Status", "open")},
                                                    {u"PAID"_s, QT_TRANSLATE_NOOP("Status", "paid")},
                                                    {u"CANCELLED"_s, QT_TRANSLATE_NOOP("Status", "cancelled")},
                                                    {u"NEW"_s, QT_TRANSLATE_NOOP("Status", "new")},
                                                    {u"PREPARING"_s, QT_TRANSLATE_NOOP("Status", "preparing")},
                                                    {u"READY"_s, QT_TRANSLATE_NOOP("Status", "ready")},
                                                    {u"SERVED"_s, QT_TRANSLATE_NOOP("Status", "served")},
                                                    {u"WAITING"_s, QT_TRANSLATE_NOOP("Status", "waiting")},
                                                    {u"CALLED"_s, QT_TRANSLATE_NOOP("Status", "called")},
                                                    {u"kitchen"_s, QT_TRANSLATE_NOOP("Status", "kitchen")},
                                                    {u"bar"_s, QT_TRANSLATE_NOOP("Status", "bar")},
                                                    {u"dimsum"_s, QT_TRANSLATE_NOOP("Status", "dim sum")},
                                                    {u"cash"_s, QT_TRANSLATE_NOOP("Status", "cash")},
                                                    {u"card"_s, QT_TRANSLATE_NOOP("Status", "card")},
                                                    {u"promptpay"_s, QT_TRANSLATE_NOOP("Status", "PromptPay")},
                                                    // Order types (sales by channel: dine-in and takeaway are their own).
                                                    {u"dine_in"_s, QT_TRANSLATE_NOOP("Status", "dine-in")},
                                                    {u"takeaway"_s, QT_TRANSLATE_NOOP("Status", "takeaway")},
                                                    {u"delivery"_s, QT_TRANSLATE_NOOP("Status", "delivery")},
                                                    // Delivery channels: the platforms' own names, and two of ours.
                                                    {u"grab"_s, QT_TRANSLATE_NOOP("Status", "Grab")},
                                                    {u"lineman"_s, QT_TRANSLATE_NOOP("Status", "LINE MAN")},
                                                    {u"shopeefood"_s, QT_TRANSLATE_NOOP("Status", "ShopeeFood")},
                                                    {u"robinhood"_s, QT_TRANSLATE_NOOP("Status", "Robinhood")},
                                                    {u"foodpanda"_s, QT_TRANSLATE_NOOP("Status", "foodpanda")},
                                                    {u"phone"_s, QT_TRANSLATE_NOOP("Status", "phone order")},
                                                    {u"other"_s, QT_TRANSLATE_NOOP("Status", "other")}};
    const char *source = names.value(apiName);
    return source ? QCoreApplication::translate("Status", source) : apiName;
}

QString pickupName(const Order &order)
{
    const QString code = order.pickupCode.isEmpty() ? QCoreApplication::translate("Status", "saving…") : order.pickupCode;
    return order.channel ? u"%1 · %2"_s.arg(code, label(enumName(*order.channel))) : code;
}

QString baht(qint64 satang)
{
    return Money::fromSatang(satang).toDisplayString(); // the one formatter, receipts use it too
}

Result<QString> saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::Internal, QCoreApplication::translate("Status", "Cannot write %1: %2").arg(path, file.errorString()), {}};
    return path;
}

void askAndSave(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                const std::function<Result<QString>(const QString &)> &save, QLabel *message)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, title, QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName), filter);
    if (path.isEmpty())
        return;
    auto saved = save(path);
    message->setText(saved ? QCoreApplication::translate("Status", "Saved %1.").arg(QDir::toNativeSeparators(*saved))
                           : u"⚠ "_s + saved.error().message);
}

Status showQr(QLabel *label, const QString &payload, int side)
{
    auto matrix = qr::encode(payload);
    if (!matrix)
        return matrix.error();
    label->setPixmap(QPixmap::fromImage(matrix->toImage(qr::scaleToFit(*matrix, side))));
    return {};
}

QLabel *warningLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setProperty("role", u"warning"_s);
    return label;
}

void sizeToCurrentPage(QStackedWidget *stack)
{
    const auto apply = [stack] {
        for (int i = 0; i < stack->count(); ++i)
            stack->widget(i)->setSizePolicy(i == stack->currentIndex() ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred)
                                                                       : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    };
    QObject::connect(stack, &QStackedWidget::currentChanged, stack, apply);
    apply();
}

} // namespace tavola::ui::theme
