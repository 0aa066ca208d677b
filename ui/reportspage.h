#pragma once

#include "domain/reports.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace tavola::ui {

class AppContext;

/// Managers' reports: sales for a period grouped by day, hour, dish, category, payment method or
/// staff, with totals and refunds; and the waitlist (tickets, waits, no-shows).
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(AppContext *ctx, QWidget *parent = nullptr);
    void load();
    /// Writes the report on screen as a spreadsheet (UTF-8 with BOM) to `path`: what "Export CSV…"
    /// does after asking where. Answers the path written.
    Result<QString> saveCsv(const QString &path);

private:
    AppContext *m_ctx;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_group;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_queue;
    QLabel *m_message;
    std::optional<SalesReport> m_report; // the one on screen
};

} // namespace tavola::ui
