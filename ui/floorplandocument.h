#pragma once

#include "domain/floorplan.h"

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QUndoStack>

namespace tavola::ui {

/// The floor plan being edited (the Tiled way): owns the plan and its undo stack; every edit is
/// a QUndoCommand pushed here, and every change is announced by one typed signal that the
/// editor's scene items follow. Drags merge into one undo step.
class FloorPlanDocument : public QObject
{
    Q_OBJECT

public:
    /// Command ids, in one place (QUndoCommand::id for merging).
    enum CommandId {
        AddTableId = 1,
        DeleteTablesId,
        MoveTablesId,
        ResizeTableId,
        RotateTableId,
        TablePropertiesId,
        AddZoneId,
        RenameZoneId
    };

    explicit FloorPlanDocument(FloorPlan plan = {}, QObject *parent = nullptr);

    const FloorPlan &plan() const { return m_plan; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    /// A freshly loaded plan (e.g. after a save conflict): the undo history starts again.
    void reset(const FloorPlan &plan);
    void markSaved(qint64 version);

    int gridSize() const { return m_grid; }
    void setGridSize(int pixels) { m_grid = std::max(1, pixels); }
    QPointF snap(QPointF p) const;

    // Edits: each pushes one undoable command.
    /// Adds a table (a new id and name are chosen when empty); returns its id.
    QString addTable(Table table);
    void deleteTables(const QStringList &ids);
    /// Moves tables by `delta` (snapped); consecutive moves of the same tables within one drag
    /// (`dragId`) merge into one undo step.
    void moveTables(const QStringList &ids, QPointF delta, int dragId = 0);
    void resizeTable(const QString &id, QSizeF size);
    /// Rotates to an absolute angle in degrees; consecutive rotations of one table merge.
    void rotateTable(const QString &id, double degrees);
    void setTableProperties(const QString &id, const QString &name, int seats, TableShape shape, const QString &zoneId);
    QString addZone(const QString &name);
    void renameZone(const QString &id, const QString &name);

    // Used by the commands only.
    void putTable(const Table &table, int index = -1);
    void takeTable(const QString &id);
    void putZone(const Zone &zone, int index = -1);
    void takeZone(const QString &id);

signals:
    /// Tables added, changed or removed (ids), or everything when `ids` is empty.
    void tablesChanged(const QStringList &ids);
    void zonesChanged();

private:
    QString freshId(const QString &prefix) const;
    FloorPlan m_plan;
    QUndoStack m_undo;
    int m_grid = 10;
};

} // namespace tavola::ui
