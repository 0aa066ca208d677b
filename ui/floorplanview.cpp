#include "floorplanview.h"

#include "appcontext.h"
#include "theme.h"

#include <QDateTime>
#include <QGestureEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPinchGesture>
#include <QPainter>
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
    // Name large, then guests and time seated, then what is owed.
    QFont f = p->font();
    f.setPointSizeF(std::max(9.0, std::min(m_table.w, m_table.h) / 5.5));
    f.setBold(true);
    p->setFont(f);
    p->setPen(QColor(0x1d, 0x26, 0x30));
    QStringList lines{m_table.name};
    if (m_table.guests > 0) {
        QString l = QObject::tr("%n guest(s)", nullptr, m_table.guests);
        if (m_table.seatedAt.isValid())
            l += u" · %1′"_s.arg(m_table.seatedAt.secsTo(clock::nowUtc()) / 60);
        lines << l;
    }
    if (!m_owed.isEmpty())
        lines << m_owed;
    const qreal lineH = r.height() / (lines.size() + 1);
    for (int i = 0; i < lines.size(); ++i) {
        if (i == 1) {
            f.setBold(false);
            f.setPointSizeF(f.pointSizeF() * 0.7);
            p->setFont(f);
        }
        p->drawText(QRectF(r.x(), r.y() + lineH * (i + 0.5), r.width(), lineH), Qt::AlignCenter, lines[i]);
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
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(QColor(0xf5, 0xf3, 0xef));
    viewport()->grabGesture(Qt::PinchGesture);
    setDragMode(QGraphicsView::NoDrag); // a press on a table may start moving its order
    auto *tables = m_ctx->store.tables();
    connect(tables, &QAbstractItemModel::modelReset, this, &FloorPlanView::rebuild);
    connect(tables, &QAbstractItemModel::rowsInserted, this, &FloorPlanView::rebuild);
    connect(tables, &QAbstractItemModel::dataChanged, this, &FloorPlanView::syncAll);
    connect(m_ctx->store.orders(), &QAbstractItemModel::dataChanged, this, &FloorPlanView::syncAll);
    connect(m_ctx->store.orders(), &QAbstractItemModel::rowsInserted, this, &FloorPlanView::syncAll);
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

void FloorPlanView::syncAll()
{
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

void FloorPlanView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

bool FloorPlanView::viewportEvent(QEvent *event)
{
    // Two-finger pinch zooms on a touchscreen.
    if (event->type() == QEvent::Gesture) {
        if (auto *pinch = static_cast<QPinchGesture *>(static_cast<QGestureEvent *>(event)->gesture(Qt::PinchGesture))) {
            m_userZoomed = true;
            const qreal f = pinch->scaleFactor();
            scale(f, f);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void FloorPlanView::wheelEvent(QWheelEvent *event)
{
    const double factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
    m_userZoomed = true;
    scale(factor, factor);
}

} // namespace tavola::ui
