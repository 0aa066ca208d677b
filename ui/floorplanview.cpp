#include "floorplanview.h"

#include "appcontext.h"
#include "theme.h"

#include <QDateTime>
#include <QFrame>
#include <QGestureEvent>
#include <QGraphicsSceneMouseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPinchGesture>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTimer>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace tavola::ui {

TableItem::TableItem(const QString &tableId) : m_id(tableId)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
}

void TableItem::sync(const Table &table, const QString &owed, bool pending)
{
    prepareGeometryChange();
    m_table = table;
    m_owed = owed;
    m_pending = pending;
    setPos(table.x, table.y);
    setTransformOriginPoint(table.w / 2, table.h / 2);
    setRotation(table.rotation);
    update();
}

QRectF TableItem::boundingRect() const
{
    return QRectF(-2, -2, m_table.w + 4, m_table.h + 4);
}

void TableItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF r(0, 0, m_table.w, m_table.h);
    p->setPen(QPen(QColor(0x4a, 0x43, 0x3a), m_pending ? 3 : 1.5, m_pending ? Qt::DashLine : Qt::SolidLine));
    p->setBrush(theme::tableColor(m_table.status));
    if (m_table.shape == TableShape::Round)
        p->drawEllipse(r);
    else
        p->drawRoundedRect(r, 10, 10);
    // Name large, then guests and time seated, then what is owed: each line as large as the
    // table allows (a small table of four still reads from a step away).
    QStringList lines{m_table.name};
    if (m_table.guests > 0) {
        QString l = QObject::tr("%n guest(s)", nullptr, m_table.guests);
        if (m_table.seatedAt.isValid())
            l += u" · %1′"_s.arg(std::max<qint64>(0, m_table.seatedAt.secsTo(clock::nowUtc()) / 60));
        lines << l;
    }
    if (!m_owed.isEmpty())
        lines << m_owed;
    // A round table's text stays inside the circle's middle.
    const QRectF text = m_table.shape == TableShape::Round
        ? r.adjusted(r.width() * 0.15, r.height() * 0.15, -r.width() * 0.15, -r.height() * 0.15)
        : r.adjusted(4, 3, -4, -3);
    const qreal nameShare = lines.size() == 1 ? 1.0 : 1.4; // the name a little larger than the rest
    const qreal unit = text.height() / (nameShare + (lines.size() - 1));
    p->setPen(QColor(0x1d, 0x26, 0x30));
    qreal y = text.top();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qreal lineH = i == 0 ? unit * nameShare : unit;
        QFont f = p->font();
        f.setBold(i == 0 || i == 2);
        f.setPixelSize(std::max(1, int(lineH * (lines.size() == 1 ? 0.45 : 0.8))));
        const qreal wide = QFontMetricsF(f).horizontalAdvance(lines[i]);
        if (wide > text.width())
            f.setPixelSize(std::max(1, int(f.pixelSize() * text.width() / wide)));
        p->setFont(f);
        p->drawText(QRectF(text.left(), y, text.width(), lineH), Qt::AlignCenter, lines[i]);
        y += lineH;
    }
}

void TableItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
}

void TableItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (boundingRect().contains(event->pos())) {
        emit clicked(m_id);
        return;
    }
    // Released over another table: the order moves there.
    if (!scene())
        return;
    for (QGraphicsItem *i : scene()->items(event->scenePos())) {
        if (i->type() == Type && i != this) {
            emit droppedOn(m_id, static_cast<TableItem *>(i)->tableId());
            return;
        }
    }
}

FloorPlanView::FloorPlanView(AppContext *ctx, QWidget *parent) : QGraphicsView(parent), m_ctx(ctx)
{
    setObjectName(u"floorplan"_s);
    setScene(&m_scene);
    setRenderHint(QPainter::Antialiasing);
    // A drag on the floor pans a zoomed plan; a drag that starts on a table moves its order
    // (the table takes the press, so the view does not scroll then).
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(QColor(0xf5, 0xf3, 0xef));
    viewport()->grabGesture(Qt::PinchGesture);

    m_legend = new QFrame(this);
    m_legend->setObjectName(u"floor-legend"_s);
    m_legend->setStyleSheet(u"QFrame#floor-legend { background: rgba(255,255,255,230); border: 1px solid #d8d2c7; border-radius: 8px; }"_s);
    auto *legend = new QHBoxLayout(m_legend);
    legend->setContentsMargins(10, 4, 10, 4);
    legend->setSpacing(6);
    for (TableStatus s : {TableStatus::Vacant, TableStatus::Seated, TableStatus::Serving, TableStatus::Checkout, TableStatus::Cleaning}) {
        auto *swatch = new QLabel;
        swatch->setFixedSize(18, 18);
        swatch->setStyleSheet(u"background: %1; border: 1px solid #4a433a; border-radius: 4px;"_s.arg(theme::tableColor(s).name()));
        legend->addWidget(swatch);
        auto *name = new QLabel(theme::label(enumName(s)));
        name->setObjectName(u"legend-"_s + enumName(s).toLower());
        legend->addWidget(name);
        legend->addSpacing(8);
    }
    auto *pendingSwatch = new QLabel;
    pendingSwatch->setFixedSize(18, 18);
    pendingSwatch->setStyleSheet(u"border: 2px dashed #4a433a; border-radius: 4px;"_s);
    legend->addWidget(pendingSwatch);
    legend->addWidget(new QLabel(tr("saving")));

    m_zoomTools = new QWidget(this);
    m_zoomTools->setObjectName(u"floor-zoom"_s);
    auto *tools = new QHBoxLayout(m_zoomTools);
    tools->setContentsMargins(0, 0, 0, 0);
    const QList<std::tuple<QString, QString, std::function<void()>>> buttons{
        {u"floor-zoom-out"_s, u"−"_s, [this] { zoom(1 / 1.25); }},
        {u"floor-zoom-in"_s, u"+"_s, [this] { zoom(1.25); }},
        {u"floor-fit"_s, tr("Show all"), [this] { fitAll(); }},
    };
    for (const auto &[name, text, act] : buttons) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        b->setMinimumWidth(56);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, act);
        tools->addWidget(b);
    }
    // The counter, above the plan: takeaway and delivery have no table.
    m_counter = new QWidget(this);
    m_counter->setObjectName(u"floor-counter"_s);
    auto *counter = new QHBoxLayout(m_counter);
    counter->setContentsMargins(0, 0, 0, 0);
    for (const auto &[name, text, type] : {std::tuple{u"floor-new-takeaway"_s, tr("+ Takeaway"), OrderType::Takeaway},
                                           std::tuple{u"floor-new-delivery"_s, tr("+ Delivery"), OrderType::Delivery}}) {
        auto *b = new QPushButton(text);
        b->setObjectName(name);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, t = type] { emit counterOrderRequested(t); });
        counter->addWidget(b);
    }
    counter->addStretch();
    auto *tables = m_ctx->store.tables();
    connect(tables, &QAbstractItemModel::modelReset, this, &FloorPlanView::rebuild);
    connect(tables, &QAbstractItemModel::rowsInserted, this, &FloorPlanView::rebuild);
    connect(tables, &QAbstractItemModel::dataChanged, this, &FloorPlanView::syncAll);
    connect(m_ctx->store.orders(), &QAbstractItemModel::dataChanged, this, &FloorPlanView::syncAll);
    connect(m_ctx->store.orders(), &QAbstractItemModel::rowsInserted, this, &FloorPlanView::syncAll);
    connect(m_ctx->store.orders(), &QAbstractItemModel::rowsRemoved, this, &FloorPlanView::syncCounter); // a paid takeaway leaves
    connect(m_ctx->store.orders(), &QAbstractItemModel::modelReset, this, &FloorPlanView::syncAll);
    // Minutes seated move on.
    auto *tick = new QTimer(this);
    tick->setInterval(30000);
    connect(tick, &QTimer::timeout, this, &FloorPlanView::syncAll);
    tick->start();
    rebuild();
}

void FloorPlanView::rebuild()
{
    for (TableItem *i : std::as_const(m_items))
        delete i;
    m_items.clear();
    // Zones as soft rectangles with their names behind the tables.
    for (QGraphicsItem *i : m_scene.items())
        delete i;
    for (const Zone &z : m_ctx->store.floorPlan().zones) {
        QRectF bounds;
        for (const Table &t : m_ctx->store.floorPlan().tables)
            if (t.zoneId == z.id)
                bounds = bounds.united(QRectF(t.x, t.y, t.w, t.h));
        if (bounds.isNull())
            continue;
        bounds.adjust(-30, -50, 30, 30);
        m_scene.addRect(bounds, QPen(QColor(0xd8, 0xd2, 0xc7)), QColor(0xfb, 0xfa, 0xf7));
        auto *label = m_scene.addText(z.name);
        QFont f = label->font();
        f.setPointSize(14);
        f.setBold(true);
        label->setFont(f);
        label->setDefaultTextColor(QColor(0x6b, 0x64, 0x5a));
        label->setPos(bounds.topLeft() + QPointF(10, 6));
    }
    for (const Table &t : m_ctx->store.tables()->items()) {
        auto *item = new TableItem(t.id);
        item->setObjectName(u"table-"_s + t.id);
        connect(item, &TableItem::clicked, this, &FloorPlanView::tableActivated);
        connect(item, &TableItem::droppedOn, this, [this](const QString &from, const QString &to) {
            const Table *source = m_ctx->store.tables()->find(from);
            if (source && !source->orderId.isEmpty())
                emit orderDropped(source->orderId, to);
        });
        m_scene.addItem(item);
        m_items.insert(t.id, item);
    }
    syncAll();
    fit();
}

void FloorPlanView::syncCounter()
{
    auto *layout = static_cast<QHBoxLayout *>(m_counter->layout());
    QSet<QString> open;
    for (const Order &o : m_ctx->store.orders()->items()) {
        if (o.type == OrderType::DineIn || o.status == OrderStatus::Paid || o.status == OrderStatus::Cancelled)
            continue;
        open.insert(o.id);
        QPushButton *b = m_counterOrders.value(o.id);
        if (!b) {
            b = new QPushButton;
            b->setObjectName(u"counter-order-"_s + o.id);
            b->setFocusPolicy(Qt::NoFocus);
            connect(b, &QPushButton::clicked, this, [this, id = o.id] { emit counterOrderActivated(id); });
            layout->insertWidget(layout->count() - 1, b); // before the stretch
            m_counterOrders.insert(o.id, b);
        }
        b->setText(theme::pickupName(o));
        b->setProperty("accent", o.status == OrderStatus::Checkout);
        b->style()->unpolish(b);
        b->style()->polish(b);
    }
    for (auto it = m_counterOrders.begin(); it != m_counterOrders.end();) {
        if (open.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->deleteLater();
        it = m_counterOrders.erase(it);
    }
    placeOverlays();
}

void FloorPlanView::syncAll()
{
    syncCounter();
    for (const Table &t : m_ctx->store.tables()->items()) {
        TableItem *item = m_items.value(t.id);
        if (!item)
            continue;
        QString owed;
        if (const Order *o = t.orderId.isEmpty() ? nullptr : m_ctx->store.order(t.orderId); o && o->totals.total.satang() > 0)
            owed = theme::baht(o->totals.total.satang());
        item->sync(t, owed, !t.orderId.isEmpty() && m_ctx->store.isPending(t.orderId));
    }
}

void FloorPlanView::fit()
{
    if (m_userZoomed || m_scene.items().isEmpty())
        return;
    fitInView(m_scene.itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

void FloorPlanView::zoom(qreal factor)
{
    m_userZoomed = true;
    scale(factor, factor);
}

void FloorPlanView::fitAll()
{
    m_userZoomed = false;
    fit();
}

void FloorPlanView::placeOverlays()
{
    // Beneath the plan, never over a table: the legend on the left, the zoom on the right.
    m_legend->adjustSize();
    m_zoomTools->adjustSize();
    const int bar = std::max(m_legend->height(), m_zoomTools->height()) + 12;
    const int counterBar = m_counter->sizeHint().height() + 12;
    if (viewportMargins().bottom() != bar || viewportMargins().top() != counterBar)
        setViewportMargins(0, counterBar, 0, bar);
    m_counter->setGeometry(6, 6, width() - 12, counterBar - 12);
    const QRect area = viewport()->geometry();
    const int barTop = area.bottom() + 1 + (horizontalScrollBar()->isVisible() ? horizontalScrollBar()->height() : 0);
    m_legend->move(area.left() + 6, barTop + (bar - m_legend->height()) / 2);
    m_zoomTools->move(area.right() - m_zoomTools->width() - 6, barTop + (bar - m_zoomTools->height()) / 2);
}

void FloorPlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
    placeOverlays();
}

bool FloorPlanView::viewportEvent(QEvent *event)
{
    // Two-finger pinch zooms on a touchscreen.
    if (event->type() == QEvent::Gesture) {
        if (auto *pinch = static_cast<QPinchGesture *>(static_cast<QGestureEvent *>(event)->gesture(Qt::PinchGesture))) {
            zoom(pinch->scaleFactor());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void FloorPlanView::wheelEvent(QWheelEvent *event)
{
    zoom(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
}

} // namespace tavola::ui
