#pragma once

#include "domain/order.h"

#include <QMap>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace tavola::ui {

class AppContext;

/// Splitting a table's bill into checks: the bill's lines in a column per check, dragged (or
/// tapped, then "Move here") from one check to another — one at a time from a line of several,
/// or whole lines. Nothing changes until "Split": then the new checks are made in one request
/// (one transaction on the server), each to be paid on its own.
class SplitPage : public QWidget
{
    Q_OBJECT

public:
    explicit SplitPage(AppContext *ctx, QWidget *parent = nullptr);
    /// Starts over with `orderId`: every line on its own check (check 1) and one empty new check.
    void showOrder(const QString &orderId);
    QString orderId() const { return m_orderId; }
    int checkCount() const { return int(m_checks.size()); }
    /// What check `index` holds, line id → quantity (0 is the check being split).
    QMap<QString, int> check(int index) const { return m_checks.value(index); }
    /// Moves one of the line (or all of it with "Whole lines") from one check to another — what a
    /// drop or "Move here" does. False when the line is not on `from`.
    bool moveLine(const QString &lineId, int from, int to);
    /// A line of a check's list was tapped: "Move here" on another check takes it.
    void selectLine(int check, const QString &lineId);

signals:
    /// Split (or given up): back to the order page.
    void finished();

private:
    void rebuildColumns();
    void refill();
    void split();
    QList<OrderLine> linesOf(int check) const;

    AppContext *m_ctx;
    QString m_orderId;
    QMap<QString, OrderLine> m_lines; // the bill's lines that can move (sent, not voided)
    QStringList m_lineOrder; // as on the bill
    QList<QMap<QString, int>> m_checks;
    QString m_key; // one split, one key: a retried tap never makes the checks twice
    QString m_selectedLine;
    int m_selectedCheck = -1;
    QLabel *m_title;
    QHBoxLayout *m_columns;
    QList<QListWidget *> m_lists;
    QList<QLabel *> m_totals;
    QPushButton *m_whole;
    QPushButton *m_split;
    QLabel *m_message;
};

} // namespace tavola::ui
