#pragma once

#include "domain/reports.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tavola::ui {

class AppContext;

/// The cashier's shift: open it with the float in the drawer, see the X report at any time,
/// close it with the counted cash and read the Z report (expected vs counted, over/short).
class ShiftPage : public QWidget
{
    Q_OBJECT

public:
    explicit ShiftPage(AppContext *ctx, QWidget *parent = nullptr);
    void load();
    void openShift();
    void closeShift();
    /// The X or Z report on screen, on the receipt printer.
    void printReport();

private:
    void showReport(const ShiftReport &report);

    AppContext *m_ctx;
    QString m_shiftId;
    std::optional<ShiftReport> m_shown;
    QPushButton *m_print;
    QLabel *m_title;
    QLabel *m_report;
    QLineEdit *m_cash;
    QPushButton *m_open;
    QPushButton *m_close;
    QLabel *m_message;
};

} // namespace tavola::ui
