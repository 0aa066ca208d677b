// The floor-plan document: every editing command round-trips through undo and redo, drags merge
// into one step, edits snap to the grid, and the typed change signal names what changed.
#include "floorplandocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::ui;

namespace {

FloorPlan samplePlan()
{
    FloorPlan p;
    p.version = 3;
    p.zones = {Zone{u"z1"_s, u"Indoor"_s}};
    Table a;
    a.id = u"1"_s;
    a.name = u"T1"_s;
    a.zoneId = u"z1"_s;
    a.x = 100;
    a.y = 100;
    Table b = a;
    b.id = u"2"_s;
    b.name = u"T2"_s;
    b.x = 300;
    p.tables = {a, b};
    return p;
}

} // namespace

class TestFloorPlanDocument : public QObject
{
    Q_OBJECT

    /// Runs an edit, then checks undo gives back `before` exactly and redo gives `after` again.
    void roundTrip(FloorPlanDocument &doc, const std::function<void()> &edit)
    {
        const FloorPlan before = doc.plan();
        const int steps = doc.undoStack()->count();
        edit();
        const FloorPlan after = doc.plan();
        QVERIFY(after != before);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.plan(), before);
        doc.undoStack()->redo();
        QCOMPARE(doc.plan(), after);
    }

private slots:
    void everyCommandRoundTrips()
    {
        FloorPlanDocument doc(samplePlan());
        QSignalSpy tables(&doc, &FloorPlanDocument::tablesChanged);
        Table t;
        t.x = 503;
        t.y = 207;
        QString added;
        roundTrip(doc, [&] { added = doc.addTable(t); });
        QCOMPARE(doc.plan().tables.size(), 3);
        QCOMPARE(doc.plan().table(added)->name, u"T3"_s);
        QCOMPARE(doc.plan().table(added)->x, 500.0); // snapped to the 10 px grid
        QCOMPARE(doc.plan().table(added)->zoneId, u"z1"_s);
        QVERIFY(tables.count() > 0);
        QCOMPARE(tables.last().at(0).toStringList(), QStringList{added});

        roundTrip(doc, [&] { doc.moveTables({u"1"_s, u"2"_s}, {40, -20}); });
        QCOMPARE(doc.plan().table(u"1"_s)->x, 140.0);
        QCOMPARE(doc.plan().table(u"2"_s)->y, 80.0);
        roundTrip(doc, [&] { doc.resizeTable(u"1"_s, {123, 61}); });
        QCOMPARE(doc.plan().table(u"1"_s)->w, 120.0);
        QCOMPARE(doc.plan().table(u"1"_s)->h, 60.0);
        roundTrip(doc, [&] { doc.rotateTable(u"2"_s, -45); });
        QCOMPARE(doc.plan().table(u"2"_s)->rotation, 315.0);
        roundTrip(doc, [&] { doc.setTableProperties(u"2"_s, u"Window"_s, 6, TableShape::Round, u"z1"_s); });
        QCOMPARE(doc.plan().table(u"2"_s)->shape, TableShape::Round);
        QString zone;
        roundTrip(doc, [&] { zone = doc.addZone(u"Terrace"_s); });
        QCOMPARE(doc.plan().zones.size(), 2);
        roundTrip(doc, [&] { doc.renameZone(zone, u"Garden"_s); });
        QCOMPARE(doc.plan().zones.last().name, u"Garden"_s);
        roundTrip(doc, [&] { doc.deleteTables({u"1"_s, added}); });
        QCOMPARE(doc.plan().tables.size(), 1);
        // Undoing everything gives the loaded plan back, in its order.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(doc.plan(), samplePlan());
        QVERIFY(!doc.isModified());
    }

    // A new shop's plan is empty: its first table makes a zone, so the plan can be saved.
    void theFirstTableOfAnEmptyPlanGetsAZone()
    {
        FloorPlanDocument doc;
        doc.reset(FloorPlan{});
        Table t;
        t.w = 100;
        t.h = 80;
        const QString id = doc.addTable(t);
        QCOMPARE(doc.plan().zones.size(), 1);
        QCOMPARE(doc.plan().table(id)->zoneId, doc.plan().zones.first().id);
        QVERIFY(FloorPlan::fromJson(doc.plan().toJson()).ok()); // what PUT /floor-plan accepts
    }

    void aDragIsOneUndoStep()
    {
        FloorPlanDocument doc(samplePlan());
        for (int i = 0; i < 10; ++i)
            doc.moveTables({u"1"_s}, {10, 0}, 7);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.plan().table(u"1"_s)->x, 200.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.plan().table(u"1"_s)->x, 100.0);
        doc.undoStack()->redo();
        // A second drag is its own step; so is a move of other tables.
        doc.moveTables({u"1"_s}, {10, 0}, 8);
        doc.moveTables({u"2"_s}, {10, 0}, 8);
        QCOMPARE(doc.undoStack()->count(), 3);
        // Moves without a drag id (keyboard nudges) never merge.
        doc.moveTables({u"2"_s}, {10, 0});
        doc.moveTables({u"2"_s}, {10, 0});
        QCOMPARE(doc.undoStack()->count(), 5);
    }

    void savingAndReloading()
    {
        FloorPlanDocument doc(samplePlan());
        doc.moveTables({u"1"_s}, {10, 0});
        QVERIFY(doc.isModified());
        doc.markSaved(4);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.plan().version, 4);
        // A conflict reloads the server's plan: the history starts again.
        QSignalSpy all(&doc, &FloorPlanDocument::tablesChanged);
        doc.reset(samplePlan());
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(all.count(), 1);
        QVERIFY(all.first().at(0).toStringList().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFloorPlanDocument)
#include "tst_floorplan_document.moc"
