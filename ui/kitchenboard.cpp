#include "kitchenboard.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

KitchenBoard::KitchenBoard(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"kitchen"_s);
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_station = nullptr;
    m_header = new QLabel;
    m_header->setProperty("role", u"title"_s);
    top->addWidget(m_header, 1);
    // A screen per station (the shop's stations, settings), or all of them.
    m_station = new QComboBox;
    m_station->setObjectName(u"kitchen-station"_s);
    fillStations();
    connect(&m_ctx->store, &client::ClientStore::settingsChanged, this, &KitchenBoard::fillStations);
    connect(m_station, &QComboBox::currentIndexChanged, this, &KitchenBoard::rebuild);
    top->addWidget(m_station);
    auto *recall = new QPushButton(tr("Recall last"));
    recall->setObjectName(u"kitchen-recall"_s);
    connect(recall, &QPushButton::clicked, this, &KitchenBoard::recallLast);
    top->addWidget(recall);
    v->addLayout(top);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *area = new QWidget;
    m_grid = new QGridLayout(area);
    m_grid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll->setWidget(area);
    v->addWidget(scroll, 1);

    auto *model = m_ctx->store.kitchenTickets();
    connect(model, &QAbstractItemModel::modelReset, this, &KitchenBoard::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &KitchenBoard::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &KitchenBoard::rebuild);
    // Tickets there at sign-in were printed before; only new ones print.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        for (const KitchenTicket &t : m_ctx->store.kitchenTickets()->items())
            m_printed.insert(t.id);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        rebuild();
        printNewTickets();
        // A new ticket: the board flashes so the cooks look up.
        setStyleSheet(u"QWidget#kitchen { background: #fff1b8; }"_s);
        m_flash.start();
    });
    m_flash.setSingleShot(true);
    m_flash.setInterval(1200);
    connect(&m_flash, &QTimer::timeout, this, [this] { setStyleSheet({}); });
    m_ages.setInterval(15000);
    connect(&m_ages, &QTimer::timeout, this, &KitchenBoard::rebuild);
    m_ages.start();
    rebuild();
}

void KitchenBoard::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString station = m_station ? m_station->currentData().toString() : QString();
    QList<KitchenTicket> tickets;
    for (const KitchenTicket &t : m_ctx->store.kitchenTickets()->items())
        if (station.isEmpty() || t.station == station)
            tickets.append(t);
    // Oldest first, grouped by station (in the order the shop lists them).
    const ShopSettings shop = m_ctx->shop();
    auto rank = [&shop](const QString &id) {
        for (qsizetype i = 0; i < shop.stations.size(); ++i)
            if (shop.stations.at(i).id == id)
                return i;
        return shop.stations.size();
    };
    std::stable_sort(tickets.begin(), tickets.end(), [&rank](const KitchenTicket &a, const KitchenTicket &b) {
        return a.station != b.station ? rank(a.station) < rank(b.station) : a.createdAt < b.createdAt;
    });
    m_header->setText(tr("Kitchen · %n ticket(s)", nullptr, int(tickets.size())));
    const QDateTime now = clock::nowUtc();
    int i = 0;
    for (const KitchenTicket &t : tickets) {
        const qint64 minutes = t.createdAt.isValid() ? t.createdAt.secsTo(now) / 60 : 0;
        const QString color = minutes < 10 ? u"#e4f2e7"_s : minutes < 20 ? u"#fce8b2"_s : u"#f2b8ae"_s;
        auto *card = new QFrame;
        card->setObjectName(u"ticket-"_s + t.id);
        card->setStyleSheet(u"QFrame#ticket-%1 { background: %2; border: 2px solid #4a433a; border-radius: 12px; }"_s.arg(t.id, color));
        card->setMinimumWidth(260);
        auto *cv = new QVBoxLayout(card);
        auto *title = new QLabel(u"%1 · #%2"_s.arg(t.tableName.isEmpty() ? tr("Takeaway") : t.tableName).arg(t.orderNumber));
        title->setProperty("role", u"title"_s);
        cv->addWidget(title);
        cv->addWidget(
            new QLabel(u"%1 · %2 · %3′"_s.arg(theme::stationName(shop, t.station), theme::label(enumName(t.status))).arg(minutes)));
        for (const KitchenTicketItem &item : t.items) {
            QString text = u"%1 × %2"_s.arg(item.qty).arg(item.name);
            if (!item.modifiers.isEmpty())
                text += u"\n   + "_s + item.modifiers.join(u", "_s);
            if (!item.note.isEmpty())
                text += u"\n   ⚑ "_s + item.note;
            auto *l = new QLabel(text);
            l->setStyleSheet(t.isVoid ? u"font-size: 18pt; text-decoration: line-through;"_s : u"font-size: 18pt;"_s);
            cv->addWidget(l);
        }
        QString next;
        switch (t.status) {
        case KitchenStatus::New: next = tr("Start"); break;
        case KitchenStatus::Preparing: next = tr("Ready"); break;
        case KitchenStatus::Ready: next = tr("Served"); break;
        case KitchenStatus::Served: break;
        }
        if (!next.isEmpty()) {
            auto *b = new QPushButton(next);
            b->setObjectName(u"bump-"_s + t.id);
            b->setProperty("accent", true);
            connect(b, &QPushButton::clicked, this, [this, id = t.id] { bump(id); });
            cv->addWidget(b);
        }
        m_grid->addWidget(card, i / 4, i % 4);
        ++i;
    }
}

void KitchenBoard::printNewTickets()
{
    if (!m_ctx->printKitchenTickets || m_ctx->printerUri.isEmpty())
        return;
    for (const KitchenTicket &t : m_ctx->store.kitchenTickets()->items()) {
        if (m_printed.contains(t.id))
            continue;
        m_printed.insert(t.id);
        if (m_ctx->shop().stationPrinters.contains(t.station))
            continue; // the till that sent it printed it on the station's own printer
        if (auto job = m_ctx->printKitchenTicket(t); !job)
            m_header->setText(job.error().message);
    }
}

void KitchenBoard::bump(const QString &ticketId)
{
    const KitchenTicket *t = m_ctx->store.kitchenTickets()->find(ticketId);
    if (!t)
        return;
    KitchenStatus next = KitchenStatus::Preparing;
    if (t->status == KitchenStatus::Preparing)
        next = KitchenStatus::Ready;
    else if (t->status == KitchenStatus::Ready)
        next = KitchenStatus::Served;
    if (next == KitchenStatus::Served)
        m_lastServed = ticketId;
    m_ctx->api.setKitchenStatus(ticketId, next, this, [this](Result<KitchenTicket> r) {
        if (!r)
            m_header->setText(client::ErrorText::forError(r.error()));
    });
}

void KitchenBoard::recallLast()
{
    if (m_lastServed.isEmpty())
        return;
    m_ctx->api.recallTicket(m_lastServed, this, [](Result<KitchenTicket>) {});
}

void KitchenBoard::fillStations()
{
    const QString current = m_station->currentData().toString();
    const QSignalBlocker block(m_station);
    m_station->clear();
    m_station->addItem(tr("All stations"), QString());
    for (const KitchenStation &s : m_ctx->shop().stations)
        m_station->addItem(theme::itemName(s.name, s.nameTh), s.id);
    m_station->setCurrentIndex(std::max(0, m_station->findData(current)));
}

} // namespace tavola::ui
