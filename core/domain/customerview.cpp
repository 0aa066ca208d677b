#include "customerview.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tavola {

QJsonObject CustomerView::toJson() const
{
    QJsonArray items;
    for (const Line &l : lines)
        items.append(QJsonObject{{u"name"_s, l.name}, {u"name_th"_s, l.nameTh}, {u"qty"_s, l.qty}, {u"amount"_s, l.amount.toString()}});
    QJsonObject o{{u"stage"_s, enumName(stage)},
                  {u"table"_s, table},
                  {u"lines"_s, items},
                  {u"total"_s, total.toString()},
                  {u"service_charge"_s, serviceCharge.toString()},
                  {u"vat"_s, vat.toString()}};
    if (!qrPayload.isEmpty()) {
        o.insert(u"qr_payload"_s, qrPayload);
        o.insert(u"qr_amount"_s, qrAmount.toString());
        if (qrExpiresAt.isValid())
            o.insert(u"qr_expires_at"_s, formatTime(qrExpiresAt));
    }
    if (stage == Stage::Paid) {
        o.insert(u"method"_s, method);
        o.insert(u"change"_s, change.toString());
    }
    return o;
}

Result<CustomerView> CustomerView::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    CustomerView v;
    v.stage = r.enumeration<Stage>(u"stage"_s, Presence::Required, Stage::Idle);
    v.table = r.string(u"table"_s, Presence::Optional, 40);
    v.lines = r.list<Line>(u"lines"_s, Presence::Optional, 200, [](const QJsonObject &o) -> Result<Line> {
        JsonReader l(o);
        Line line;
        line.name = l.text(u"name"_s, Presence::Required, 200);
        line.nameTh = l.string(u"name_th"_s, Presence::Optional, 200);
        line.qty = static_cast<int>(l.integer(u"qty"_s, Presence::Required, 1, 999));
        line.amount = l.money(u"amount"_s, Presence::Required, true);
        if (!l.ok())
            return l.error();
        return line;
    });
    v.total = r.money(u"total"_s, Presence::Optional);
    v.serviceCharge = r.money(u"service_charge"_s, Presence::Optional);
    v.vat = r.money(u"vat"_s, Presence::Optional);
    v.qrPayload = r.string(u"qr_payload"_s, Presence::Optional, 512);
    v.qrAmount = r.money(u"qr_amount"_s, Presence::Optional);
    if (r.has(u"qr_expires_at"_s))
        v.qrExpiresAt = r.time(u"qr_expires_at"_s, Presence::Required);
    v.change = r.money(u"change"_s, Presence::Optional);
    v.method = r.string(u"method"_s, Presence::Optional, 20);
    if (r.ok() && v.stage == Stage::PromptPay && v.qrPayload.isEmpty())
        r.fail(u"qr_payload"_s, u"a promptpay view needs qr_payload"_s);
    if (!r.ok())
        return r.error();
    return v;
}

} // namespace tavola
