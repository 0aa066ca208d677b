#pragma once

#include "domain/customerview.h"
#include "domain/staff.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class QScreen;
class QStackedWidget;

namespace tavola::client {
class SessionStore;
}

namespace tavola::ui {

class AppContext;
class CheckoutPage;
class CustomerDisplay;
class FloorPlanEditor;
class FloorPlanView;
class KitchenBoard;
class LoginPage;
class OrderPage;
class PrintQueueView;
class QueueBoard;
class QueueDisplay;
class SettingsPage;
class ReportsPage;
class HistoryPage;
class SplitPage;
class StaffPage;
class MenuEditorPage;
class AuditPage;
class ShiftPage;

/// The app's one window: sign-in, then the screens the user's role may use, with a status line
/// that always says whether the till is online and whether work is still being saved.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Screen {
        Login,
        Floor,
        Order,
        Checkout,
        Kitchen,
        Queue,
        Editor,
        Settings,
        Printing,
        Shift,
        Reports,
        QueueDisplay,
        History,
        Split,
        Staff,
        Audit,
        MenuEditor
    };

    /// `forcedRole` narrows the screens (e.g. "kitchen" for a kitchen display, "queue-display" for
    /// the waiting area's TV).
    MainWindow(AppContext *ctx, const QString &forcedRole = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showScreen(Screen screen);
    Screen screen() const { return m_screen; }
    LoginPage *loginPage() const { return m_login; }
    FloorPlanView *floorPlan() const { return m_floor; }
    OrderPage *orderPage() const { return m_order; }
    CheckoutPage *checkoutPage() const { return m_checkout; }
    KitchenBoard *kitchenBoard() const { return m_kitchen; }
    QueueBoard *queueBoard() const { return m_queue; }
    FloorPlanEditor *floorPlanEditor() const { return m_editor; }
    SettingsPage *settingsPage() const { return m_settings; }
    PrintQueueView *printQueueView() const { return m_printing; }
    ShiftPage *shiftPage() const { return m_shift; }
    ReportsPage *reportsPage() const { return m_reports; }
    HistoryPage *historyPage() const { return m_history; }
    SplitPage *splitPage() const { return m_split; }
    StaffPage *staffPage() const { return m_staff; }
    AuditPage *auditPage() const { return m_audit; }
    MenuEditorPage *menuEditorPage() const { return m_menuEditor; }
    QueueDisplay *queueDisplay() const { return m_queueDisplay; }
    /// How often the server's /health is asked while signed in (default 20 s): a degraded
    /// server (full disk, database gone) is said in the status line.
    void setHealthInterval(int ms) { m_health.setInterval(ms); }

    /// Locks the till after `seconds` without a touch, a click or a key (0: never). The lock
    /// screen asks for a PIN; the screen underneath stays as it was.
    void setIdleLockSeconds(int seconds);
    bool isLocked() const { return m_locked; }
    void lock();

    /// Keeps the sign-in in the OS keychain (the refresh token, never a file): saved on every new
    /// token, cleared on sign-out. `resumeSession()` at start brings a restarted till back signed
    /// in — to the lock screen of the last user (a display without idle lock straight to work).
    void setSessionStore(client::SessionStore *store);
    void resumeSession();

    /// What the guest should see now: the order being rung up, the checkout, or idle.
    CustomerView customerView() const;
    /// Opens the customer display as a window of its own, full screen on `screen` (the till's
    /// second screen; null: a normal window, for tests). It follows this till from then on.
    CustomerDisplay *openCustomerDisplay(QScreen *screen);
    /// Also sends what the guest sees to the server under this till's name, for a customer
    /// display on another machine (`tavola --customer-display --till NAME`). Empty: not sent.
    void setTillName(const QString &name) { m_tillName = name; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

signals:
    /// Signed in and the first screen has its data.
    void ready();
    /// The customer view changed (after the change settles, not on every keystroke).
    void customerViewChanged(const tavola::CustomerView &view);

private:
    void onSignedIn();
    /// Offers back an order that was being edited when the app stopped.
    void offerDraft();
    void updateStatus();
    void checkServerHealth();
    /// A server's certificate is not trusted yet (or changed): shows its fingerprint to confirm.
    void askToTrustServer(const QString &server, const QString &fingerprint, bool changed);
    /// What this window shows: a staff member's screens, or one of the displays.
    enum class Display { None, Kitchen, Queue, QueueDisplay };
    /// The display it is (from --role, or a kitchen user's sign-in), or None.
    Display display() const;
    /// The role whose screens a staff window shows (--role narrows the signed-in user's).
    std::optional<Role> staffRole() const;
    /// Signed in as a display (kitchen, queue board, waiting-area TV): nobody takes orders on it,
    /// and it never locks.
    bool isDisplay() const;
    void updateCustomerView();
    /// The navigation the signed-in user's role may use.
    void applyRole();
    void unlock();

    AppContext *m_ctx;
    std::optional<Role> m_forcedRole; // --role cashier|manager|waiter|kitchen
    Display m_forcedDisplay = Display::None; // --role queue|queue-display
    Screen m_screen = Screen::Login;
    QStackedWidget *m_stack;
    QWidget *m_nav;
    QPushButton *m_navFloor;
    QPushButton *m_navKitchen;
    QPushButton *m_navQueue;
    QPushButton *m_navEditor;
    QLabel *m_status;
    QTimer m_health;
    QString m_serverProblem; // empty while the server says it is healthy
    QWidget *m_draftBanner;
    QLabel *m_needsServer; // over a screen that works only with the server, while offline
    /// Screens that only work with the server (kitchen, queue, plan editor, shift,
    /// reports) are greyed out offline and say why.
    void updateServerOnly();
    QLabel *m_draftText;
    QString m_draftTable;
    LoginPage *m_login;
    FloorPlanView *m_floor;
    OrderPage *m_order;
    CheckoutPage *m_checkout;
    KitchenBoard *m_kitchen;
    QueueBoard *m_queue;
    FloorPlanEditor *m_editor;
    SettingsPage *m_settings;
    PrintQueueView *m_printing;
    ShiftPage *m_shift;
    QPushButton *m_navShift;
    ReportsPage *m_reports;
    QPushButton *m_navReports;
    HistoryPage *m_history;
    SplitPage *m_split;
    StaffPage *m_staff;
    AuditPage *m_audit;
    MenuEditorPage *m_menuEditor;
    QPushButton *m_navHistory;
    QueueDisplay *m_queueDisplay;
    QTimer m_guestTimer;
    CustomerView m_guestView;
    QPointer<CustomerDisplay> m_guestScreen;
    QString m_tillName;
    QTimer m_idle;
    int m_idleLockSeconds = 0; // the till's setting; displays (kitchen, queue) never lock
    void applyIdleLock();
    bool m_locked = false;
    QWidget *m_lockLayer;
    LoginPage *m_lockPage;
    QString m_lockedUser; // who was signed in when the till locked
    client::SessionStore *m_sessions = nullptr;
};

} // namespace tavola::ui
