#include "queueboard.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

QueueBoard::QueueBoard(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"queue"_s);
    auto *v = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Waiting list"));
    title->setProperty("role", u"title"_s);
    v->addWidget(title);
    auto *issue = new QHBoxLayout;
    issue->addWidget(new QLabel(tr("Party size")));
    m_party = new QSpinBox;
    m_party->setObjectName(u"queue-party"_s);
    m_party->setRange(1, 50);
    m_party->setValue(2);
    issue->addWidget(m_party);
    auto *take = new QPushButton(tr("New ticket"));
    take->setObjectName(u"queue-issue"_s);
    take->setProperty("accent", true);
    connect(take, &QPushButton::clicked, this, [this] { issueTicket(m_party->value()); });
    issue->addWidget(take);
    issue->addStretch();
    issue->addWidget(new QLabel(tr("Seat at")));
    m_table = new QComboBox;
    m_table->setObjectName(u"queue-table"_s);
    m_table->setMinimumWidth(140);
    issue->addWidget(m_table);
    v->addLayout(issue);
    m_list = new QListWidget;
    m_list->setObjectName(u"queue-list"_s);
    v->addWidget(m_list, 1);
    auto *actions = new QHBoxLayout;
    for (const auto &[action, label] :
         {std::pair{u"call"_s, tr("Call")}, std::pair{u"seat"_s, tr("Seat")}, std::pair{u"no-show"_s, tr("No-show")}}) {
        auto *b = new QPushButton(label);
        b->setObjectName(u"queue-"_s + action);
        connect(b, &QPushButton::clicked, this, [this, action] {
            if (auto *item = m_list->currentItem())
                act(item->data(Qt::UserRole).toString(), action);
        });
        actions->addWidget(b);
    }
    v->addLayout(actions);
    m_message = new QLabel;
    m_message->setObjectName(u"queue-message"_s);
    m_message->setProperty("role", u"title"_s);
    v->addWidget(m_message);

    for (QAbstractItemModel *m :
         {static_cast<QAbstractItemModel *>(m_ctx->store.queue()), static_cast<QAbstractItemModel *>(m_ctx->store.tables())}) {
        connect(m, &QAbstractItemModel::modelReset, this, &QueueBoard::rebuild);
        connect(m, &QAbstractItemModel::dataChanged, this, &QueueBoard::rebuild);
        connect(m, &QAbstractItemModel::rowsInserted, this, &QueueBoard::rebuild);
        connect(m, &QAbstractItemModel::rowsRemoved, this, &QueueBoard::rebuild);
    }
    rebuild();
}

void QueueBoard::rebuild()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    auto tickets = m_ctx->store.queue()->items();
    std::sort(tickets.begin(), tickets.end(), [](const QueueTicket &a, const QueueTicket &b) { return a.id < b.id; });
    for (const QueueTicket &t : tickets) {
        auto *item = new QListWidgetItem(tr("%1 · %n people · %2 · position %3 · about %4 min", nullptr, t.partySize)
                                             .arg(t.id, theme::label(enumName(t.status)))
                                             .arg(t.position + 1)
                                             .arg(t.etaMinutes));
        item->setData(Qt::UserRole, t.id);
        m_list->addItem(item);
        if (t.id == current)
            m_list->setCurrentItem(item);
    }
    const QString table = m_table->currentData().toString();
    m_table->clear();
    for (const Table &t : m_ctx->store.tables()->items())
        if (t.status == TableStatus::Vacant)
            m_table->addItem(tr("%1 (%n seats)", nullptr, t.seats).arg(t.name), t.id);
    if (const int i = m_table->findData(table); i >= 0)
        m_table->setCurrentIndex(i);
}

void QueueBoard::issueTicket(int partySize)
{
    QueueTicketRequest req;
    req.partySize = partySize;
    m_ctx->api.createQueueTicket(req, this, [this](Result<QueueTicket> r) {
        if (!r) {
            m_message->setText(client::ErrorText::forError(r.error()));
            return;
        }
        QString text = tr("Ticket %1 — position %2").arg(r->id).arg(r->position + 1);
        if (!m_ctx->printerUri.isEmpty()) {
            auto job = m_ctx->printQueueTicket(*r);
            text += u"\n"_s + (job ? tr("Printing the ticket with its QR code.") : job.error().message);
        }
        m_message->setText(text);
    });
}

void QueueBoard::act(const QString &code, const QString &action)
{
    const QString table = action == u"seat"_s ? m_table->currentData().toString() : QString();
    if (action == u"seat"_s && table.isEmpty()) {
        m_message->setText(tr("Choose a vacant table first."));
        return;
    }
    m_ctx->api.queueAction(code, action, table, this, [this, code](Result<QueueTicket> r) {
        m_message->setText(r ? tr("%1 updated").arg(code) : client::ErrorText::forError(r.error()));
    });
}

} // namespace tavola::ui
