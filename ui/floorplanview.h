#pragma once

#include "domain/floorplan.h"
#include "domain/order.h"

#include <QGraphicsObject>
#include <QGraphicsView>
#include <QHash>

class QPushButton;

namespace tavola::ui {

class AppContext;

/// One table on the floor plan: drawn from the store's Table, never owning it.
class TableItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 1 };
    int type() const override { return Type; }
    explicit TableItem(const QString &tableId);
    void sync(const Table &table, const QString &owed, bool pending);
    QString tableId() const { return m_id; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void clicked(const QString &tableId);
    /// The table was dragged and dropped on another table (to move its order there).
    void droppedOn(const QString &tableId, const QString &targetTableId);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QString m_id;
    Table m_table;
    QString m_owed;
    bool m_pending = false;
};

/// The live floor plan: tables to scale, coloured by status, with guests, time seated and the
/// amount owed; updated from the store's events. Tap a table to open its order. Above the plan,
/// the counter: start a takeaway or delivery order, and the open ones by their pickup code.
class FloorPlanView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit FloorPlanView(AppContext *ctx, QWidget *parent = nullptr);
    TableItem *item(const QString &tableId) const { return m_items.value(tableId); }
    /// Zooms by `factor` about the view's centre (wheel, pinch, the + and − buttons).
    void zoom(qreal factor);
    /// Shows every zone again, as large as the view allows.
    void fitAll();

signals:
    void tableActivated(const QString &tableId);
    /// An order was dragged from one table to another.
    void orderDropped(const QString &orderId, const QString &targetTableId);
    /// "+ Takeaway" or "+ Delivery" at the counter.
    void counterOrderRequested(tavola::OrderType type);
    /// An open takeaway or delivery order was tapped (its id or local reference).
    void counterOrderActivated(const QString &orderRef);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuild();
    void syncAll();
    void fit();
    void placeOverlays();
    /// The open takeaway and delivery orders as buttons, by pickup code.
    void syncCounter();

    AppContext *m_ctx;
    QGraphicsScene m_scene;
    QHash<QString, TableItem *> m_items;
    bool m_userZoomed = false;
    QWidget *m_legend = nullptr; // what each colour means, over the plan's bottom-left corner
    QWidget *m_zoomTools = nullptr; // −, +, fit all, over the top-right corner
    QWidget *m_counter = nullptr; // + Takeaway, + Delivery and the open ones, above the plan
    QHash<QString, QPushButton *> m_counterOrders;
};

} // namespace tavola::ui
