#pragma once
// Driving the app's main window as a user would, shared by the UI tests: open a till against a
// server, find widgets by object name, tap them, sign in with the PIN pad, tap tables and dishes.
#include "appcontext.h"
#include "floorplanview.h"
#include "mainwindow.h"
#include "serverharness.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

#include <memory>

namespace tavola::test {

struct Till
{
    std::unique_ptr<ui::AppContext> ctx;
    std::unique_ptr<ui::MainWindow> window;
};

/// A till window on `serverUrl`; `outboxPath` names its local files (to "restart" a till, pass
/// the same one again).
inline Till openTill(const QString &serverUrl, const QString &outboxPath, const QString &role = {})
{
    Till t;
    t.ctx = std::make_unique<ui::AppContext>(serverUrl, outboxPath);
    t.window = std::make_unique<ui::MainWindow>(t.ctx.get(), role);
    t.window->resize(1280, 800);
    t.window->show();
    return t;
}

/// A till with local files of its own under `dir` (a new till, not a restarted one).
inline Till openFreshTill(const QString &serverUrl, const QTemporaryDir &dir, const QString &role = {})
{
    return openTill(serverUrl, dir.filePath(QStringLiteral("till-%1/outbox.db").arg(QUuid::createUuid().toString(QUuid::Id128))), role);
}

template<typename W = QWidget>
W *find(QWidget *root, const QString &name)
{
    return root->findChild<W *>(name);
}

inline void click(QWidget *root, const QString &name)
{
    auto *b = find<QAbstractButton>(root, name);
    QVERIFY2(b, qPrintable(QStringLiteral("no button ") + name));
    QVERIFY2(b->isEnabled(), qPrintable(QStringLiteral("button disabled: ") + name));
    QTest::mouseClick(b, Qt::LeftButton);
}

inline void signIn(Till &t, const QString &user, const QString &pin = {})
{
    find<QLineEdit>(t.window.get(), QStringLiteral("username"))->setText(user);
    for (const QChar c : pin.isEmpty() ? demoPins().value(user) : pin)
        click(t.window.get(), QStringLiteral("pin-") + c);
    click(t.window.get(), QStringLiteral("pin-ok"));
    QTRY_VERIFY_WITH_TIMEOUT(t.window->screen() != ui::MainWindow::Screen::Login, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(t.ctx->store.isLoaded(), 10000);
}

/// Taps a table on the floor plan where it is drawn.
inline void tapTable(Till &t, const QString &tableId)
{
    ui::FloorPlanView *view = t.window->floorPlan();
    ui::TableItem *item = view->item(tableId);
    QVERIFY(item);
    const QPoint at = view->mapFromScene(item->sceneBoundingRect().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(t.window->screen(), ui::MainWindow::Screen::Order);
}

/// The id of the dish with this English name in the till's menu.
inline QString dishId(const Till &t, const QString &name)
{
    for (const MenuItem &m : t.ctx->store.menu().items)
        if (m.name == name)
            return m.id;
    return {};
}

/// Taps a dish: finds its category tab first, like a cashier would.
inline void tapDish(Till &t, const QString &name)
{
    const QString id = dishId(t, name);
    QVERIFY2(!id.isEmpty(), qPrintable(name));
    auto *tabs = find<QTabBar>(t.window.get(), QStringLiteral("categories"));
    for (int i = 0; i < tabs->count() && !find<QToolButton>(t.window.get(), QStringLiteral("menu-item-") + id); ++i)
        tabs->setCurrentIndex(i);
    click(t.window.get(), QStringLiteral("menu-item-") + id);
}

} // namespace tavola::test
