#include "floorplandocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

int indexOfTable(const FloorPlan &plan, const QString &id)
{
    for (qsizetype i = 0; i < plan.tables.size(); ++i)
        if (plan.tables[i].id == id)
            return int(i);
    return -1;
}

class AddTable : public QUndoCommand
{
public:
    AddTable(FloorPlanDocument *doc, Table table) : m_doc(doc), m_table(std::move(table))
    {
        setText(QCoreApplication::translate("FloorPlanEditor", "Add table %1").arg(m_table.name));
    }
    int id() const override { return FloorPlanDocument::AddTableId; }
    void redo() override { m_doc->putTable(m_table); }
    void undo() override { m_doc->takeTable(m_table.id); }

private:
    FloorPlanDocument *m_doc;
    Table m_table;
};

class DeleteTables : public QUndoCommand
{
public:
    DeleteTables(FloorPlanDocument *doc, QList<std::pair<int, Table>> removed) : m_doc(doc), m_removed(std::move(removed))
    {
        setText(QCoreApplication::translate("FloorPlanEditor", "Delete %n table(s)", nullptr, int(m_removed.size())));
    }
    int id() const override { return FloorPlanDocument::DeleteTablesId; }
    void redo() override
    {
        for (const auto &[index, table] : m_removed)
            m_doc->takeTable(table.id);
    }
    void undo() override
    {
        // Back in their old places, lowest index first.
        for (const auto &[index, table] : m_removed)
            m_doc->putTable(table, index);
    }

private:
    FloorPlanDocument *m_doc;
    QList<std::pair<int, Table>> m_removed;
};

/// Changes whole tables from `before` to `after` (move, resize, rotate, properties).
class ChangeTables : public QUndoCommand
{
public:
    ChangeTables(FloorPlanDocument *doc, int commandId, int mergeKey, QList<Table> before, QList<Table> after, const QString &text)
        : m_doc(doc),
          m_id(commandId),
          m_mergeKey(mergeKey),
          m_before(std::move(before)),
          m_after(std::move(after))
    {
        setText(text);
    }
    int id() const override { return m_mergeKey > 0 ? m_id : -1; }
    void redo() override
    {
        for (const Table &t : m_after)
            m_doc->putTable(t);
    }
    void undo() override
    {
        for (const Table &t : m_before)
            m_doc->putTable(t);
    }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ChangeTables *>(other);
        if (o->m_id != m_id || o->m_mergeKey != m_mergeKey || ids(o->m_after) != ids(m_after))
            return false;
        m_after = o->m_after; // one undo step for the whole drag
        return true;
    }

private:
    static QStringList ids(const QList<Table> &tables)
    {
        QStringList out;
        for (const Table &t : tables)
            out << t.id;
        return out;
    }
    FloorPlanDocument *m_doc;
    int m_id;
    int m_mergeKey;
    QList<Table> m_before;
    QList<Table> m_after;
};

class ZoneCommand : public QUndoCommand
{
public:
    ZoneCommand(FloorPlanDocument *doc, int commandId, std::optional<Zone> before, Zone after, const QString &text)
        : m_doc(doc),
          m_id(commandId),
          m_before(std::move(before)),
          m_after(std::move(after))
    {
        setText(text);
    }
    int id() const override { return m_id; }
    void redo() override { m_doc->putZone(m_after); }
    void undo() override
    {
        if (m_before)
            m_doc->putZone(*m_before);
        else
            m_doc->takeZone(m_after.id);
    }

private:
    FloorPlanDocument *m_doc;
    int m_id;
    std::optional<Zone> m_before;
    Zone m_after;
};

} // namespace

FloorPlanDocument::FloorPlanDocument(FloorPlan plan, QObject *parent) : QObject(parent), m_plan(std::move(plan)) { }

void FloorPlanDocument::reset(const FloorPlan &plan)
{
    m_undo.clear();
    m_plan = plan;
    emit zonesChanged();
    emit tablesChanged({});
}

void FloorPlanDocument::markSaved(qint64 version)
{
    m_plan.version = version;
    m_undo.setClean();
}

QPointF FloorPlanDocument::snap(QPointF p) const
{
    return {std::round(p.x() / m_grid) * m_grid, std::round(p.y() / m_grid) * m_grid};
}

QString FloorPlanDocument::freshId(const QString &prefix) const
{
    for (int n = int(m_plan.tables.size() + m_plan.zones.size()) + 1;; ++n) {
        const QString id = prefix + QString::number(n);
        bool taken = m_plan.table(id) != nullptr;
        for (const Zone &z : m_plan.zones)
            taken |= z.id == id;
        if (!taken)
            return id;
    }
}

QString FloorPlanDocument::addTable(Table table)
{
    if (table.id.isEmpty())
        table.id = freshId(u"t"_s);
    if (table.name.isEmpty()) {
        for (int n = int(m_plan.tables.size()) + 1;; ++n) {
            const QString name = u"T%1"_s.arg(n);
            bool taken = false;
            for (const Table &t : m_plan.tables)
                taken |= t.name == name;
            if (!taken) {
                table.name = name;
                break;
            }
        }
    }
    // A new shop's plan has no zone yet: its first table makes one (a table is always in a zone).
    if (table.zoneId.isEmpty() && m_plan.zones.isEmpty())
        addZone(QCoreApplication::translate("FloorPlanEditor", "Dining room"));
    if (table.zoneId.isEmpty() && !m_plan.zones.isEmpty())
        table.zoneId = m_plan.zones.first().id;
    const QPointF p = snap({table.x, table.y});
    table.x = p.x();
    table.y = p.y();
    table.status = TableStatus::Vacant;
    table.orderId.clear();
    table.guests = 0;
    m_undo.push(new AddTable(this, table));
    return table.id;
}

void FloorPlanDocument::deleteTables(const QStringList &ids)
{
    QList<std::pair<int, Table>> removed;
    for (qsizetype i = 0; i < m_plan.tables.size(); ++i)
        if (ids.contains(m_plan.tables[i].id))
            removed.append({int(i), m_plan.tables[i]});
    if (!removed.isEmpty())
        m_undo.push(new DeleteTables(this, removed));
}

void FloorPlanDocument::moveTables(const QStringList &ids, QPointF delta, int dragId)
{
    QList<Table> before, after;
    for (const QString &id : ids) {
        const Table *t = m_plan.table(id);
        if (!t)
            continue;
        before << *t;
        Table moved = *t;
        const QPointF p = snap({t->x + delta.x(), t->y + delta.y()});
        moved.x = p.x();
        moved.y = p.y();
        after << moved;
    }
    if (!after.isEmpty())
        m_undo.push(new ChangeTables(this, MoveTablesId, dragId, before, after,
                                     QCoreApplication::translate("FloorPlanEditor", "Move %n table(s)", nullptr, int(after.size()))));
}

void FloorPlanDocument::resizeTable(const QString &id, QSizeF size)
{
    const Table *t = m_plan.table(id);
    if (!t)
        return;
    Table after = *t;
    after.w = std::max<double>(m_grid * 2, std::round(size.width() / m_grid) * m_grid);
    after.h = std::max<double>(m_grid * 2, std::round(size.height() / m_grid) * m_grid);
    m_undo.push(
        new ChangeTables(this, ResizeTableId, 0, {*t}, {after}, QCoreApplication::translate("FloorPlanEditor", "Resize %1").arg(t->name)));
}

void FloorPlanDocument::rotateTable(const QString &id, double degrees)
{
    const Table *t = m_plan.table(id);
    if (!t)
        return;
    Table after = *t;
    after.rotation = std::fmod(std::fmod(degrees, 360.0) + 360.0, 360.0);
    m_undo.push(
        new ChangeTables(this, RotateTableId, 1, {*t}, {after}, QCoreApplication::translate("FloorPlanEditor", "Rotate %1").arg(t->name)));
}

void FloorPlanDocument::setTableProperties(const QString &id, const QString &name, int seats, TableShape shape, const QString &zoneId)
{
    const Table *t = m_plan.table(id);
    if (!t)
        return;
    Table after = *t;
    after.name = name;
    after.seats = seats;
    after.shape = shape;
    after.zoneId = zoneId;
    m_undo.push(new ChangeTables(this, TablePropertiesId, 0, {*t}, {after},
                                 QCoreApplication::translate("FloorPlanEditor", "Edit %1").arg(t->name)));
}

QString FloorPlanDocument::addZone(const QString &name)
{
    Zone z{freshId(u"z"_s), name};
    m_undo.push(new ZoneCommand(this, AddZoneId, std::nullopt, z, QCoreApplication::translate("FloorPlanEditor", "Add zone %1").arg(name)));
    return z.id;
}

void FloorPlanDocument::renameZone(const QString &id, const QString &name)
{
    for (const Zone &z : m_plan.zones) {
        if (z.id != id)
            continue;
        Zone after = z;
        after.name = name;
        m_undo.push(
            new ZoneCommand(this, RenameZoneId, z, after, QCoreApplication::translate("FloorPlanEditor", "Rename zone %1").arg(z.name)));
        return;
    }
}

void FloorPlanDocument::putTable(const Table &table, int index)
{
    const int at = indexOfTable(m_plan, table.id);
    if (at >= 0)
        m_plan.tables[at] = table;
    else if (index >= 0 && index <= m_plan.tables.size())
        m_plan.tables.insert(index, table);
    else
        m_plan.tables.append(table);
    emit tablesChanged({table.id});
}

void FloorPlanDocument::takeTable(const QString &id)
{
    const int at = indexOfTable(m_plan, id);
    if (at < 0)
        return;
    m_plan.tables.removeAt(at);
    emit tablesChanged({id});
}

void FloorPlanDocument::putZone(const Zone &zone, int index)
{
    for (Zone &z : m_plan.zones) {
        if (z.id == zone.id) {
            z = zone;
            emit zonesChanged();
            return;
        }
    }
    if (index >= 0 && index <= m_plan.zones.size())
        m_plan.zones.insert(index, zone);
    else
        m_plan.zones.append(zone);
    emit zonesChanged();
}

void FloorPlanDocument::takeZone(const QString &id)
{
    for (qsizetype i = 0; i < m_plan.zones.size(); ++i) {
        if (m_plan.zones[i].id == id) {
            m_plan.zones.removeAt(i);
            emit zonesChanged();
            return;
        }
    }
}

} // namespace tavola::ui
