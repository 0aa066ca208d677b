#include "auditpage.h"

#include "appcontext.h"
#include "errortext.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tavola::ui {

namespace {

/// What an action is called on the screen (the log keeps the API's names).
QString actionLabel(const QString &action)
{
    static const QHash<QString, const char *> names{
        {u"order.open"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "bill opened")},
        {u"order.items.add"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "dishes added")},
        {u"order.send"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "sent to the kitchen")},
        {u"order.checkout"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "bill asked for")},
        {u"payment.cancel"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "payment cancelled")},
        {u"order.item.void"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "void")},
        {u"order.discount"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "discount")},
        {u"order.cancel"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "bill cancelled")},
        {u"order.reopen"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "bill reopened")},
        {u"order.split"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "bill split")},
        {u"order.merge"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "bills joined")},
        {u"order.move"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "bill moved")},
        {u"order.items.move"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "dishes moved")},
        {u"payment.create"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "payment")},
        {u"payment.refund"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "refund")},
        {u"payment.confirm.staff"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "PromptPay confirmed by staff")},
        {u"payment.confirm.slip"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "PromptPay confirmed by slip")},
        {u"tax_invoice.issue"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "tax invoice")},
        {u"menu.item.sold_out"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "sold out")},
        {u"menu.item.available"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "back on the menu")},
        {u"menu.import"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "menu imported")},
        {u"settings.update"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "settings changed")},
        {u"user.create"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "staff added")},
        {u"user.update"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "staff changed")},
        {u"shift.open"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "shift opened")},
        {u"shift.close"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "shift closed")},
        {u"backup.create"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "backup")}};
    const char *source = names.value(action);
    return source ? AuditPage::tr(source) : action;
}

/// What the entry is about, in the screen's language ("bill 12").
QString entityLabel(const AuditEntry &e)
{
    static const QHash<QString, const char *> names{{u"order"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "bill")},
                                                    {u"order_line"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "line")},
                                                    {u"payment"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "payment")},
                                                    {u"menu_item"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "dish")},
                                                    {u"user"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "staff")},
                                                    {u"settings"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "settings")},
                                                    {u"shift"_s, QT_TRANSLATE_NOOP("tavola::ui::AuditPage", "shift")}};
    const char *source = names.value(e.entity);
    const QString name = source ? AuditPage::tr(source) : e.entity;
    return e.entityId.isEmpty() || e.entity == u"settings"_s ? name : u"%1 %2"_s.arg(name, e.entityId);
}

} // namespace

AuditPage::AuditPage(AppContext *ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"audit"_s);
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Settings"));
    back->setObjectName(u"audit-back"_s);
    connect(back, &QPushButton::clicked, this, &AuditPage::back);
    top->addWidget(back);
    auto *title = new QLabel(tr("Audit log"));
    title->setProperty("role", u"title"_s);
    top->addWidget(title, 1);
    v->addLayout(top);

    auto *bar = new QHBoxLayout;
    m_from = new QDateEdit(m_ctx->businessToday().addDays(-6));
    m_from->setObjectName(u"audit-from"_s);
    m_to = new QDateEdit(m_ctx->businessToday());
    m_to->setObjectName(u"audit-to"_s);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
        d->setCalendarPopup(true);
    }
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_to);
    m_person = new QComboBox;
    m_person->setObjectName(u"audit-person"_s);
    bar->addWidget(m_person, 1);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"audit-kind"_s);
    for (const auto &[label, action] :
         {std::pair{tr("Everything"), QString()}, std::pair{tr("Voids"), u"order.item.void"_s},
          std::pair{tr("Discounts"), u"order.discount"_s}, std::pair{tr("Refunds"), u"payment.refund"_s},
          std::pair{tr("Cancelled bills"), u"order.cancel"_s}, std::pair{tr("PromptPay confirmed by hand"), u"payment.confirm.*"_s},
          std::pair{tr("Sold out"), u"menu.item.sold_out"_s}, std::pair{tr("Menu"), u"menu.*"_s},
          std::pair{tr("Settings"), u"settings.update"_s}, std::pair{tr("Staff"), u"user.*"_s}})
        m_kind->addItem(label, action);
    bar->addWidget(m_kind, 1);
    auto *show = new QPushButton(tr("Show"));
    show->setObjectName(u"audit-show"_s);
    show->setProperty("accent", true);
    connect(show, &QPushButton::clicked, this, &AuditPage::showEntries);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditPage::showEntries);
    connect(m_person, &QComboBox::currentIndexChanged, this, &AuditPage::showEntries);
    bar->addWidget(show);
    v->addLayout(bar);

    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(u"audit-list"_s);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Which"), tr("Details")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    v->addWidget(m_table, 1);
    m_message = new QLabel;
    m_message->setObjectName(u"audit-message"_s);
    v->addWidget(m_message);
}

void AuditPage::load()
{
    m_ctx->api.users(this, [this](Result<QList<User>> r) {
        const QString keep = m_person->currentData().toString();
        m_person->blockSignals(true);
        m_person->clear();
        m_person->addItem(tr("Everyone"), QString());
        if (r) {
            for (const User &u : *r)
                m_person->addItem(u.displayName, u.username);
        }
        if (const int k = m_person->findData(keep); k >= 0)
            m_person->setCurrentIndex(k);
        m_person->blockSignals(false);
        showEntries();
    });
}

void AuditPage::showEntries()
{
    QHash<QString, QString> filters{{u"from"_s, m_from->date().toString(Qt::ISODate)}, {u"to"_s, m_to->date().toString(Qt::ISODate)}};
    if (const QString who = m_person->currentData().toString(); !who.isEmpty())
        filters.insert(u"actor"_s, who);
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        filters.insert(u"action"_s, kind);
    const int asked = ++m_asked;
    m_ctx->api.auditLog(filters, this, [this, asked](Result<QList<AuditEntry>> r) {
        if (asked != m_asked)
            return; // the filters changed meanwhile: a newer answer is on its way
        if (!r) {
            m_message->setText(u"⚠ "_s + client::ErrorText::forError(r.error()));
            return;
        }
        m_entries = *r;
        m_table->setRowCount(int(m_entries.size()));
        const QTimeZone shop(m_ctx->shop().utcOffsetMinutes * 60);
        for (int i = 0; i < m_entries.size(); ++i) {
            const AuditEntry &e = m_entries[i];
            const QStringList cells{e.at.toTimeZone(shop).toString(u"yyyy-MM-dd HH:mm"_s), e.actor, actionLabel(e.action), entityLabel(e),
                                    e.summary()};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        }
        m_message->setText(m_entries.isEmpty() ? tr("Nothing in this period.")
                                               : tr("%n entry(s), newest first", nullptr, int(m_entries.size())));
    });
}

} // namespace tavola::ui
