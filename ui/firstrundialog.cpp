#include "firstrundialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

FirstRunDialog::FirstRunDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"firstrun"_s);
    setWindowTitle(tr("Welcome to Tavola"));
    auto *v = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Welcome to Tavola"));
    title->setProperty("role", u"title"_s);
    v->addWidget(title);
    auto *intro = new QLabel(tr("This till keeps the shop's data itself, and there is nobody to sign in yet. Make the owner's "
                                "account: then add the menu, the tables, the staff, the taxes and the printers in Settings."));
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *form = new QFormLayout;
    m_username = new QLineEdit;
    m_username->setObjectName(u"firstrun-username"_s);
    m_username->setPlaceholderText(tr("e.g. owner"));
    m_username->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9._-]{0,40}"_s), m_username));
    form->addRow(tr("Sign-in name"), m_username);
    m_password = new QLineEdit;
    m_password->setObjectName(u"firstrun-password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    form->addRow(tr("Password"), m_password);
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(u"firstrun-repeat"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password again"), m_repeat);
    m_pin = new QLineEdit;
    m_pin->setObjectName(u"firstrun-pin"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("4 to 8 digits, to sign in at the till"));
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), m_pin));
    form->addRow(tr("PIN"), m_pin);
    v->addLayout(form);
    m_message = new QLabel;
    m_message->setObjectName(u"firstrun-message"_s);
    m_message->setWordWrap(true);
    v->addWidget(m_message);
    auto *row = new QHBoxLayout;
    auto *quit = new QPushButton(tr("Quit"));
    quit->setObjectName(u"firstrun-quit"_s);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    auto *create = new QPushButton(tr("Create the account"));
    create->setObjectName(u"firstrun-create"_s);
    create->setProperty("accent", true);
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &FirstRunDialog::tryAccept);
    row->addWidget(quit);
    row->addStretch();
    row->addWidget(create);
    v->addLayout(row);
}

QString FirstRunDialog::username() const
{
    return m_username->text().trimmed();
}

QString FirstRunDialog::password() const
{
    return m_password->text();
}

QString FirstRunDialog::pin() const
{
    return m_pin->text();
}

QString FirstRunDialog::problem() const
{
    if (username().isEmpty())
        return tr("Give a sign-in name.");
    if (password().size() < 8)
        return tr("The password needs at least 8 characters.");
    if (password() != m_repeat->text())
        return tr("The two passwords differ.");
    if (pin().size() < 4)
        return tr("The PIN is 4 to 8 digits.");
    return {};
}

void FirstRunDialog::tryAccept()
{
    const QString wrong = problem();
    m_message->setText(wrong.isEmpty() ? QString() : u"⚠ "_s + wrong);
    if (wrong.isEmpty())
        accept();
}

} // namespace tavola::ui
