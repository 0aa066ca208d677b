#include "loginpage.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

LoginPage::LoginPage(AppContext *ctx, QWidget *parent, const QString &namePrefix) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(namePrefix + u"login"_s);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *box = new QWidget;
    box->setMaximumWidth(460);
    auto *v = new QVBoxLayout(box);
    m_title = new QLabel(tr("Tavola — sign in"));
    m_title->setObjectName(namePrefix + u"login-title"_s);
    m_title->setProperty("role", u"title"_s);
    m_title->setAlignment(Qt::AlignCenter);
    v->addWidget(m_title);
    m_notice = new QLabel;
    m_notice->setWordWrap(true);
    m_notice->setProperty("role", u"hint"_s);
    m_notice->hide();
    v->addWidget(m_notice);
    m_user = new QLineEdit;
    m_user->setObjectName(namePrefix + u"username"_s);
    m_user->setPlaceholderText(tr("Username"));
    v->addWidget(m_user);
    m_pin = new QLineEdit;
    m_pin->setObjectName(namePrefix + u"pin"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("PIN"));
    m_pin->setAlignment(Qt::AlignCenter);
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::submit);
    v->addWidget(m_pin);
    auto *grid = new QGridLayout;
    const QStringList keys{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s, u"clear"_s, u"0"_s, u"ok"_s};
    for (int i = 0; i < keys.size(); ++i) {
        const QString key = keys[i];
        auto *b = new QPushButton(key == u"clear"_s ? tr("Clear") : key == u"ok"_s ? tr("Sign in") : key);
        b->setObjectName(namePrefix + u"pin-"_s + key);
        b->setMinimumSize(120, 76);
        if (key == u"ok"_s)
            b->setProperty("accent", true);
        connect(b, &QPushButton::clicked, this, [this, key] { press(key); });
        grid->addWidget(b, i / 3, i % 3);
    }
    v->addLayout(grid);
    m_error = new QLabel;
    m_error->setObjectName(namePrefix + u"login-error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3382c; font-size: 14pt;"_s);
    v->addWidget(m_error);
    auto *h = new QHBoxLayout;
    h->addStretch();
    h->addWidget(box);
    h->addStretch();
    outer->addLayout(h);
    outer->addStretch();
}

void LoginPage::setUsername(const QString &username)
{
    m_user->setText(username);
}

void LoginPage::setLocked(bool locked, const QString &lastUser)
{
    m_title->setText(locked ? tr("Locked — your PIN to go on (or another user's to take over)") : tr("Tavola — sign in"));
    m_title->setWordWrap(true);
    if (locked)
        m_user->setText(lastUser);
    m_pin->clear();
    m_error->clear();
}

void LoginPage::focusEntry()
{
    (m_user->text().isEmpty() ? m_user : m_pin)->setFocus();
}

void LoginPage::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LoginPage::press(const QString &key)
{
    if (key == u"clear"_s)
        m_pin->clear();
    else if (key == u"ok"_s)
        submit();
    else if (m_pin->text().size() < 8)
        m_pin->setText(m_pin->text() + key);
}

void LoginPage::submit()
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty() || m_pin->text().isEmpty()) {
        m_error->setText(tr("Enter your username and PIN."));
        return;
    }
    m_error->setText(tr("Signing in…"));
    m_ctx->api.loginWithPin(user, m_pin->text(), this, [this](Result<client::AuthSession> r) {
        m_pin->clear();
        if (!r) {
            m_error->setText(r.error().code == ErrorCode::Unauthenticated ? tr("Wrong username or PIN.")
                                                                          : client::ErrorText::forError(r.error()));
            return;
        }
        m_error->clear();
        emit signedIn();
    });
}

} // namespace tavola::ui
