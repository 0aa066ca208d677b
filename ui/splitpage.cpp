#include "splitpage.h"

#include "appcontext.h"
#include "domain/totals.h"
#include "errortext.h"
#include "theme.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

constexpr auto kLineMime = "application/x-tavola-split-line"; // "<check>:<line id>"
constexpr int kMaxChecks = 8;

/// One check's lines: a line dragged out carries its check and id; a drop on another check asks
/// the page to move it (the lists are redrawn from the page's plan, never moved by the view).
class CheckList : public QListWidget
{
public:
    CheckList(int check, std::function<void(int from, const QString &lineId)> dropped) : m_check(check), m_dropped(std::move(dropped))
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(false);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::CopyAction); // a "move" would make the view delete the dragged row
        setSelectionMode(QAbstractItemView::SingleSelection);
    }

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(kLineMime)}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        auto *mime = new QMimeData;
        if (!items.isEmpty())
            mime->setData(QString::fromLatin1(kLineMime),
                          u"%1:%2"_s.arg(m_check).arg(items.first()->data(Qt::UserRole).toString()).toUtf8());
        return mime;
    }
    void dragEnterEvent(QDragEnterEvent *event) override { accept(event); }
    void dragMoveEvent(QDragMoveEvent *event) override { accept(event); }
    void dropEvent(QDropEvent *event) override
    {
        if (!accept(event))
            return;
        const QString dragged = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kLineMime)));
        const int from = dragged.section(u':', 0, 0).toInt();
        const QString lineId = dragged.section(u':', 1);
        // After the drag has finished in the list it came from: the lists are refilled then.
        QTimer::singleShot(0, this, [this, from, lineId] { m_dropped(from, lineId); });
    }

private:
    bool accept(QDropEvent *event)
    {
        if (!event->mimeData()->hasFormat(QString::fromLatin1(kLineMime))) {
            event->ignore();
            return false;
        }
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return true;
    }

    int m_check;
    std::function<void(int, const QString &)> m_dropped;
};

} // namespace

SplitPage::SplitPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"split"_s);
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Back to the bill"));
    back->setObjectName(u"split-cancel"_s);
    connect(back, &QPushButton::clicked, this, &SplitPage::finished);
    top->addWidget(back);
    m_title = new QLabel;
    m_title->setObjectName(u"split-title"_s);
    m_title->setProperty("role", u"title"_s);
    top->addWidget(m_title, 1);
    m_whole = new QPushButton(tr("Whole lines"));
    m_whole->setObjectName(u"split-whole"_s);
    m_whole->setCheckable(true);
    m_whole->setToolTip(tr("Off: one of a line moves at a time. On: the whole line moves."));
    top->addWidget(m_whole);
    auto *add = new QPushButton(tr("+ Check"));
    add->setObjectName(u"split-add"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_checks.size() >= kMaxChecks)
            return;
        m_checks.append(QMap<QString, int>());
        rebuildColumns();
    });
    top->addWidget(add);
    v->addLayout(top);
    auto *hint = new QLabel(tr("Drag dishes onto a check, or tap a dish and then “Move here”."));
    hint->setWordWrap(true);
    v->addWidget(hint);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *strip = new QWidget;
    m_columns = new QHBoxLayout(strip);
    m_columns->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(strip);
    v->addWidget(scroll, 1);

    auto *bottom = new QHBoxLayout;
    m_message = new QLabel;
    m_message->setObjectName(u"split-message"_s);
    m_message->setWordWrap(true);
    bottom->addWidget(m_message, 1);
    m_split = new QPushButton;
    m_split->setObjectName(u"split-confirm"_s);
    m_split->setProperty("accent", true);
    connect(m_split, &QPushButton::clicked, this, &SplitPage::split);
    bottom->addWidget(m_split);
    v->addLayout(bottom);
    v->addWidget(m_ctx->serverOnly(u"split-needs-server"_s, {m_split}));
}

void SplitPage::showOrder(const QString &orderId)
{
    m_orderId = orderId;
    m_lines.clear();
    m_lineOrder.clear();
    m_checks = {{}, {}};
    m_selectedLine.clear();
    m_selectedCheck = -1;
    m_key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_message->clear();
    m_whole->setChecked(false);
    const Order *o = m_ctx->store.order(orderId);
    if (o) {
        for (const OrderLine &l : o->items) {
            if (l.voided || !l.isSent())
                continue;
            m_lines.insert(l.id, l);
            m_lineOrder << l.id;
            m_checks[0].insert(l.id, l.qty);
        }
        const Table *t = o->tableId.isEmpty() ? nullptr : m_ctx->store.tables()->find(o->tableId);
        m_title->setText(t ? tr("Split the bill · Table %1").arg(t->name) : tr("Split the bill · %1").arg(theme::pickupName(*o)));
    }
    rebuildColumns();
}

bool SplitPage::moveLine(const QString &lineId, int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= m_checks.size() || to >= m_checks.size())
        return false;
    const int have = m_checks[from].value(lineId);
    if (have <= 0)
        return false;
    const int qty = m_whole->isChecked() ? have : 1;
    if (have == qty)
        m_checks[from].remove(lineId);
    else
        m_checks[from][lineId] = have - qty;
    m_checks[to][lineId] += qty;
    m_key = QUuid::createUuid().toString(QUuid::WithoutBraces); // another plan: another request
    m_selectedLine.clear();
    m_selectedCheck = -1;
    m_message->clear();
    refill();
    return true;
}

void SplitPage::selectLine(int check, const QString &lineId)
{
    m_selectedCheck = check;
    m_selectedLine = lineId;
    for (int i = 0; i < m_lists.size(); ++i) {
        if (i != check)
            m_lists[i]->clearSelection();
    }
}

QList<OrderLine> SplitPage::linesOf(int check) const
{
    QList<OrderLine> out;
    for (const QString &id : m_lineOrder) {
        if (const int qty = m_checks[check].value(id); qty > 0) {
            OrderLine l = m_lines.value(id);
            l.qty = qty;
            out << l;
        }
    }
    return out;
}

void SplitPage::rebuildColumns()
{
    while (QLayoutItem *item = m_columns->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lists.clear();
    m_totals.clear();
    for (int i = 0; i < m_checks.size(); ++i) {
        auto *column = new QFrame;
        column->setObjectName(u"split-check-%1"_s.arg(i));
        column->setFrameShape(QFrame::StyledPanel);
        column->setMinimumWidth(220);
        auto *c = new QVBoxLayout(column);
        auto *name = new QLabel(i == 0 ? tr("Check 1 (this bill)") : tr("Check %1 (new)").arg(i + 1));
        name->setProperty("role", u"title"_s);
        c->addWidget(name);
        auto *total = new QLabel;
        total->setObjectName(u"split-total-%1"_s.arg(i));
        c->addWidget(total);
        auto *list = new CheckList(i, [this, i](int from, const QString &lineId) { moveLine(lineId, from, i); });
        list->setObjectName(u"split-list-%1"_s.arg(i));
        connect(list, &QListWidget::itemPressed, this,
                [this, i](QListWidgetItem *item) { selectLine(i, item->data(Qt::UserRole).toString()); });
        c->addWidget(list, 1);
        auto *here = new QPushButton(tr("Move here"));
        here->setObjectName(u"split-here-%1"_s.arg(i));
        connect(here, &QPushButton::clicked, this, [this, i] {
            if (m_selectedLine.isEmpty()) {
                m_message->setText(tr("Tap a dish first, then “Move here” on the check it goes to."));
                return;
            }
            moveLine(m_selectedLine, m_selectedCheck, i);
        });
        c->addWidget(here);
        m_columns->addWidget(column);
        m_lists << list;
        m_totals << total;
    }
    m_columns->addStretch();
    refill();
}

void SplitPage::refill()
{
    int newChecks = 0;
    for (int i = 0; i < m_checks.size(); ++i) {
        QListWidget *list = m_lists[i];
        list->clear();
        std::vector<Money> totals;
        for (const OrderLine &l : linesOf(i)) {
            auto *row = new QListWidgetItem(
                u"%1 × %2    %3"_s.arg(l.qty).arg(theme::itemName(l.name, l.nameTh), theme::baht(l.lineTotal().satang())));
            row->setData(Qt::UserRole, l.id);
            list->addItem(row);
            totals.push_back(l.lineTotal());
        }
        // What the check will come to, priced as the server prices a check (service charge, VAT).
        const Totals t = computeTotals(totals, Discount{}, m_ctx->shop().tax);
        m_totals[i]->setText(totals.empty() ? tr("empty") : tr("Total %1").arg(theme::baht(t.total.satang())));
        if (i > 0 && !totals.empty())
            ++newChecks;
    }
    m_split->setText(newChecks == 0 ? tr("Split") : tr("Split into %n check(s)", nullptr, newChecks + (m_checks[0].isEmpty() ? 0 : 1)));
    if (m_checks[0].isEmpty() && newChecks > 0)
        m_message->setText(tr("Leave at least one dish on this bill."));
}

void SplitPage::split()
{
    QList<QList<LinePart>> parts;
    for (int i = 1; i < m_checks.size(); ++i) {
        QList<LinePart> part;
        for (const OrderLine &l : linesOf(i))
            part << LinePart{l.id, l.qty};
        if (!part.isEmpty())
            parts << part;
    }
    if (parts.isEmpty()) {
        m_message->setText(tr("Move dishes onto a new check first."));
        return;
    }
    if (m_checks[0].isEmpty()) {
        m_message->setText(tr("Leave at least one dish on this bill."));
        return;
    }
    m_split->setEnabled(false);
    m_message->setText(tr("Splitting…"));
    m_ctx->api.splitOrder(m_orderId, parts, m_key, this, [this](Result<Order> r) {
        if (!r) {
            m_message->setText(u"⚠ "_s + client::ErrorText::forError(r.error()));
            refill();
            return;
        }
        m_ctx->store.reload();
        emit finished();
    });
}

} // namespace tavola::ui
