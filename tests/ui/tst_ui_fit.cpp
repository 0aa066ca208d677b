// What a till of any width shows: the floor plan fits the room to the view, zooms and comes back,
// and says what its colours mean; the menu takes as many columns of dishes as the width allows.
#include "orderpage.h"
#include "tilldriver.h"

#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;
using namespace tavola;
using namespace tavola::test;
using tavola::ui::MainWindow;

class TestUiFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerFixture m_fx;

    /// The columns of the menu grid now: the most dishes on one row.
    static int menuColumns(MainWindow &window)
    {
        int columns = 0;
        for (auto *grid : window.orderPage()->findChildren<QGridLayout *>()) {
            for (int i = 0; i < grid->count(); ++i) {
                int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
                grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
                if (grid->itemAt(i)->widget() && grid->itemAt(i)->widget()->objectName().startsWith(u"menu-item-"_s))
                    columns = std::max(columns, column + 1);
            }
        }
        return columns;
    }

private slots:
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }

    void theFloorPlanZoomsAndShowsAllAgain()
    {
        Till till = openFreshTill(m_fx.url(), m_dir);
        signIn(till, u"cashier1"_s);
        ui::FloorPlanView *view = till.window->floorPlan();
        // Every table is in view at first.
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        for (const Table &t : till.ctx->store.tables()->items())
            QVERIFY2(visible.contains(view->item(t.id)->sceneBoundingRect()), qPrintable(t.name));
        // The legend names every status in the cashier's language.
        for (const QString &status : {u"vacant"_s, u"seated"_s, u"serving"_s, u"checkout"_s, u"cleaning"_s}) {
            auto *label = find<QLabel>(till.window.get(), u"legend-"_s + status);
            QVERIFY2(label && label->isVisible() && !label->text().isEmpty(), qPrintable(status));
        }
        const qreal fitted = view->transform().m11();
        click(till.window.get(), u"floor-zoom-in"_s);
        click(till.window.get(), u"floor-zoom-in"_s);
        QVERIFY(view->transform().m11() > fitted * 1.5);
        // Zoomed in, not every table is in view; "Show all" brings them back.
        const QRectF zoomed = view->mapToScene(view->viewport()->rect()).boundingRect();
        bool someHidden = false;
        for (const Table &t : till.ctx->store.tables()->items())
            someHidden |= !zoomed.contains(view->item(t.id)->sceneBoundingRect());
        QVERIFY(someHidden);
        click(till.window.get(), u"floor-fit"_s);
        QCOMPARE(view->transform().m11(), fitted);
    }

    void theMenuTakesTheColumnsTheWidthAllows()
    {
        Till till = openFreshTill(m_fx.url(), m_dir);
        signIn(till, u"cashier1"_s);
        tapTable(till, u"4"_s);
        till.window->resize(1024, 768);
        QTRY_COMPARE(till.window->size(), QSize(1024, 768));
        QTRY_VERIFY(menuColumns(*till.window) >= 2); // never fewer than two on a till
        const int narrow = menuColumns(*till.window);
        till.window->resize(1920, 1080);
        QTRY_VERIFY(menuColumns(*till.window) > narrow);
        QVERIFY(menuColumns(*till.window) >= 5);
    }
};

QTEST_MAIN(TestUiFit)
#include "tst_ui_fit.moc"
