#pragma once

#include "floorplandocument.h"

#include <QGraphicsView>
#include <QHash>

class QComboBox;
class QGraphicsRectItem;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tavola::ui {

class AppContext;

/// The floor-plan editor (managers): add, delete, move (drag, several at once), rotate and
/// resize tables, their name, seats, shape and zone, zones, snap to grid, undo/redo, and save
/// with the plan's version — a conflict reloads the server's plan and says so.
class FloorPlanEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FloorPlanEditor(AppContext *ctx, QWidget *parent = nullptr);
    FloorPlanDocument *document() { return &m_doc; }
    /// Starts editing the store's current plan.
    void load();
    void save();
    QStringList selectedIds() const;
    void select(const QStringList &ids);

signals:
    void back();

private:
    class View;
    void syncTables(const QStringList &ids);
    void syncAll();
    void showSelection();
    void applyProperties();
    void addTable(TableShape shape);

    AppContext *m_ctx;
    FloorPlanDocument m_doc;
    QGraphicsScene m_scene;
    View *m_view;
    QHash<QString, QGraphicsRectItem *> m_items;
    QLabel *m_message;
    QLineEdit *m_name;
    QSpinBox *m_seats;
    QComboBox *m_zone;
    QComboBox *m_shape;
    int m_dragCounter = 0;
    bool m_syncing = false;
};

} // namespace tavola::ui
