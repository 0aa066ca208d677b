#include "historypage.h"

#include "appcontext.h"
#include "errortext.h"
#include "receipt/taxinvoicepdf.h"
#include "theme.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

/// Where the order was: its table, or its pickup code (and channel, for a delivery).
QString whereText(AppContext &ctx, const Order &o)
{
    if (!o.pickupCode.isEmpty())
        return theme::pickupName(o);
    const Table *t = ctx.store.tables() ? ctx.store.tables()->find(o.tableId) : nullptr;
    return t ? t->name : o.tableId;
}

} // namespace

HistoryPage::HistoryPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"history"_s);
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(u"history-search"_s);
    m_search->setPlaceholderText(tr("Receipt, pickup code, rider's code, order or table"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryPage::load);
    bar->addWidget(m_search, 1);
    m_type = new QComboBox;
    m_type->setObjectName(u"history-type"_s);
    m_type->addItem(tr("All orders"), QString());
    m_type->addItem(tr("Dine-in"), u"dine_in"_s);
    m_type->addItem(tr("Takeaway"), u"takeaway"_s);
    m_type->addItem(tr("Delivery"), u"delivery"_s);
    bar->addWidget(m_type);
    m_period = new QComboBox;
    m_period->setObjectName(u"history-period"_s);
    m_period->addItem(tr("Today"), 0);
    m_period->addItem(tr("Yesterday"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Any day"), -1);
    bar->addWidget(m_period);
    auto *find = new QPushButton(tr("Find"));
    find->setObjectName(u"history-find"_s);
    find->setProperty("accent", true);
    connect(find, &QPushButton::clicked, this, &HistoryPage::load);
    connect(m_type, &QComboBox::currentIndexChanged, this, &HistoryPage::load);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryPage::load);
    bar->addWidget(find);
    v->addLayout(bar);

    auto *body = new QHBoxLayout;
    m_list = new QTableWidget(0, 5);
    m_list->setObjectName(u"history-list"_s);
    m_list->setHorizontalHeaderLabels({tr("Time"), tr("Order"), tr("Where"), tr("Status"), tr("Total")});
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_orders.size())
            showOrder(m_orders[row].id);
    });
    body->addWidget(m_list, 3);

    // On the right the order and what can be done with it; or, for a paid bill, the full tax
    // invoice's form in its place.
    m_right = new QStackedWidget;
    auto *detailPage = new QWidget;
    auto *right = new QVBoxLayout(detailPage);
    right->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(tr("Find an order, then tap it."));
    m_detail->setObjectName(u"history-detail"_s);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_detail, 1);
    m_reprint = new QPushButton(tr("Reprint receipt (copy)"));
    m_reprint->setObjectName(u"history-reprint"_s);
    theme::setIcon(m_reprint, u"print"_s);
    connect(m_reprint, &QPushButton::clicked, this, &HistoryPage::reprint);
    right->addWidget(m_reprint);
    auto *refundRow = new QHBoxLayout;
    m_reason = new QLineEdit;
    m_reason->setObjectName(u"history-refund-reason"_s);
    m_reason->setPlaceholderText(tr("Reason for the refund"));
    m_pin = new QLineEdit;
    m_pin->setObjectName(u"history-refund-pin"_s);
    m_pin->setPlaceholderText(tr("Manager PIN"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMinimumWidth(190);
    refundRow->addWidget(m_reason, 1);
    refundRow->addWidget(m_pin);
    right->addLayout(refundRow);
    m_refund = new QPushButton(tr("Refund"));
    m_refund->setObjectName(u"history-refund"_s);
    connect(m_refund, &QPushButton::clicked, this, &HistoryPage::refund);
    right->addWidget(m_refund);
    m_invoiceButton = new QPushButton(tr("Full tax invoice…"));
    m_invoiceButton->setObjectName(u"history-tax-invoice"_s);
    connect(m_invoiceButton, &QPushButton::clicked, this, &HistoryPage::showInvoiceForm);
    right->addWidget(m_invoiceButton);
    m_message = new QLabel;
    m_message->setObjectName(u"history-message"_s);
    m_message->setWordWrap(true);
    right->addWidget(m_message);
    right->addWidget(m_ctx->serverOnly(u"history-needs-server"_s, {find}));
    m_right->addWidget(detailPage);

    auto *form = new QWidget;
    form->setObjectName(u"history-invoice-form"_s);
    auto *f = new QVBoxLayout(form);
    f->setContentsMargins(0, 0, 0, 0);
    auto *formTitle = new QLabel(tr("Full tax invoice"));
    formTitle->setProperty("role", u"title"_s);
    f->addWidget(formTitle);
    auto field = [&](const QString &name, const QString &placeholder) {
        auto *e = new QLineEdit;
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        f->addWidget(e);
        return e;
    };
    m_buyerName = field(u"history-invoice-name"_s, tr("Buyer's name (company or person)"));
    auto *idRow = new QHBoxLayout;
    m_buyerTaxId = new QLineEdit;
    m_buyerTaxId->setObjectName(u"history-invoice-taxid"_s);
    m_buyerTaxId->setPlaceholderText(tr("Tax ID (13 digits)"));
    connect(m_buyerTaxId, &QLineEdit::textChanged, this, &HistoryPage::checkTaxId);
    idRow->addWidget(m_buyerTaxId, 2);
    m_buyerBranch = new QLineEdit(u"00000"_s);
    m_buyerBranch->setObjectName(u"history-invoice-branch"_s);
    m_buyerBranch->setPlaceholderText(tr("Branch"));
    m_buyerBranch->setToolTip(tr("00000 for the head office, else the branch number"));
    m_buyerBranch->setMaximumWidth(130);
    idRow->addWidget(m_buyerBranch);
    f->addLayout(idRow);
    m_taxIdCheck = new QLabel;
    m_taxIdCheck->setObjectName(u"history-invoice-taxid-check"_s);
    f->addWidget(m_taxIdCheck);
    m_buyerAddress = field(u"history-invoice-address"_s, tr("Buyer's address"));
    auto *formButtons = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Back"));
    back->setObjectName(u"history-invoice-back"_s);
    connect(back, &QPushButton::clicked, this, [this] { m_right->setCurrentIndex(0); });
    formButtons->addWidget(back);
    m_issue = new QPushButton(tr("Issue and print"));
    m_issue->setObjectName(u"history-invoice-issue"_s);
    m_issue->setProperty("accent", true);
    theme::setIcon(m_issue, u"print"_s);
    connect(m_issue, &QPushButton::clicked, this, &HistoryPage::issueTaxInvoice);
    formButtons->addWidget(m_issue, 1);
    f->addLayout(formButtons);
    m_savePdf = new QPushButton(tr("Save PDF…"));
    m_savePdf->setObjectName(u"history-invoice-pdf"_s);
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        if (m_invoice)
            theme::askAndSave(
                this, tr("Save the tax invoice"), m_invoice->invoiceNumber + u".pdf"_s, tr("PDF (*.pdf)"),
                [this](const QString &path) { return saveTaxInvoicePdf(path); }, m_invoiceMessage);
    });
    f->addWidget(m_savePdf);
    m_invoiceMessage = new QLabel;
    m_invoiceMessage->setObjectName(u"history-invoice-message"_s);
    m_invoiceMessage->setWordWrap(true);
    f->addWidget(m_invoiceMessage);
    f->addStretch();
    m_right->addWidget(form);
    body->addWidget(m_right, 2);
    v->addLayout(body, 1);
    updateActions();
}

void HistoryPage::load()
{
    OrderQuery q;
    q.text = m_search->text();
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        q.type = enumFromName<OrderType>(type);
    const int days = m_period->currentData().toInt();
    const QDate today = m_ctx->businessToday();
    if (days >= 0) {
        q.from = today.addDays(-days);
        q.to = days == 1 ? q.from : today;
    }
    m_ctx->api.orderHistory(q, this, [this](Result<QList<Order>> r) {
        if (!r) {
            m_message->setText(client::ErrorText::forError(r.error()));
            return;
        }
        m_orders = *r;
        m_list->setRowCount(int(m_orders.size()));
        for (int i = 0; i < m_orders.size(); ++i) {
            const Order &o = m_orders[i];
            const QStringList cells{QLocale().toString(o.createdAt.toOffsetFromUtc(m_ctx->shop().utcOffsetMinutes * 60), u"dd MMM HH:mm"_s),
                                    o.receiptNumber.isEmpty() ? u"#%1"_s.arg(o.number) : o.receiptNumber, whereText(*m_ctx, o),
                                    theme::label(enumName(o.status)), theme::baht(o.totals.total.satang())};
            for (int c = 0; c < cells.size(); ++c)
                m_list->setItem(i, c, new QTableWidgetItem(cells[c]));
        }
        m_message->setText(m_orders.isEmpty() ? tr("No order matches.") : tr("%n order(s)", nullptr, int(m_orders.size())));
        if (m_orders.size() == 1)
            m_list->setCurrentCell(0, 0);
    });
}

void HistoryPage::showOrder(const QString &orderId)
{
    m_ctx->api.order(orderId, this, [this](Result<Order> o) {
        if (!o) {
            m_message->setText(client::ErrorText::forError(o.error()));
            return;
        }
        if (!m_order || m_order->id != o->id) { // another order: its own invoice, its detail in front
            m_invoice.reset();
            m_right->setCurrentIndex(0);
        }
        m_order = *o;
        m_payments.clear();
        QStringList lines;
        lines << u"<b>%1</b> · %2 · %3"_s.arg(o->receiptNumber.isEmpty() ? tr("Order %1").arg(o->number) : o->receiptNumber,
                                              whereText(*m_ctx, *o), theme::label(enumName(o->status)));
        for (const OrderLine &l : o->items) {
            if (!l.voided)
                lines << u"%1 × %2 — %3"_s.arg(l.qty).arg(theme::itemName(l.name, l.nameTh).toHtmlEscaped(),
                                                          theme::baht(l.lineTotal().satang()));
        }
        lines << u"<b>%1</b>"_s.arg(tr("Total %1").arg(theme::baht(o->totals.total.satang())));
        m_detail->setText(lines.join(u"<br>"_s));
        updateActions();
        m_ctx->api.orderPayments(o->id, this, [this](Result<QList<Payment>> p) {
            if (p)
                m_payments = *p;
            updateActions();
        });
        if (!o->receiptNumber.isEmpty()) {
            m_ctx->api.taxInvoices(o->receiptNumber, this, [this, id = o->id](Result<QList<TaxInvoice>> found) {
                if (!found || !m_order || m_order->id != id)
                    return;
                for (const TaxInvoice &t : *found) {
                    if (t.orderId == id)
                        m_invoice = t;
                }
                updateActions();
            });
        }
    });
}

void HistoryPage::updateActions()
{
    const bool paid = m_order && m_order->status == OrderStatus::Paid;
    bool refundedBill = false;
    for (const Payment &p : m_payments)
        refundedBill = refundedBill || p.status == PaymentStatus::Refunded;
    // A paid bill gets one; a refunded bill's is cancelled, and it gets none.
    m_invoiceButton->setEnabled(paid && m_ctx->online() && (m_invoice || !refundedBill));
    m_invoiceButton->setText(m_invoice ? tr("Tax invoice %1").arg(m_invoice->invoiceNumber) : tr("Full tax invoice…"));
    bool refundable = false;
    for (const Payment &p : m_payments)
        refundable = refundable || p.status == PaymentStatus::Paid;
    m_reprint->setEnabled(paid && !m_payments.isEmpty());
    m_refund->setEnabled(paid && refundable && m_ctx->online());
    m_reason->setEnabled(m_refund->isEnabled());
    m_pin->setEnabled(m_refund->isEnabled() && !m_ctx->isManager());
}

void HistoryPage::reprint()
{
    if (!m_order)
        return;
    // Every tender the bill was paid with is on its one receipt (refunded ones too: a copy shows
    // the sale as it was).
    QList<Payment> tenders;
    for (const Payment &p : m_payments) {
        if (p.status == PaymentStatus::Paid || p.status == PaymentStatus::Refunded)
            tenders.append(p);
    }
    if (m_order->receiptNumber.isEmpty() || tenders.isEmpty()) {
        m_message->setText(tr("This order has no receipt to reprint."));
        return;
    }
    auto job = m_ctx->printReceipt(*m_order, tenders, true);
    m_message->setText(job ? tr("Copy of %1 sent to the printer.").arg(m_order->receiptNumber) : job.error().message);
}

void HistoryPage::refund()
{
    if (!m_order)
        return;
    if (m_reason->text().trimmed().isEmpty()) {
        m_message->setText(tr("Give a reason for the refund."));
        return;
    }
    for (const Payment &p : m_payments) {
        if (p.status != PaymentStatus::Paid)
            continue;
        m_refund->setEnabled(false);
        // The server refunds every tender of a paid bill.
        m_ctx->api.refund(p.id, m_reason->text().trimmed(), m_pin->text(), this,
                          [this, id = m_order->id, total = m_order->totals.total](Result<Payment> r) {
                              m_pin->clear();
                              if (!r) {
                                  m_message->setText(u"⚠ "_s + client::ErrorText::forError(r.error()));
                                  updateActions();
                                  return;
                              }
                              m_reason->clear();
                              m_message->setText(tr("Refunded %1.").arg(theme::baht(total.satang())));
                              showOrder(id);
                          });
        return;
    }
}

void HistoryPage::showInvoiceForm()
{
    if (!m_order)
        return;
    const bool issued = m_invoice.has_value();
    for (QLineEdit *e : {m_buyerName, m_buyerTaxId, m_buyerBranch, m_buyerAddress})
        e->setReadOnly(issued);
    if (issued) {
        m_buyerName->setText(m_invoice->buyer.name);
        m_buyerTaxId->setText(m_invoice->buyer.taxId);
        m_buyerBranch->setText(m_invoice->buyer.branch);
        m_buyerAddress->setText(QString(m_invoice->buyer.address).replace(u'\n', u", "_s));
        m_invoiceMessage->setText(m_invoice->status == TaxInvoice::Status::Cancelled
                                      ? tr("Tax invoice %1 was cancelled by a refund.").arg(m_invoice->invoiceNumber)
                                      : tr("Tax invoice %1 was issued for this bill.").arg(m_invoice->invoiceNumber));
    } else {
        for (QLineEdit *e : {m_buyerName, m_buyerTaxId, m_buyerAddress})
            e->clear();
        m_buyerBranch->setText(u"00000"_s);
        m_invoiceMessage->setText(tr("For receipt %1, %2.").arg(m_order->receiptNumber, theme::baht(m_order->totals.total.satang())));
    }
    m_issue->setText(issued ? tr("Reprint (copy)") : tr("Issue and print"));
    m_savePdf->setEnabled(issued);
    checkTaxId();
    m_right->setCurrentIndex(1);
    if (!issued)
        m_buyerName->setFocus();
}

void HistoryPage::checkTaxId()
{
    // Checked as it is typed: a wrong digit shows before the guest walks away.
    const QString id = normalizeTaxId(m_buyerTaxId->text());
    if (m_invoiceMessage->text().startsWith(u"⚠"_s))
        m_invoiceMessage->clear(); // what was wrong is being mended
    if (id.isEmpty()) {
        m_taxIdCheck->setText(tr("No tax ID: a private person."));
        m_taxIdCheck->setStyleSheet(u"color: #6b645a;"_s);
    } else if (isValidThaiTaxId(id)) {
        m_taxIdCheck->setText(tr("✓ Valid tax ID"));
        m_taxIdCheck->setStyleSheet(u"color: #1f7a4d; font-weight: bold;"_s);
    } else if (id.size() < 13 && std::all_of(id.begin(), id.end(), [](QChar c) { return c.isDigit(); })) {
        m_taxIdCheck->setText(tr("%1 of 13 digits").arg(id.size()));
        m_taxIdCheck->setStyleSheet(u"color: #6b645a;"_s);
    } else {
        m_taxIdCheck->setText(tr("✗ Not a valid tax ID: check the digits with the guest."));
        m_taxIdCheck->setStyleSheet(u"color: #b3382c; font-weight: bold;"_s);
    }
}

void HistoryPage::issueTaxInvoice()
{
    if (!m_order)
        return;
    if (m_invoice) {
        auto job = m_ctx->printTaxInvoice(*m_invoice, true);
        m_invoiceMessage->setText(job ? tr("Copy of %1 sent to the printer.").arg(m_invoice->invoiceNumber) : job.error().message);
        return;
    }
    auto buyer = TaxInvoiceBuyer::checked({m_buyerName->text(), m_buyerTaxId->text(), m_buyerBranch->text(), m_buyerAddress->text()});
    if (!buyer) {
        const QString field = buyer.error().field();
        m_invoiceMessage->setText(u"⚠ "_s
                                  + (field == u"buyer.tax_id"_s       ? tr("The tax ID is not valid: 13 digits with the right check digit.")
                                         : field == u"buyer.branch"_s ? tr("The branch is 5 digits: 00000 for the head office.")
                                         : field == u"buyer.address"_s ? tr("Enter the buyer's address.")
                                                                       : tr("Enter the buyer's name.")));
        return;
    }
    m_issue->setEnabled(false);
    m_ctx->api.issueTaxInvoice(m_order->id, *buyer, QUuid::createUuid().toString(QUuid::WithoutBraces), this, [this](Result<TaxInvoice> r) {
        m_issue->setEnabled(true);
        if (r) {
            showInvoice(*r, false);
            return;
        }
        if (r.error().code == ErrorCode::AlreadyIssued) {
            if (auto existing = TaxInvoice::fromJson(r.error().details)) {
                showInvoice(*existing, true);
                m_invoiceMessage->setText(tr("This bill already had tax invoice %1: a copy was printed.").arg(existing->invoiceNumber));
                return;
            }
        }
        m_invoiceMessage->setText(u"⚠ "_s + client::ErrorText::forError(r.error()));
    });
}

void HistoryPage::showInvoice(const TaxInvoice &invoice, bool printCopy)
{
    m_invoice = invoice;
    auto job = m_ctx->printTaxInvoice(invoice, printCopy);
    m_invoiceMessage->setText(job ? tr("Tax invoice %1 issued and sent to the printer.").arg(invoice.invoiceNumber)
                                  : tr("Tax invoice %1 issued. %2").arg(invoice.invoiceNumber, job.error().message));
    m_issue->setText(tr("Reprint (copy)"));
    m_savePdf->setEnabled(true);
    for (QLineEdit *e : {m_buyerName, m_buyerTaxId, m_buyerBranch, m_buyerAddress})
        e->setReadOnly(true);
    updateActions();
}

Result<QString> HistoryPage::saveTaxInvoicePdf(const QString &path)
{
    if (!m_invoice)
        return Error{ErrorCode::NotFound, tr("No tax invoice to save."), {}};
    return theme::saveFile(path, receipt::taxInvoicePdf(*m_invoice, m_ctx->shop().utcOffsetMinutes));
}

} // namespace tavola::ui
