#include "staffpage.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Waiter: return StaffPage::tr("waiter");
    case Role::Cashier: return StaffPage::tr("cashier");
    case Role::Kitchen: return StaffPage::tr("kitchen");
    case Role::Manager: return StaffPage::tr("manager");
    case Role::Admin: return StaffPage::tr("administrator");
    }
    return {};
}

} // namespace

StaffPage::StaffPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"staff"_s);
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Settings"));
    back->setObjectName(u"staff-back"_s);
    connect(back, &QPushButton::clicked, this, &StaffPage::back);
    top->addWidget(back);
    auto *title = new QLabel(tr("Staff"));
    title->setProperty("role", u"title"_s);
    top->addWidget(title, 1);
    v->addLayout(top);

    auto *h = new QHBoxLayout;
    m_list = new QTableWidget(0, 4);
    m_list->setObjectName(u"staff-list"_s);
    m_list->setHorizontalHeaderLabels({tr("Name"), tr("Sign-in name"), tr("Role"), tr("Account")});
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    connect(m_list, &QTableWidget::currentCellChanged, this, &StaffPage::showSelected);
    h->addWidget(m_list, 3);

    // A new person, or the one selected: name, role and a PIN.
    auto *form = new QFormLayout;
    m_username = new QLineEdit;
    m_username->setObjectName(u"staff-username"_s);
    m_username->setPlaceholderText(tr("e.g. somchai"));
    m_username->setMaxLength(40);
    form->addRow(tr("Sign-in name"), m_username);
    m_name = new QLineEdit;
    m_name->setObjectName(u"staff-name"_s);
    m_name->setPlaceholderText(tr("e.g. Khun Somchai"));
    m_name->setMaxLength(100);
    form->addRow(tr("Name"), m_name);
    m_role = new QComboBox;
    m_role->setObjectName(u"staff-role"_s);
    form->addRow(tr("Role"), m_role);
    m_pin = new QLineEdit;
    m_pin->setObjectName(u"staff-pin"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("4 to 8 digits"));
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), m_pin));
    form->addRow(tr("PIN"), m_pin);
    m_add = new QPushButton(tr("Add person"));
    m_add->setObjectName(u"staff-add"_s);
    m_add->setProperty("accent", true);
    connect(m_add, &QPushButton::clicked, this, &StaffPage::addPerson);
    m_save = new QPushButton(tr("Save changes"));
    m_save->setObjectName(u"staff-save"_s);
    m_save->setToolTip(tr("The selected person's name, role and (if typed) a new PIN"));
    connect(m_save, &QPushButton::clicked, this, &StaffPage::saveSelected);
    m_active = new QPushButton;
    m_active->setObjectName(u"staff-active"_s);
    connect(m_active, &QPushButton::clicked, this, &StaffPage::toggleActive);
    form->addRow(m_add);
    form->addRow(m_save);
    form->addRow(m_active);
    m_message = new QLabel;
    m_message->setObjectName(u"staff-message"_s);
    m_message->setWordWrap(true);
    form->addRow(m_message);
    h->addLayout(form, 2);
    v->addLayout(h, 1);
}

void StaffPage::load()
{
    // A manager gives the roles up to manager; only an administrator makes administrators.
    const QVariant chosen = m_role->currentData();
    m_role->clear();
    QList<Role> roles{Role::Waiter, Role::Cashier, Role::Kitchen, Role::Manager};
    if (m_ctx->role() == Role::Admin)
        roles << Role::Admin;
    for (Role r : roles)
        m_role->addItem(roleLabel(r), int(r));
    if (const int k = m_role->findData(chosen); k >= 0)
        m_role->setCurrentIndex(k);
    m_ctx->api.users(this, [this](Result<QList<User>> r) {
        if (!r) {
            say(client::ErrorText::forError(r.error()), true);
            return;
        }
        const QString keep = selected() ? selected()->id : QString();
        m_users = *r;
        m_list->blockSignals(true);
        m_list->setRowCount(int(m_users.size()));
        for (int i = 0; i < m_users.size(); ++i) {
            const User &u = m_users[i];
            const QStringList cells{u.displayName, u.username, roleLabel(u.role), u.active ? tr("active") : tr("switched off")};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (!u.active)
                    item->setForeground(QColor(0x8a, 0x83, 0x78));
                m_list->setItem(i, c, item);
            }
            if (u.id == keep)
                m_list->setCurrentCell(i, 0);
        }
        m_list->blockSignals(false);
        showSelected();
    });
}

const User *StaffPage::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_users.size() ? &m_users[row] : nullptr;
}

void StaffPage::showSelected()
{
    const User *u = selected();
    m_save->setEnabled(u != nullptr);
    m_active->setEnabled(u != nullptr);
    m_active->setText(u && !u->active ? tr("Switch the account on") : tr("Switch the account off"));
    m_active->setProperty("danger", u && u->active);
    m_active->style()->unpolish(m_active);
    m_active->style()->polish(m_active);
    if (!u)
        return;
    m_username->setText(u->username);
    m_name->setText(u->displayName);
    if (const int k = m_role->findData(int(u->role)); k >= 0)
        m_role->setCurrentIndex(k);
    m_pin->clear();
}

void StaffPage::say(const QString &text, bool problem)
{
    m_message->setText(problem ? u"⚠ "_s + text : text);
}

void StaffPage::addPerson()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty() || m_pin->text().size() < 4) {
        say(tr("Give a sign-in name and a PIN of 4 to 8 digits."), true);
        return;
    }
    UserChanges u;
    u.username = username;
    u.displayName = m_name->text().trimmed().isEmpty() ? username : m_name->text().trimmed();
    u.role = Role(m_role->currentData().toInt());
    u.pin = m_pin->text();
    m_ctx->api.createUser(u, this, [this](Result<User> r) {
        if (!r) {
            say(client::ErrorText::forError(r.error()), true);
            return;
        }
        say(tr("%1 can sign in now with their PIN.").arg(r->displayName));
        m_pin->clear();
        m_username->clear(); // ready for the next person
        m_name->clear();
        m_list->setCurrentCell(-1, -1);
        load();
    });
}

void StaffPage::saveSelected()
{
    const User *u = selected();
    if (!u)
        return;
    UserChanges c;
    if (m_name->text().trimmed() != u->displayName && !m_name->text().trimmed().isEmpty())
        c.displayName = m_name->text().trimmed();
    if (Role(m_role->currentData().toInt()) != u->role)
        c.role = Role(m_role->currentData().toInt());
    if (!m_pin->text().isEmpty()) {
        if (m_pin->text().size() < 4) {
            say(tr("A PIN is 4 to 8 digits."), true);
            return;
        }
        c.pin = m_pin->text();
    }
    if (!c.displayName && !c.role && !c.pin) {
        say(tr("Nothing to save: change the name or the role, or type a new PIN."));
        return;
    }
    const bool newPin = c.pin.has_value();
    m_ctx->api.updateUser(u->id, c, this, [this, newPin](Result<User> r) {
        if (!r) {
            say(client::ErrorText::forError(r.error()), true);
            return;
        }
        say(newPin ? tr("Saved. %1 signs in with the new PIN from now on.").arg(r->displayName) : tr("Saved."));
        m_pin->clear();
        load();
    });
}

void StaffPage::toggleActive()
{
    const User *u = selected();
    if (!u)
        return;
    UserChanges c;
    c.active = !u->active;
    m_ctx->api.updateUser(u->id, c, this, [this](Result<User> r) {
        if (!r) {
            say(client::ErrorText::forError(r.error()), true);
            return;
        }
        say(r->active ? tr("%1 can sign in again.").arg(r->displayName)
                      : tr("%1 can no longer sign in; their sales stay in the reports.").arg(r->displayName));
        load();
    });
}

} // namespace tavola::ui
