#include "mainwindow.h"

#include "appcontext.h"
#include "auditpage.h"
#include "checkoutpage.h"
#include "customerdisplay.h"
#include "errortext.h"
#include "floorplaneditor.h"
#include "floorplanview.h"
#include "historypage.h"
#include "kitchenboard.h"
#include "loginpage.h"
#include "menueditorpage.h"
#include "orderpage.h"
#include "printqueueview.h"
#include "queueboard.h"
#include "queuedisplay.h"
#include "reportspage.h"
#include "sessionstore.h"
#include "settingspage.h"
#include "shiftpage.h"
#include "splitpage.h"
#include "staffpage.h"
#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

MainWindow::MainWindow(AppContext *ctx, const QString &forcedRole, QWidget *parent)
    : QMainWindow(parent),
      m_ctx(ctx),
      m_forcedRole(enumFromName<Role>(forcedRole))
{
    if (forcedRole == u"queue"_s)
        m_forcedDisplay = Display::Queue;
    else if (forcedRole == u"queue-display"_s)
        m_forcedDisplay = Display::QueueDisplay;
    setObjectName(u"mainwindow"_s);
    setWindowTitle(tr("Tavola"));
    resize(1280, 800);
    auto *central = new QWidget;
    auto *v = new QVBoxLayout(central);
    v->setContentsMargins(8, 8, 8, 8);
    m_nav = new QWidget;
    m_nav->setObjectName(u"nav"_s);
    auto *nav = new QHBoxLayout(m_nav);
    nav->setContentsMargins(0, 0, 0, 0);
    m_navFloor = new QPushButton(tr("Tables"));
    m_navFloor->setObjectName(u"nav-floor"_s);
    m_navKitchen = new QPushButton(tr("Kitchen"));
    m_navKitchen->setObjectName(u"nav-kitchen"_s);
    m_navQueue = new QPushButton(tr("Queue"));
    m_navQueue->setObjectName(u"nav-queue"_s);
    m_navEditor = new QPushButton(tr("Edit plan"));
    m_navEditor->setObjectName(u"nav-editor"_s);
    auto *navSettings = new QPushButton(tr("Settings"));
    navSettings->setObjectName(u"nav-settings"_s);
    m_navShift = new QPushButton(tr("Shift"));
    m_navShift->setObjectName(u"nav-shift"_s);
    m_navReports = new QPushButton(tr("Reports"));
    m_navReports->setObjectName(u"nav-reports"_s);
    m_navHistory = new QPushButton(tr("History"));
    m_navHistory->setObjectName(u"nav-history"_s);
    auto *navPrinting = new QPushButton(tr("Printing"));
    navPrinting->setObjectName(u"nav-printing"_s);
    auto *signOut = new QPushButton(tr("Sign out"));
    signOut->setObjectName(u"nav-signout"_s);
    theme::setIcon(signOut, u"signout"_s);
    connect(m_navFloor, &QPushButton::clicked, this, [this] { showScreen(Screen::Floor); });
    connect(m_navKitchen, &QPushButton::clicked, this, [this] { showScreen(Screen::Kitchen); });
    connect(m_navQueue, &QPushButton::clicked, this, [this] { showScreen(Screen::Queue); });
    connect(m_navEditor, &QPushButton::clicked, this, [this] {
        m_editor->load();
        showScreen(Screen::Editor);
    });
    connect(signOut, &QPushButton::clicked, this, [this] {
        if (m_sessions) // signed out: nothing to come back to
            m_sessions->clear([](Status) {});
        m_ctx->realtime.stop();
        m_ctx->api.logout(this, [this](Status) { showScreen(Screen::Login); });
    });
    nav->addWidget(m_navFloor);
    nav->addWidget(m_navKitchen);
    nav->addWidget(m_navQueue);
    nav->addWidget(m_navEditor);
    nav->addWidget(m_navShift);
    nav->addWidget(m_navReports);
    nav->addWidget(m_navHistory);
    nav->addWidget(navPrinting);
    nav->addWidget(navSettings);
    nav->addStretch();
    nav->addWidget(signOut);
    v->addWidget(m_nav);

    // "Resume the unfinished order for table T5?" after a crash or a restart.
    m_draftBanner = new QFrame;
    m_draftBanner->setObjectName(u"draft-banner"_s);
    m_draftBanner->setStyleSheet(u"QFrame#draft-banner { background: #fff1b8; border-radius: 10px; }"_s);
    auto *banner = new QHBoxLayout(m_draftBanner);
    m_draftText = new QLabel;
    m_draftText->setObjectName(u"draft-text"_s);
    m_draftText->setProperty("role", u"title"_s);
    banner->addWidget(m_draftText, 1);
    auto *resume = new QPushButton(tr("Resume"));
    resume->setObjectName(u"draft-resume"_s);
    resume->setProperty("accent", true);
    auto *discard = new QPushButton(tr("Discard"));
    discard->setObjectName(u"draft-discard"_s);
    banner->addWidget(resume);
    banner->addWidget(discard);
    connect(resume, &QPushButton::clicked, this, [this] {
        m_draftBanner->hide();
        m_order->showTable(m_draftTable);
        showScreen(Screen::Order);
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        if (auto s = m_ctx->outbox.clearCart(m_draftTable); !s) { // the till's own disk refused: say so, keep the offer
            m_draftText->setText(tr("Could not discard the order on this till: %1").arg(s.error().message));
            return;
        }
        m_draftBanner->hide();
        offerDraft();
    });
    m_draftBanner->hide();
    v->addWidget(m_draftBanner);

    m_needsServer = theme::warningLabel(u"needs-server"_s);
    m_needsServer->hide();
    v->addWidget(m_needsServer);

    m_stack = new QStackedWidget;
    m_login = new LoginPage(ctx);
    m_floor = new FloorPlanView(ctx);
    m_order = new OrderPage(ctx);
    m_checkout = new CheckoutPage(ctx);
    m_kitchen = new KitchenBoard(ctx);
    m_queue = new QueueBoard(ctx);
    m_editor = new FloorPlanEditor(ctx);
    m_settings = new SettingsPage(ctx);
    m_printing = new PrintQueueView(ctx);
    m_shift = new ShiftPage(ctx);
    m_reports = new ReportsPage(ctx);
    m_queueDisplay = new QueueDisplay(ctx);
    m_history = new HistoryPage(ctx);
    m_split = new SplitPage(ctx);
    m_staff = new StaffPage(ctx);
    m_audit = new AuditPage(ctx);
    m_menuEditor = new MenuEditorPage(ctx);
    connect(m_navHistory, &QPushButton::clicked, this, [this] {
        m_history->load();
        showScreen(Screen::History);
    });
    connect(m_navReports, &QPushButton::clicked, this, [this] {
        m_reports->load();
        showScreen(Screen::Reports);
    });
    connect(m_navShift, &QPushButton::clicked, this, [this] {
        m_shift->load();
        showScreen(Screen::Shift);
    });
    connect(navSettings, &QPushButton::clicked, this, [this] {
        m_settings->load();
        showScreen(Screen::Settings);
    });
    connect(navPrinting, &QPushButton::clicked, this, [this] {
        m_printing->refresh();
        showScreen(Screen::Printing);
    });
    connect(m_editor, &FloorPlanEditor::back, this, [this] { showScreen(Screen::Floor); });
    for (QWidget *w : {static_cast<QWidget *>(m_login), static_cast<QWidget *>(m_floor), static_cast<QWidget *>(m_order),
                       static_cast<QWidget *>(m_checkout), static_cast<QWidget *>(m_kitchen), static_cast<QWidget *>(m_queue),
                       static_cast<QWidget *>(m_editor), static_cast<QWidget *>(m_settings), static_cast<QWidget *>(m_printing),
                       static_cast<QWidget *>(m_shift), static_cast<QWidget *>(m_reports), static_cast<QWidget *>(m_queueDisplay),
                       static_cast<QWidget *>(m_history), static_cast<QWidget *>(m_split), static_cast<QWidget *>(m_staff),
                       static_cast<QWidget *>(m_audit), static_cast<QWidget *>(m_menuEditor)})
        m_stack->addWidget(w);
    v->addWidget(m_stack, 1);
    theme::sizeToCurrentPage(m_stack); // the window fits the screen on show, not the largest of all
    setCentralWidget(central);

    m_status = new QLabel;
    m_status->setObjectName(u"connection"_s);
    statusBar()->addPermanentWidget(m_status, 1);

    connect(m_login, &LoginPage::signedIn, this, &MainWindow::onSignedIn);
    connect(m_floor, &FloorPlanView::tableActivated, this, [this](const QString &tableId) {
        if (isDisplay())
            return;
        m_order->showTable(tableId);
        showScreen(Screen::Order);
    });
    connect(m_floor, &FloorPlanView::counterOrderRequested, this, [this](OrderType type) {
        if (isDisplay())
            return;
        m_order->startCounterOrder(type);
        showScreen(Screen::Order);
    });
    connect(m_floor, &FloorPlanView::counterOrderActivated, this, [this](const QString &orderRef) {
        if (isDisplay())
            return;
        m_order->showCounterOrder(orderRef);
        showScreen(Screen::Order);
    });
    connect(m_floor, &FloorPlanView::orderDropped, this, [this](const QString &orderId, const QString &tableId) {
        if (client::Outbox::isLocal(orderId))
            return; // still being saved: move it once it has reached the server
        if (!m_ctx->online()) {
            m_status->setText(tr("Moving an order: %1").arg(AppContext::needsServerText()));
            return;
        }
        const Table *target = m_ctx->store.tables()->find(tableId);
        if (!target)
            return;
        // The answer, for a move and a join alike.
        auto moved = [this, joined = !target->orderId.isEmpty(), name = target->name](Result<Order> r) {
            m_status->setText(!r           ? client::ErrorText::forError(r.error())
                                  : joined ? tr("The bills are joined on table %1.").arg(name)
                                           : tr("Order moved."));
            if (r)
                m_ctx->store.reload();
        };
        if (target->orderId.isEmpty()) { // a free table: the bill moves there
            m_ctx->moveBillTo(orderId, *target, this, moved);
            return;
        }
        // A table with guests: the two bills become one, once the cashier says so.
        const Order *from = m_ctx->store.order(orderId);
        const Table *source = from ? m_ctx->store.tables()->find(from->tableId) : nullptr;
        auto *ask = new QMessageBox(QMessageBox::Question, tr("Join the bills"),
                                    tr("Join table %1's bill onto table %2's? Its dishes move to table %2's bill and table %1 is freed.")
                                        .arg(source ? source->name : QString(), target->name),
                                    QMessageBox::NoButton, this);
        ask->setObjectName(u"merge-confirm"_s);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *yes = ask->addButton(tr("Join the bills"), QMessageBox::AcceptRole);
        yes->setObjectName(u"merge-yes"_s);
        ask->addButton(tr("Cancel"), QMessageBox::RejectRole)->setObjectName(u"merge-no"_s);
        // (The answer is the button: a dialog's custom buttons do not map onto accepted().)
        connect(ask, &QMessageBox::buttonClicked, this, [this, yes, orderId, to = *target, moved](QAbstractButton *b) {
            if (b == yes)
                m_ctx->moveBillTo(orderId, to, this, moved);
        });
        ask->open();
    });
    connect(m_order, &OrderPage::back, this, [this] { showScreen(Screen::Floor); });
    connect(m_order, &OrderPage::writeStateChanged, this, &MainWindow::updateStatus);
    connect(m_order, &OrderPage::checkoutRequested, this, [this](const QString &ref) {
        if (staffRole() == Role::Waiter)
            return; // waiters request the bill; a cashier takes the money
        m_checkout->showOrder(ref);
        showScreen(Screen::Checkout);
    });
    connect(m_checkout, &CheckoutPage::done, this, [this] { showScreen(Screen::Floor); });
    connect(m_order, &OrderPage::splitRequested, this, [this](const QString &orderId) {
        m_split->showOrder(orderId);
        showScreen(Screen::Split);
    });
    connect(m_split, &SplitPage::finished, this, [this] { showScreen(Screen::Order); });
    connect(m_settings, &SettingsPage::staffRequested, this, [this] {
        m_staff->load();
        showScreen(Screen::Staff);
    });
    connect(m_staff, &StaffPage::back, this, [this] { showScreen(Screen::Settings); });
    connect(m_settings, &SettingsPage::auditRequested, this, [this] {
        m_audit->load();
        showScreen(Screen::Audit);
    });
    connect(m_audit, &AuditPage::back, this, [this] { showScreen(Screen::Settings); });
    connect(m_settings, &SettingsPage::menuRequested, this, [this] {
        m_menuEditor->load();
        showScreen(Screen::MenuEditor);
    });
    connect(m_menuEditor, &MenuEditorPage::back, this, [this] { showScreen(Screen::Settings); });
    connect(&m_ctx->store, &client::ClientStore::loaded, this, [this] {
        if (m_screen == Screen::Login)
            return;
        offerDraft();
        emit ready();
    });
    connect(&m_ctx->store, &client::ClientStore::loadFailed, this,
            [this](const Error &e) { m_status->setText(client::ErrorText::forError(e)); });
    connect(&m_ctx->realtime, &client::RealtimeClient::stateChanged, this, &MainWindow::updateStatus);
    connect(&m_ctx->realtime, &client::RealtimeClient::stateChanged, this, &MainWindow::updateServerOnly);
    connect(&m_ctx->outbox, &client::Outbox::pendingCountChanged, this, &MainWindow::updateStatus);
    connect(&m_ctx->outbox, &client::Outbox::actionFailed, this, &MainWindow::updateStatus);
    connect(&m_ctx->api, &client::ApiClient::sessionExpired, this, [this] { showScreen(Screen::Login); });
    connect(&m_ctx->pins, &client::CertificatePins::untrusted, this, &MainWindow::askToTrustServer);
    m_health.setInterval(20'000);
    connect(&m_health, &QTimer::timeout, this, &MainWindow::checkServerHealth);
    // A refused or retried action may be the server's trouble (a full disk): ask at once.
    connect(&m_ctx->outbox, &client::Outbox::actionFailed, this, &MainWindow::checkServerHealth);
    connect(&m_ctx->outbox, &client::Outbox::pendingCountChanged, this, [this] {
        if (!m_serverProblem.isEmpty() || m_ctx->outbox.pendingCount() > 0)
            checkServerHealth();
    });
    // The idle lock: a layer over the whole window with the PIN pad; the screen stays beneath.
    m_lockLayer = new QFrame(central);
    m_lockLayer->setObjectName(u"lock"_s);
    m_lockLayer->setAutoFillBackground(true);
    m_lockLayer->setStyleSheet(u"QFrame#lock { background: #f4f1ea; }"_s);
    auto *lockBox = new QVBoxLayout(m_lockLayer);
    m_lockPage = new LoginPage(ctx, nullptr, u"lock-"_s);
    lockBox->addWidget(m_lockPage);
    m_lockLayer->hide();
    connect(m_lockPage, &LoginPage::signedIn, this, &MainWindow::unlock);
    m_idle.setSingleShot(true);
    m_idle.setInterval(0); // never, until the app sets the till's idle time (setIdleLockSeconds)
    connect(&m_idle, &QTimer::timeout, this, &MainWindow::lock);
    qApp->installEventFilter(this);

    // The guest's view follows the till, settled over a moment (a burst of taps sends one update).
    m_guestTimer.setSingleShot(true);
    m_guestTimer.setInterval(150);
    connect(&m_guestTimer, &QTimer::timeout, this, &MainWindow::updateCustomerView);
    connect(m_order, &OrderPage::guestViewChanged, &m_guestTimer, qOverload<>(&QTimer::start));
    connect(m_checkout, &CheckoutPage::guestViewChanged, &m_guestTimer, qOverload<>(&QTimer::start));
    showScreen(Screen::Login);
    updateStatus();
}

MainWindow::~MainWindow()
{
    delete m_guestScreen; // its own window, drawing from the context this window shares
}

CustomerView MainWindow::customerView() const
{
    if (m_screen == Screen::Checkout)
        return m_checkout->guestView();
    if (m_screen == Screen::Order) {
        CustomerView v = m_order->guestView();
        if (!v.lines.isEmpty())
            return v;
    }
    return {}; // idle: the shop's name
}

void MainWindow::updateCustomerView()
{
    const CustomerView view = customerView();
    if (view == m_guestView)
        return;
    m_guestView = view;
    emit customerViewChanged(view);
    if (m_tillName.isEmpty() || m_screen == Screen::Login)
        return;
    m_ctx->api.showOnCustomerDisplay(m_tillName, view, this, [](Result<CustomerView>) {
        // Best effort: a display on another machine catches up with the next change.
    });
}

CustomerDisplay *MainWindow::openCustomerDisplay(QScreen *screen)
{
    if (!m_guestScreen) {
        m_guestScreen = new CustomerDisplay(m_ctx);
        m_guestScreen->setAttribute(Qt::WA_DeleteOnClose);
        // The guest's screen never takes the keyboard from the till (a scanner types into the till).
        m_guestScreen->setAttribute(Qt::WA_ShowWithoutActivating);
        m_guestScreen->setWindowFlag(Qt::WindowDoesNotAcceptFocus);
        connect(this, &MainWindow::customerViewChanged, m_guestScreen, &CustomerDisplay::showView);
        m_guestScreen->showView(m_guestView);
    }
    if (screen) {
        m_guestScreen->setScreen(screen);
        m_guestScreen->setGeometry(screen->geometry());
        m_guestScreen->showFullScreen();
    } else {
        m_guestScreen->resize(1024, 600);
        m_guestScreen->show();
    }
    if (isVisible()) // a window manager that ignores the hints above: the till takes the keyboard back
        activateWindow();
    return m_guestScreen;
}

void MainWindow::askToTrustServer(const QString &server, const QString &fingerprint, bool changed)
{
    if (findChild<QMessageBox *>(u"certificate-trust"_s))
        return; // one question at a time (REST and the event stream both ask)
    auto *box = new QMessageBox(this);
    box->setObjectName(u"certificate-trust"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(changed ? QMessageBox::Critical : QMessageBox::Question);
    box->setWindowTitle(changed ? tr("The server's certificate has changed") : tr("Trust this server?"));
    box->setText(changed ? tr("The server at %1 shows a different certificate from the one this till trusted. "
                              "This happens when the server got a new certificate — or when another machine pretends to be it.")
                               .arg(server)
                         : tr("This till connects to %1 for the first time. Compare this fingerprint with the one the server "
                              "printed (tavola-server --make-cert, or its log) before trusting it.")
                               .arg(server));
    box->setInformativeText(tr("SHA-256 fingerprint:") + u"\n"_s + fingerprint);
    QPushButton *trust = box->addButton(changed ? tr("Trust the new certificate") : tr("Trust this server"), QMessageBox::AcceptRole);
    trust->setObjectName(u"certificate-trust-yes"_s);
    QPushButton *cancel = box->addButton(tr("Do not connect"), QMessageBox::RejectRole);
    cancel->setObjectName(u"certificate-trust-no"_s);
    box->setDefaultButton(cancel);
    connect(trust, &QPushButton::clicked, this, [this, server, fingerprint] {
        m_ctx->pins.pin(server, fingerprint);
        m_status->setText(tr("Server trusted. Sign in again."));
    });
    box->open();
}

void MainWindow::checkServerHealth()
{
    if (m_screen == Screen::Login)
        return;
    m_ctx->api.health(this, [this](Result<ServerHealth> r) {
        QString problem;
        if (r && r->database == ServerHealth::Database::Degraded)
            problem = tr("⚠ The server cannot save: its disk is full. Sales are not being saved — tell the manager.");
        else if (r && r->database == ServerHealth::Database::Disconnected)
            problem = tr("⚠ The server has lost its database. Sales are not being saved — tell the manager.");
        if (problem != m_serverProblem) {
            m_serverProblem = problem;
            updateStatus();
        }
    });
}

std::optional<Role> MainWindow::staffRole() const
{
    return m_forcedRole ? m_forcedRole : m_ctx->role();
}

MainWindow::Display MainWindow::display() const
{
    if (m_forcedDisplay != Display::None)
        return m_forcedDisplay;
    return staffRole() == Role::Kitchen ? Display::Kitchen : Display::None;
}

bool MainWindow::isDisplay() const
{
    return display() != Display::None;
}

void MainWindow::applyRole()
{
    const Display shown = display();
    const bool kitchen = shown == Display::Kitchen;
    const bool queue = shown == Display::Queue || shown == Display::QueueDisplay;
    m_navFloor->setVisible(!kitchen && !queue);
    m_navKitchen->setVisible(kitchen || m_ctx->isManager());
    m_navQueue->setVisible(!kitchen);
    m_navEditor->setVisible(m_ctx->isManager() && !kitchen && !queue);
    m_navReports->setVisible(m_ctx->isManager() && !kitchen && !queue);
    m_navHistory->setVisible(!kitchen && !queue && staffRole() != Role::Waiter && m_ctx->role() != Role::Waiter);
    m_navShift->setVisible(!kitchen && !queue && staffRole() != Role::Waiter && m_ctx->role() != Role::Waiter);
}

void MainWindow::setIdleLockSeconds(int seconds)
{
    m_idleLockSeconds = std::max(0, seconds);
    applyIdleLock();
}

void MainWindow::applyIdleLock()
{
    const int seconds = isDisplay() ? 0 : m_idleLockSeconds; // a display nobody touches must not lock
    m_idle.setInterval(seconds * 1000);
    if (seconds <= 0)
        m_idle.stop();
    else if (m_screen != Screen::Login)
        m_idle.start();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_idle.interval() > 0 && m_screen != Screen::Login && !m_locked)
            m_idle.start(); // someone is at the till
        break;
    default: break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_lockLayer->setGeometry(centralWidget()->rect());
    // On a till narrower than 1280 px the navigation's buttons take less padding, so that a
    // manager's ten fit beside "Sign out" at 1024 px in Thai and English.
    const bool compact = width() < 1280;
    if (m_nav->property("compact").toBool() != compact) {
        m_nav->setProperty("compact", compact);
        for (QPushButton *b : m_nav->findChildren<QPushButton *>()) {
            b->style()->unpolish(b);
            b->style()->polish(b);
        }
    }
}

void MainWindow::lock()
{
    if (m_locked || m_screen == Screen::Login)
        return;
    m_locked = true;
    m_idle.stop();
    m_lockedUser = m_ctx->api.session().username;
    m_lockPage->setLocked(true, m_lockedUser);
    m_stack->setEnabled(false); // nothing underneath takes a tap or a key while locked
    m_nav->setEnabled(false);
    m_lockLayer->setGeometry(centralWidget()->rect());
    m_lockLayer->show();
    m_lockLayer->raise();
    m_lockPage->focusEntry();
    updateStatus();
}

void MainWindow::unlock()
{
    const bool otherUser = m_ctx->api.session().username != m_lockedUser;
    m_locked = false;
    m_lockLayer->hide();
    m_stack->setEnabled(true);
    m_nav->setEnabled(true);
    if (otherUser) {
        // Another cashier takes over the screen as it is: their role's buttons, their events.
        applyRole();
        m_ctx->realtime.stop();
        m_ctx->startSession();
    }
    if (m_idle.interval() > 0)
        m_idle.start();
    updateStatus();
}

void MainWindow::setSessionStore(client::SessionStore *store)
{
    m_sessions = store;
    connect(&m_ctx->api, &client::ApiClient::sessionChanged, this, [this] {
        const client::AuthSession &session = m_ctx->api.session();
        if (m_sessions && !session.refreshToken.isEmpty())
            m_sessions->save({m_ctx->api.baseUrl(), session.username, session.refreshToken}, [](Status) {
                // A missing keychain is said once on the sign-in page (keychainUnavailable).
            });
    });
    connect(&m_ctx->api, &client::ApiClient::sessionExpired, this, [this] {
        if (m_sessions)
            m_sessions->clear([](Status) {});
    });
}

void MainWindow::resumeSession()
{
    if (!m_sessions)
        return;
    m_sessions->load([this](Result<client::SessionStore::Saved> saved) {
        if (!saved || saved->serverUrl != m_ctx->api.baseUrl() || m_screen != Screen::Login)
            return; // nothing kept for this server (or someone signed in meanwhile)
        m_login->setUsername(saved->username);
        m_ctx->api.resumeSession(saved->refreshToken, this, [this](Result<client::AuthSession> r) {
            if (!r || m_screen != Screen::Login)
                return; // the token was refused or expired: the PIN, as usual
            onSignedIn();
            if (m_idle.interval() > 0)
                lock(); // the last user's lock screen: a restarted till is not left open
        });
    });
}

void MainWindow::onSignedIn()
{
    const Display shown = display();
    const bool kitchen = shown == Display::Kitchen;
    const bool queueDisplay = shown == Display::QueueDisplay;
    const bool queue = shown == Display::Queue || queueDisplay;
    applyRole();
    applyIdleLock();
    // A kitchen or queue display follows only its topic; anyone else (on the same till later) all.
    m_ctx->realtime.setTopics(kitchen ? QStringList{u"kitchen"_s} : queueDisplay ? QStringList{u"queue"_s} : QStringList{});
    m_ctx->startSession();
    updateStatus(); // who is signed in now
    showScreen(kitchen ? Screen::Kitchen : queueDisplay ? Screen::QueueDisplay : queue ? Screen::Queue : Screen::Floor);
}

void MainWindow::offerDraft()
{
    if (isDisplay())
        return;
    for (const auto &[table, cart] : m_ctx->outbox.carts()) {
        m_draftTable = table;
        const Table *t = m_ctx->store.tables()->find(m_draftTable);
        m_draftText->setText(tr("An order for table %1 was not sent. Resume it?").arg(t ? t->name : m_draftTable));
        m_draftBanner->show();
        return;
    }
    m_draftBanner->hide();
}

void MainWindow::showScreen(Screen screen)
{
    m_screen = screen;
    m_nav->setVisible(screen != Screen::Login && screen != Screen::QueueDisplay);
    if (screen == Screen::Login) {
        m_idle.stop();
        if (m_locked) { // signed out or the session ended while locked: the sign-in page takes over
            m_locked = false;
            m_lockLayer->hide();
            m_stack->setEnabled(true);
            m_nav->setEnabled(true);
        }
    } else if (m_idle.interval() > 0 && !m_locked) {
        m_idle.start();
    }
    if (screen == Screen::Login) {
        m_health.stop();
    } else if (!m_health.isActive()) {
        m_health.start();
        checkServerHealth();
    }
    if (screen == Screen::Login || screen == Screen::Order)
        m_draftBanner->hide();
    QWidget *pages[] = {m_login, m_floor,   m_order,        m_checkout, m_kitchen, m_queue, m_editor, m_settings,  m_printing,
                        m_shift, m_reports, m_queueDisplay, m_history,  m_split,   m_staff, m_audit,  m_menuEditor};
    m_stack->setCurrentWidget(pages[int(screen)]);
    updateServerOnly();
    m_guestTimer.start();
}

void MainWindow::updateServerOnly()
{
    // (Settings stays: this till's own settings work offline; its shop part says it needs the server.)
    const bool serverOnly = m_screen == Screen::Kitchen || m_screen == Screen::Queue || m_screen == Screen::Editor
        || m_screen == Screen::Shift || m_screen == Screen::Reports || m_screen == Screen::History || m_screen == Screen::Staff
        || m_screen == Screen::Audit || m_screen == Screen::MenuEditor;
    const bool blocked = serverOnly && !m_ctx->online();
    m_needsServer->setText(AppContext::needsServerText());
    m_needsServer->setVisible(blocked);
    m_stack->currentWidget()->setEnabled(!blocked);
}

void MainWindow::updateStatus()
{
    using State = client::RealtimeClient::State;
    const int pending = m_ctx->outbox.pendingCount();
    QString text;
    switch (m_ctx->realtime.state()) {
    case State::Online: text = tr("● Online"); break;
    case State::Connecting: text = tr("○ Connecting…"); break;
    case State::Reconnecting: text = tr("○ Connection lost — reconnecting…"); break;
    case State::Offline: text = m_screen == Screen::Login ? QString() : tr("○ Offline"); break;
    }
    // A refused action (a payment the server did not accept, a table taken meanwhile) needs the
    // cashier: it is never "all saved".
    const int failed = m_ctx->outbox.failedCount();
    if (failed > 0)
        text += u"   "_s + tr("⚠ %n action(s) refused by the server: needs the cashier", nullptr, failed);
    if (m_order->hasWriteError())
        text += u"   "_s + tr("⚠ Not saved on this till");
    else if (pending > 0)
        text += u"   "_s
            + (m_ctx->realtime.state() == State::Online ? tr("Saving %n action(s)…", nullptr, pending)
                                                        : tr("%n action(s) will sync when the connection is back", nullptr, pending));
    else if (failed == 0 && m_screen != Screen::Login)
        text += u"   "_s + tr("All saved");
    const QString who = m_ctx->api.session().displayName;
    if (!who.isEmpty())
        text += u"   ·   "_s + who;
    if (!m_serverProblem.isEmpty() && m_screen != Screen::Login)
        text = m_serverProblem + u"   "_s + text;
    if (m_locked)
        text = tr("Locked") + u"   "_s + text;
    m_status->setText(text);
    m_status->setProperty("serverProblem", !m_serverProblem.isEmpty());
    m_status->setStyleSheet(m_serverProblem.isEmpty() || m_screen == Screen::Login
                                ? QString()
                                : u"QLabel { background: #b3261e; color: white; font-weight: bold; padding: 4px; }"_s);
}

} // namespace tavola::ui
