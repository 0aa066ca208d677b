#pragma once

#include "domain/order.h"
#include "domain/payment.h"
#include "domain/taxinvoice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace tavola::ui {

class AppContext;

/// The order history for cashiers and managers: find an order by what the guest or the rider has
/// in hand (a receipt number, pickup code, rider's code, order number or table), by type and day;
/// open it, reprint its receipt (marked COPY) or refund it with a manager's PIN, and issue a paid
/// bill's full tax invoice from a form that checks the buyer's tax ID as it is typed: printed on
/// the receipt printer and saved as an A4 PDF.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(AppContext *ctx, QWidget *parent = nullptr);
    /// Searches again with what the filters say.
    void load();
    /// The order shown on the right, if any.
    const std::optional<Order> &selected() const { return m_order; }
    /// The selected order's full tax invoice, once issued or found.
    const std::optional<TaxInvoice> &taxInvoice() const { return m_invoice; }
    /// Writes the tax invoice as an A4 PDF to `path` (what "Save PDF" does after asking where).
    Result<QString> saveTaxInvoicePdf(const QString &path);

private:
    void showOrder(const QString &orderId);
    void updateActions();
    void reprint();
    void refund();
    void showInvoiceForm();
    void checkTaxId();
    void issueTaxInvoice();
    void showInvoice(const TaxInvoice &invoice, bool printCopy);

    AppContext *m_ctx;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_period;
    QTableWidget *m_list;
    QLabel *m_detail;
    QLabel *m_message;
    QPushButton *m_reprint;
    QLineEdit *m_reason;
    QLineEdit *m_pin;
    QPushButton *m_refund;
    QList<Order> m_orders;
    std::optional<Order> m_order;
    QList<Payment> m_payments;
    std::optional<TaxInvoice> m_invoice;
    QStackedWidget *m_right;
    QPushButton *m_invoiceButton;
    QLineEdit *m_buyerName;
    QLineEdit *m_buyerTaxId;
    QLabel *m_taxIdCheck;
    QLineEdit *m_buyerBranch;
    QLineEdit *m_buyerAddress;
    QPushButton *m_issue;
    QPushButton *m_savePdf;
    QLabel *m_invoiceMessage;
};

} // namespace tavola::ui
