#pragma once

#include "domain/reports.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
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
    /// The report on screen as an A4 PDF (title, period, the chart and the table) at `path`.
    Result<QString> savePdf(const QString &path);
    /// The period picker: today, yesterday, this week (from Monday), this month (business days).
    void choosePeriod(const QString &period);
    /// The chart above the table: one bar per row of the report (the top ten by total for dishes).
    QChart *chart() const;

private:
    void showChart(const SalesReport &report, const QStringList &labels);

    AppContext *m_ctx;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_group;
    QComboBox *m_period;
    QChartView *m_chart;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_queue;
    QLabel *m_message;
    QStringList m_labels; // the rows' names as the table shows them
    std::optional<SalesReport> m_report; // the one on screen
};

} // namespace tavola::ui
