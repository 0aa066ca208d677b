#pragma once
// The base of the main-window UI tests (as KeePassXC's GuiTestBase is for theirs): a fresh
// in-process tavola-server per test, tills opened on it, the app's theme, Thai or English, and
// screenshots of what the test reached. Each tst_ui_*.cpp derives from it and adds the tests of
// one area; the slots here (initTestCase, init, cleanup) run for every one of them.
#include "appcontext.h"
#include "auditpage.h"
#include "certificatepins.h"
#include "checkoutpage.h"
#include "floorplaneditor.h"
#include "floorplanview.h"
#include "historypage.h"
#include "http/tlscert.h"
#include "kitchenboard.h"
#include "loginpage.h"
#include "mainwindow.h"
#include "orderpage.h"
#include "printqueueview.h"
#include "queueboard.h"
#include "reportspage.h"
#include "serverharness.h"
#include "serverstate.h"
#include "settingspage.h"
#include "shiftpage.h"
#include "splitpage.h"
#include "staffpage.h"
#include "storage/database.h"
#include "testutil.h"
#include "theme.h"
#include "tilldriver.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUuid>

#include <cmath>

namespace tavola::test {

using namespace Qt::StringLiterals;
using namespace tavola::ui;

class GuiTestBase : public QObject
{
    Q_OBJECT

protected:
    ServerFixture m_fx;
    QTemporaryDir m_dir;
    QTranslator m_th;
    QString m_lang = u"en"_s;

    /// A till window; `outboxPath` names its local files (a fresh place by default, the same one to
    /// "restart" a till).
    Till openTill(const QString &role = {}, const QString &outboxPath = {})
    {
        return outboxPath.isEmpty() ? openFreshTill(m_fx.url(), m_dir, role) : test::openTill(m_fx.url(), outboxPath, role);
    }

    QString tableStatus(Till &t, const QString &tableId)
    {
        const Table *table = t.ctx->store.tables()->find(tableId);
        return table ? enumName(table->status) : QString();
    }

    void shoot(QWidget *w, const QString &name)
    {
        QApplication::processEvents();
        QTest::qWait(100);
        const QString dir = QStringLiteral(TAVOLA_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(u"%1/%2-%3.png"_s.arg(dir, name, m_lang)));
    }

    void setLanguage(const QString &lang)
    {
        m_lang = lang;
        QCoreApplication::removeTranslator(&m_th);
        if (lang == u"th"_s) {
            QVERIFY(m_th.load(u"tavola_th.qm"_s, QStringLiteral(TAVOLA_QM_DIR)));
            QCoreApplication::installTranslator(&m_th);
            QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }

    /// Data rows: the test runs in English and in Thai.
    static void bothLanguages()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("th") << u"th"_s;
    }

private slots:
    void initTestCase()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        theme::apply(*app);
    }
    void init() { QVERIFY(m_fx.start()); }
    void cleanup() { m_fx.stop(); }
};

} // namespace tavola::test
