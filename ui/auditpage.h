#pragma once

#include "domain/staff.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace tavola::ui {

class AppContext;

/// The audit log for managers: who did what and when — voids, discounts, refunds, cancelled
/// bills, PromptPay confirmed by eye or by slip, sold out, the menu, settings and staff — newest
/// first, narrowed by person, kind and dates.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(AppContext *ctx, QWidget *parent = nullptr);
    /// Reloads the people to filter by, then the entries.
    void load();
    void showEntries();
    QList<AuditEntry> entries() const { return m_entries; }

signals:
    void back();

private:
    AppContext *m_ctx;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_person;
    QComboBox *m_kind;
    QTableWidget *m_table;
    QLabel *m_message;
    QList<AuditEntry> m_entries;
    int m_asked = 0; // the latest request: only its answer is shown
};

} // namespace tavola::ui
