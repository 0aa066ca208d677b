#include "screentour.h"

#include "appcontext.h"
#include "checkoutpage.h"
#include "customerdisplay.h"
#include "historypage.h"
#include "loginpage.h"
#include "mainwindow.h"
#include "orderpage.h"
#include "splitpage.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

constexpr int kStepTimeoutMs = 20'000;
constexpr int kSettleMs = 400; // data drawn, animations done
constexpr int kTouchPx = 44; // the smallest control a finger hits reliably

} // namespace

ScreenTour::ScreenTour(AppContext *ctx, MainWindow *window, QString dir, QSize size, QObject *parent)
    : QObject(parent),
      m_ctx(ctx),
      m_window(window),
      m_dir(std::move(dir)),
      m_size(size)
{
    using Screen = MainWindow::Screen;
    auto always = [] { return true; };
    auto on = [this](Screen s) { return [this, s] { return m_window->screen() == s; }; };
    auto guestAt = [this](const char *stage) {
        return [this, stage] { return m_guest && m_guest->property("stage").toString() == QLatin1StringView(stage); };
    };
    auto orderIs = [this](OrderStatus status) {
        return [this, status] {
            const QString ref = m_window->orderPage()->orderRef();
            const Order *o = ref.isEmpty() ? nullptr : m_ctx->store.order(ref);
            return o && o->status == status && !m_ctx->store.isPending(ref);
        };
    };
    auto nav = [this](const char *button) { return [this, button] { click(QLatin1StringView(button)); }; };

    m_steps = {
        {u"login"_s, [] {}, always},
        // The demo café's manager first (every screen), then each role on what it works with.
        {u"floor"_s, [this] { signInAs(u"manager1"_s, u"9000"_s); }, [this] { return signedInOn(u"manager1"_s, int(Screen::Floor)); }},
        {u"customer-display-idle"_s,
         [this] {
             m_guest = m_window->openCustomerDisplay(nullptr);
             m_guest->resize(m_size);
         },
         guestAt("idle")},
        {u"order-new"_s,
         [this] {
             for (const Table &t : m_ctx->store.tables()->items()) {
                 if (t.status == TableStatus::Vacant) {
                     m_window->orderPage()->showTable(t.id);
                     break;
                 }
             }
             m_window->showScreen(Screen::Order);
             int added = 0;
             for (const MenuItem &m : m_ctx->store.menu().items) {
                 if (m.available && added < 3) {
                     m_window->orderPage()->addItem(m.id);
                     ++added;
                 }
             }
         },
         on(Screen::Order)},
        {u"order-modifiers"_s, [this] { m_window->orderPage()->selectLine(u"new:0"_s); }, on(Screen::Order)},
        {u"customer-display-order"_s, [] {}, guestAt("order")},
        {u"order"_s, [this] { m_window->orderPage()->sendToKitchen(); }, orderIs(OrderStatus::Serving)},
        {u"checkout-cash"_s, [this] { m_window->orderPage()->requestBill(); },
         [this, orderIs] { return m_window->screen() == Screen::Checkout && orderIs(OrderStatus::Checkout)(); }},
        {u"checkout-promptpay"_s, nav("method-promptpay"),
         [this] {
             auto *qr = m_window->findChild<QLabel *>(u"promptpay-qr"_s);
             return qr && !qr->pixmap().isNull();
         }},
        {u"customer-display-promptpay"_s, [] {}, guestAt("promptpay")},
        // The table pays in two parts: the bill split evenly, the first half taken in cash.
        {u"checkout-split"_s,
         [this] {
             click(u"method-cash"_s);
             click(u"split-more"_s);
         },
         [this] {
             auto *part = m_window->findChild<QLineEdit *>(u"checkout-part"_s);
             return part && !part->text().isEmpty();
         }},
        {u"checkout-part-paid"_s,
         [this] {
             click(u"cash-exact"_s);
             click(u"cash-pay"_s);
         },
         [this] {
             auto *paidSoFar = m_window->findChild<QLabel *>(u"checkout-paid-so-far"_s);
             return paidSoFar && !paidSoFar->text().isEmpty();
         }},
        {u"checkout-cash-entered"_s,
         [this] {
             click(u"method-cash"_s);
             if (auto *received = m_window->findChild<QLineEdit *>(u"cash-received"_s))
                 received->setText(u"1000"_s);
         },
         always},
        {u"checkout-paid"_s, nav("cash-pay"),
         [this] {
             auto *paid = m_window->findChild<QWidget *>(u"checkout-paid"_s);
             return paid && paid->isVisible();
         }},
        {u"customer-display-paid"_s, [] {}, guestAt("paid")},
        {u"floor-after"_s, nav("checkout-finish"), on(Screen::Floor)},
        // Another table eats meanwhile: the plan shows its guests, minutes and what it owes.
        {u"floor-busy"_s,
         [this] {
             for (const Table &t : m_ctx->store.tables()->items()) {
                 if (t.status == TableStatus::Vacant && t.seats >= 4) {
                     m_busyTable = t.id;
                     break;
                 }
             }
             m_window->orderPage()->showTable(m_busyTable);
             int added = 0;
             for (const MenuItem &m : m_ctx->store.menu().items)
                 if (m.available && added++ < 4)
                     m_window->orderPage()->addItem(m.id);
             m_window->orderPage()->sendToKitchen();
             m_window->showScreen(Screen::Floor);
         },
         [this] {
             const Table *t = m_ctx->store.tables()->find(m_busyTable);
             const Order *o = t && !t->orderId.isEmpty() ? m_ctx->store.order(t->orderId) : nullptr;
             return m_window->screen() == Screen::Floor && o && !m_ctx->store.isPending(o->id) && o->totals.total.satang() > 0;
         }},
        // That table shares its bill out: the split screen with a dish on a second check, then
        // the order page with a button per check.
        {u"split"_s,
         [this] {
             const Table *t = m_ctx->store.tables()->find(m_busyTable);
             const Order *o = t ? m_ctx->store.order(t->orderId) : nullptr;
             if (!o || o->items.isEmpty())
                 return;
             m_window->orderPage()->showTable(m_busyTable);
             m_window->splitPage()->showOrder(o->id);
             m_window->showScreen(Screen::Split);
             m_window->splitPage()->moveLine(o->items.first().id, 0, 1);
         },
         [this] { return m_window->screen() == Screen::Split && !m_window->splitPage()->check(1).isEmpty(); }},
        {u"order-checks"_s, nav("split-confirm"),
         [this] {
             auto *checks = m_window->findChild<QWidget *>(u"order-checks"_s);
             if (m_window->screen() != Screen::Order || !checks || !checks->isVisible())
                 return false;
             // A sent dish chosen: its tools (void, a check of its own, another table) must fit too.
             const Order *o = m_ctx->store.order(m_window->orderPage()->orderRef());
             if (o && !o->items.isEmpty())
                 m_window->orderPage()->selectLine(u"sent:"_s + o->items.first().id);
             auto *move = m_window->findChild<QWidget *>(u"line-move"_s);
             return move && move->isVisible();
         }},
        {u"kitchen"_s, nav("nav-kitchen"), on(Screen::Kitchen)},
        {u"queue"_s, nav("nav-queue"), on(Screen::Queue)},
        {u"editor"_s, nav("nav-editor"), on(Screen::Editor)},
        {u"settings"_s, nav("nav-settings"), on(Screen::Settings)},
        {u"staff"_s, nav("settings-staff"),
         [this] {
             auto *list = m_window->findChild<QTableWidget *>(u"staff-list"_s);
             return m_window->screen() == Screen::Staff && list && list->rowCount() > 0;
         }},
        {u"audit"_s,
         [this] {
             click(u"staff-back"_s);
             click(u"settings-audit"_s);
         },
         [this] {
             auto *list = m_window->findChild<QTableWidget *>(u"audit-list"_s);
             return m_window->screen() == Screen::Audit && list && list->rowCount() > 0;
         }},
        // The menu editor with a dish open in the form.
        {u"menu-editor"_s,
         [this] {
             click(u"audit-back"_s);
             click(u"settings-menu"_s);
         },
         [this] {
             auto *items = m_window->findChild<QTableWidget *>(u"menu-items"_s);
             if (m_window->screen() != Screen::MenuEditor || !items || items->rowCount() < 2)
                 return false;
             if (items->currentRow() < 0)
                 items->setCurrentCell(1, 0);
             return true;
         }},
        {u"print-queue"_s, nav("nav-printing"), on(Screen::Printing)},
        {u"shift"_s, nav("nav-shift"), on(Screen::Shift)},
        {u"reports"_s, nav("nav-reports"), on(Screen::Reports)},
        // The day's orders, the paid one opened: reprint and refund beside it.
        {u"history"_s, nav("nav-history"),
         [this] {
             auto *list = m_window->findChild<QTableWidget *>(u"history-list"_s);
             if (m_window->screen() != Screen::History || !list || list->rowCount() == 0)
                 return false;
             if (!m_window->historyPage()->selected())
                 list->setCurrentCell(list->rowCount() - 1, 0);
             return m_window->historyPage()->selected().has_value();
         }},
        // A guest asks for a full tax invoice: the form with the tax ID checked as typed.
        {u"history-tax-invoice"_s,
         [this] {
             auto *button = m_window->findChild<QPushButton *>(u"history-tax-invoice"_s);
             if (button && button->isEnabled())
                 button->click();
             if (auto *name = m_window->findChild<QLineEdit *>(u"history-invoice-name"_s))
                 name->setText(u"บริษัท ตัวอย่าง จำกัด"_s);
             if (auto *taxId = m_window->findChild<QLineEdit *>(u"history-invoice-taxid"_s))
                 taxId->setText(u"0105551234567"_s);
             if (auto *address = m_window->findChild<QLineEdit *>(u"history-invoice-address"_s))
                 address->setText(u"1 ถนนสีลม บางรัก กรุงเทพฯ 10500"_s);
         },
         [this] {
             auto *form = m_window->findChild<QWidget *>(u"history-invoice-form"_s);
             return form && form->isVisible();
         }},
        {u"kitchen-display"_s, [this] { signInAs(u"kitchen1"_s, u"3000"_s); },
         [this] { return signedInOn(u"kitchen1"_s, int(Screen::Kitchen)); }},
        {u"floor-waiter"_s, [this] { signInAs(u"waiter1"_s, u"2000"_s); }, [this] { return signedInOn(u"waiter1"_s, int(Screen::Floor)); }},
        {u"floor-cashier"_s, [this] { signInAs(u"cashier1"_s, u"1000"_s); },
         [this] { return signedInOn(u"cashier1"_s, int(Screen::Floor)); }},
        {u"queue-display"_s, [this] { m_window->showScreen(Screen::QueueDisplay); }, on(Screen::QueueDisplay)},
        {u"lock"_s,
         [this] {
             m_window->showScreen(Screen::Order);
             m_window->lock();
         },
         [this] { return m_window->isLocked(); }},
    };
}

void ScreenTour::start()
{
    QDir().mkpath(m_dir);
    m_window->resize(m_size);
    run(0);
}

void ScreenTour::click(const QString &objectName)
{
    if (auto *b = m_window->findChild<QAbstractButton *>(objectName); b && b->isEnabled())
        b->click();
}

void ScreenTour::signInAs(const QString &user, const QString &pin)
{
    // Signs out the way a cashier does (the button), then in at the PIN pad's server call.
    if (m_window->screen() != MainWindow::Screen::Login)
        click(u"nav-signout"_s);
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [this, user, pin, weak = std::weak_ptr(attempt)] {
        if (m_window->screen() != MainWindow::Screen::Login) {
            if (auto again = weak.lock())
                QTimer::singleShot(50, this, *again);
            return;
        }
        m_ctx->api.loginWithPin(user, pin, m_window, [this](Result<client::AuthSession> r) {
            if (r)
                emit m_window->loginPage()->signedIn();
        });
    };
    (*attempt)();
    m_keep = attempt;
}

bool ScreenTour::signedInOn(const QString &user, int screen) const
{
    return m_ctx->api.session().username == user && int(m_window->screen()) == screen && m_ctx->store.isLoaded();
}

void ScreenTour::run(qsizetype index)
{
    if (index >= m_steps.size()) {
        emit finished(true, {});
        return;
    }
    const Step &step = m_steps[index];
    step.act();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, index, clock, poll] {
        const Step &s = m_steps[index];
        if (!s.ready()) {
            if (clock->elapsed() > kStepTimeoutMs) {
                emit finished(false,
                              u"the tour stopped at \"%1\": the screen did not get there in %2 s"_s.arg(s.name).arg(kStepTimeoutMs / 1000));
                return;
            }
            QTimer::singleShot(100, this, *poll);
            return;
        }
        QTimer::singleShot(kSettleMs, this, [this, index] {
            const QString &name = m_steps[index].name;
            shoot(name.startsWith(u"customer-display"_s) ? m_guest : m_window, name);
            run(index + 1);
        });
    };
    (*poll)();
}

namespace {

/// Something a cashier taps or types into.
bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w);
}

/// Inside a scroll area's viewport: reachable by scrolling, so not "outside".
bool scrolls(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget()); area && area->viewport() == p)
            return true;
    return false;
}

QString nameOf(const QWidget *w)
{
    if (!w->objectName().isEmpty())
        return w->objectName();
    if (auto *b = qobject_cast<const QAbstractButton *>(w); b && !b->text().isEmpty())
        return u"button \"%1\""_s.arg(b->text());
    return QString::fromLatin1(w->metaObject()->className());
}

} // namespace

void ScreenTour::checkLayout(QWidget *root, const QString &screen)
{
    const QRect window = root->rect();
    QList<QWidget *> controls;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisible() && isControl(w) && !w->parentWidget()->inherits("QAbstractSpinBox") && !w->parentWidget()->inherits("QComboBox"))
            controls.append(w);
    }
    for (QWidget *w : std::as_const(controls)) {
        const QRect r(w->mapTo(root, QPoint(0, 0)), w->size());
        if (!scrolls(w, root) && !window.contains(r))
            m_tooSmall.append(u"%1: %2 outside the window"_s.arg(screen, nameOf(w)));
        // A finger needs 44 px (a tab bar's scroll arrows and a field's clear button are the
        // style's own and scroll or repeat what is in reach).
        if (std::min(w->width(), w->height()) < kTouchPx && !w->parentWidget()->inherits("QTabBar")
            && !w->parentWidget()->inherits("QLineEdit"))
            m_tooSmall.append(u"%1: %2 too small to touch (%3×%4 px)"_s.arg(screen, nameOf(w)).arg(w->width()).arg(w->height()));
        if (auto *b = qobject_cast<QPushButton *>(w); b && !b->text().isEmpty() && b->sizeHint().width() > b->width() + 2)
            m_tooSmall.append(u"%1: %2 cut off (%3 px for %4)"_s.arg(screen, nameOf(w)).arg(b->width()).arg(b->sizeHint().width()));
        for (QWidget *other : std::as_const(controls)) {
            if (other <= w || other->parentWidget() != w->parentWidget())
                continue;
            const QRect o(other->mapTo(root, QPoint(0, 0)), other->size());
            if (r.intersected(o).width() > 1 && r.intersected(o).height() > 1)
                m_tooSmall.append(u"%1: %2 overlaps %3"_s.arg(screen, nameOf(w), nameOf(other)));
        }
    }
}

void ScreenTour::shoot(QWidget *w, const QString &name)
{
    if (!w)
        return;
    if (w == m_window) {
        m_window->resize(m_size); // a screen that needs more room than the till has says so here
        if (m_window->size() != m_size || m_window->minimumSizeHint().height() > m_size.height()
            || m_window->minimumSizeHint().width() > m_size.width()) {
            const QSize need = m_window->size().expandedTo(m_window->minimumSizeHint());
            m_tooSmall.append(u"%1: needs %2×%3"_s.arg(name).arg(need.width()).arg(need.height()));
        }
    }
    checkLayout(w, name);
    const QString file = QDir(m_dir).filePath(name + u".png"_s);
    if (w->grab().save(file, "PNG"))
        m_saved.append(file);
}

} // namespace tavola::ui
