#include "historypage.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

/// Where the order was: its table, or its pickup code (and channel, for a delivery).
QString whereText(AppContext &ctx, const Order &o)
{
    if (!o.pickupCode.isEmpty())
        return o.channel ? u"%1 · %2"_s.arg(o.pickupCode, theme::label(enumName(*o.channel))) : o.pickupCode;
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

    auto *right = new QVBoxLayout;
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
    m_message = new QLabel;
    m_message->setObjectName(u"history-message"_s);
    m_message->setWordWrap(true);
    right->addWidget(m_message);
    right->addWidget(m_ctx->serverOnly(u"history-needs-server"_s, {find}));
    body->addLayout(right, 2);
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
    });
}

void HistoryPage::updateActions()
{
    const bool paid = m_order && m_order->status == OrderStatus::Paid;
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

} // namespace tavola::ui
