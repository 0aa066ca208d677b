#include "floorplaneditor.h"

#include "appcontext.h"
#include "errortext.h"

#include <QComboBox>
#include <QGraphicsRectItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyleOptionGraphicsItem>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

/// A table in the editor: selectable and movable; it mirrors the document, never owns data.
class EditorTableItem : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 2 };
    int type() const override { return Type; }
    explicit EditorTableItem(const QString &id) : m_id(id)
    {
        setFlags(ItemIsSelectable | ItemIsMovable);
        setData(0, id);
    }
    void sync(const Table &t)
    {
        m_table = t;
        setRect(0, 0, t.w, t.h);
        setPos(t.x, t.y);
        setTransformOriginPoint(t.w / 2, t.h / 2);
        setRotation(t.rotation);
        update();
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        const bool selected = option->state & QStyle::State_Selected;
        p->setPen(QPen(selected ? QColor(0x1f, 0x7a, 0x4d) : QColor(0x4a, 0x43, 0x3a), selected ? 4 : 1.5));
        p->setBrush(QColor(0xfb, 0xfa, 0xf7));
        if (m_table.shape == TableShape::Round)
            p->drawEllipse(rect());
        else
            p->drawRoundedRect(rect(), 10, 10);
        QFont f = p->font();
        f.setBold(true);
        f.setPointSizeF(std::clamp(std::min(m_table.w, m_table.h) / 7.0, 8.0, 14.0));
        p->setFont(f);
        p->drawText(
            rect(), Qt::AlignCenter,
            u"%1\n%2"_s.arg(m_table.name).arg(QCoreApplication::translate("FloorPlanEditor", "%n seat(s)", nullptr, m_table.seats)));
    }

private:
    QString m_id;
    Table m_table;
};

} // namespace

/// The canvas: a grid behind, rubber-band multi-select, and a drag turned into one move command.
class FloorPlanEditor::View : public QGraphicsView
{
public:
    View(FloorPlanEditor *editor, QGraphicsScene *scene) : QGraphicsView(scene), m_editor(editor)
    {
        setObjectName(u"editor-canvas"_s);
        setRenderHint(QPainter::Antialiasing);
        setDragMode(QGraphicsView::RubberBandDrag);
    }

protected:
    void drawBackground(QPainter *p, const QRectF &rect) override
    {
        p->fillRect(rect, QColor(0xf5, 0xf3, 0xef));
        const int g = m_editor->m_doc.gridSize() * 2;
        p->setPen(QColor(0xe2, 0xdd, 0xd3));
        for (qreal x = std::floor(rect.left() / g) * g; x < rect.right(); x += g)
            p->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        for (qreal y = std::floor(rect.top() / g) * g; y < rect.bottom(); y += g)
            p->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        QGraphicsView::mousePressEvent(event);
        m_pressed = itemAt(event->position().toPoint());
        if (m_pressed)
            m_start = m_pressed->pos();
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QGraphicsView::mouseReleaseEvent(event);
        if (m_pressed && m_pressed->pos() != m_start) {
            // Qt moved the items while dragging; the document records it as one undo step.
            const QPointF delta = m_pressed->pos() - m_start;
            m_editor->m_doc.moveTables(m_editor->selectedIds(), delta, ++m_editor->m_dragCounter);
        }
        m_pressed = nullptr;
    }

private:
    FloorPlanEditor *m_editor;
    QGraphicsItem *m_pressed = nullptr;
    QPointF m_start;
};

FloorPlanEditor::FloorPlanEditor(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"editor"_s);
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    // What acts on the selected tables sits with their properties, beside the plan: the bar above
    // stays short enough for a 1024-pixel-wide till.
    auto *tools = new QGridLayout;
    QBoxLayout *into = bar;
    auto button = [&](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(u"editor-"_s + name);
        connect(b, &QPushButton::clicked, this, slot);
        if (into)
            into->addWidget(b);
        else
            tools->addWidget(b, tools->count() / 2, tools->count() % 2);
        return b;
    };
    button(u"back"_s, tr("← Tables"), [this] { emit back(); });
    button(u"add"_s, tr("Add table"), [this] { addTable(TableShape::Rect); });
    button(u"add-round"_s, tr("Round table"), [this] { addTable(TableShape::Round); });
    into = nullptr;
    button(u"delete"_s, tr("Delete"), [this] { m_doc.deleteTables(selectedIds()); });
    button(u"rotate"_s, tr("Rotate 15°"), [this] {
        for (const QString &id : selectedIds())
            if (const Table *t = m_doc.plan().table(id))
                m_doc.rotateTable(id, t->rotation + 15);
    });
    button(u"bigger"_s, tr("Bigger"), [this] {
        for (const QString &id : selectedIds())
            if (const Table *t = m_doc.plan().table(id))
                m_doc.resizeTable(id, {t->w + 20, t->h + 20});
    });
    button(u"smaller"_s, tr("Smaller"), [this] {
        for (const QString &id : selectedIds())
            if (const Table *t = m_doc.plan().table(id))
                m_doc.resizeTable(id, {t->w - 20, t->h - 20});
    });
    into = bar;
    auto *undo = button(u"undo"_s, tr("Undo"), [this] { m_doc.undoStack()->undo(); });
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = button(u"redo"_s, tr("Redo"), [this] { m_doc.undoStack()->redo(); });
    redo->setShortcut(QKeySequence::Redo);
    connect(m_doc.undoStack(), &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_doc.undoStack(), &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    bar->addStretch();
    auto *saveButton = button(u"save"_s, tr("Save"), [this] { save(); });
    saveButton->setProperty("accent", true);
    v->addLayout(bar);

    auto *body = new QHBoxLayout;
    m_view = new View(this, &m_scene);
    body->addWidget(m_view, 1);
    // The selected table's properties, then the zones: scrolls when the till is not tall enough.
    auto *panel = new QWidget;
    auto *side = new QVBoxLayout(panel);
    side->setContentsMargins(0, 0, 4, 0);
    side->addLayout(tools);
    side->addSpacing(8);
    side->addWidget(new QLabel(tr("Name")));
    m_name = new QLineEdit;
    m_name->setObjectName(u"editor-name"_s);
    side->addWidget(m_name);
    side->addWidget(new QLabel(tr("Seats")));
    m_seats = new QSpinBox;
    m_seats->setObjectName(u"editor-seats"_s);
    m_seats->setRange(1, 40);
    side->addWidget(m_seats);
    side->addWidget(new QLabel(tr("Shape")));
    m_shape = new QComboBox;
    m_shape->setObjectName(u"editor-shape"_s);
    m_shape->addItem(tr("Rectangle"), int(TableShape::Rect));
    m_shape->addItem(tr("Round"), int(TableShape::Round));
    side->addWidget(m_shape);
    side->addWidget(new QLabel(tr("Zone")));
    m_zone = new QComboBox;
    m_zone->setObjectName(u"editor-zone"_s);
    side->addWidget(m_zone);
    auto *apply = new QPushButton(tr("Apply"));
    apply->setObjectName(u"editor-apply"_s);
    connect(apply, &QPushButton::clicked, this, &FloorPlanEditor::applyProperties);
    side->addWidget(apply);
    side->addSpacing(12);
    // Zones: add one, or rename the selected table's zone.
    auto *zoneRow = new QHBoxLayout;
    auto *zoneName = new QLineEdit;
    zoneName->setObjectName(u"editor-zone-name"_s);
    zoneName->setPlaceholderText(tr("Zone name"));
    zoneRow->addWidget(zoneName, 1);
    auto *addZone = new QPushButton(tr("Add zone"));
    addZone->setObjectName(u"editor-add-zone"_s);
    connect(addZone, &QPushButton::clicked, this, [this, zoneName] {
        if (zoneName->text().trimmed().isEmpty())
            return;
        m_doc.addZone(zoneName->text().trimmed());
        zoneName->clear();
    });
    auto *renameZone = new QPushButton(tr("Rename zone"));
    renameZone->setObjectName(u"editor-rename-zone"_s);
    connect(renameZone, &QPushButton::clicked, this, [this, zoneName] {
        const QString id = m_zone->currentData().toString();
        if (!id.isEmpty() && !zoneName->text().trimmed().isEmpty())
            m_doc.renameZone(id, zoneName->text().trimmed());
        zoneName->clear();
    });
    side->addLayout(zoneRow);
    side->addWidget(addZone);
    side->addWidget(renameZone);
    side->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"editor-properties"_s);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedWidth(panel->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    body->addWidget(scroll);
    v->addLayout(body, 1);
    m_message = new QLabel;
    m_message->setObjectName(u"editor-message"_s);
    m_message->setWordWrap(true);
    v->addWidget(m_message);

    connect(&m_doc, &FloorPlanDocument::tablesChanged, this, &FloorPlanEditor::syncTables);
    connect(&m_doc, &FloorPlanDocument::zonesChanged, this, [this] {
        const QString current = m_zone->currentData().toString();
        m_zone->clear();
        for (const Zone &z : m_doc.plan().zones)
            m_zone->addItem(z.name, z.id);
        m_zone->setCurrentIndex(std::max(0, m_zone->findData(current)));
    });
    connect(&m_scene, &QGraphicsScene::selectionChanged, this, &FloorPlanEditor::showSelection);
}

void FloorPlanEditor::load()
{
    m_message->clear();
    m_doc.reset(m_ctx->store.floorPlan());
}

void FloorPlanEditor::syncTables(const QStringList &ids)
{
    if (ids.isEmpty()) {
        syncAll();
        return;
    }
    m_syncing = true;
    for (const QString &id : ids) {
        const Table *t = m_doc.plan().table(id);
        auto *item = static_cast<EditorTableItem *>(m_items.value(id));
        if (!t) {
            delete item;
            m_items.remove(id);
            continue;
        }
        if (!item) {
            item = new EditorTableItem(id);
            m_scene.addItem(item);
            m_items.insert(id, item);
        }
        item->sync(*t);
    }
    m_syncing = false;
    showSelection();
}

void FloorPlanEditor::syncAll()
{
    qDeleteAll(m_items);
    m_items.clear();
    QStringList ids;
    for (const Table &t : m_doc.plan().tables)
        ids << t.id;
    if (!ids.isEmpty()) // (an empty plan — a new shop's — has nothing to draw)
        syncTables(ids);
    else
        showSelection();
    m_view->fitInView(m_scene.itemsBoundingRect().adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
}

QStringList FloorPlanEditor::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *i : m_scene.selectedItems())
        ids << i->data(0).toString();
    ids.sort();
    return ids;
}

void FloorPlanEditor::select(const QStringList &ids)
{
    m_scene.clearSelection();
    for (const QString &id : ids)
        if (QGraphicsRectItem *i = m_items.value(id))
            i->setSelected(true);
}

void FloorPlanEditor::showSelection()
{
    if (m_syncing)
        return;
    const QStringList ids = selectedIds();
    const Table *t = ids.size() == 1 ? m_doc.plan().table(ids.first()) : nullptr;
    m_name->setEnabled(t);
    m_seats->setEnabled(t);
    m_shape->setEnabled(t);
    m_zone->setEnabled(t);
    if (!t)
        return;
    m_name->setText(t->name);
    m_seats->setValue(t->seats);
    m_shape->setCurrentIndex(m_shape->findData(int(t->shape)));
    m_zone->setCurrentIndex(m_zone->findData(t->zoneId));
}

void FloorPlanEditor::applyProperties()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    m_doc.setTableProperties(ids.first(), m_name->text().trimmed(), m_seats->value(), TableShape(m_shape->currentData().toInt()),
                             m_zone->currentData().toString());
}

void FloorPlanEditor::addTable(TableShape shape)
{
    Table t;
    t.shape = shape;
    t.w = shape == TableShape::Round ? 80 : 100;
    t.h = 80;
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    t.x = centre.x() - t.w / 2;
    t.y = centre.y() - t.h / 2;
    const QString id = m_doc.addTable(t);
    select({id});
}

void FloorPlanEditor::save()
{
    m_message->setText(tr("Saving…"));
    m_ctx->api.saveFloorPlan(m_doc.plan(), this, [this](Result<FloorPlan> r) {
        if (r) {
            m_doc.markSaved(r->version);
            m_message->setText(tr("Saved (version %1).").arg(r->version));
            m_ctx->store.reload();
            return;
        }
        if (r.error().code != ErrorCode::VersionConflict) {
            m_message->setText(client::ErrorText::forError(r.error()));
            return;
        }
        // Someone saved first: take their plan and say so, rather than overwrite it.
        m_ctx->api.floorPlan(this, [this](Result<FloorPlan> plan) {
            if (plan)
                m_doc.reset(*plan);
            m_message->setText(tr("The floor plan was changed on another device. It has been reloaded; please make your changes again."));
        });
    });
}

} // namespace tavola::ui
