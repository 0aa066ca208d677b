#include "menutext.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tavola::menutext {

namespace {

/// "Name/ชื่อ +10" → name, Thai name and price.
struct Part
{
    QString name;
    QString nameTh;
    Money price;
};

std::optional<Part> readPart(const QString &text)
{
    static const QRegularExpression form(u"^(.*?)(?:\\s*\\+\\s*(\\d{1,7}(?:\\.\\d{1,2})?))?$"_s);
    const auto m = form.match(text.trimmed());
    Part p;
    const QString names = m.captured(1);
    const qsizetype slash = names.indexOf(u'/');
    p.name = (slash < 0 ? names : names.left(slash)).trimmed();
    p.nameTh = slash < 0 ? QString() : names.mid(slash + 1).trimmed();
    if (p.name.isEmpty() || p.name.size() > 100 || p.nameTh.size() > 100)
        return std::nullopt;
    if (!m.captured(2).isEmpty())
        p.price = *Money::parse(m.captured(2));
    return p;
}

/// The option `p` of the group `groupId` (empty: a free option); one of `before` in the same group
/// with the same name gives it its id.
Modifier optionFrom(const Part &p, const QString &groupId, const QList<Modifier> &before)
{
    Modifier mod{{}, p.name, p.nameTh, p.price, groupId};
    for (const Modifier &b : before)
        if (b.groupId == groupId && b.name == mod.name)
            mod.id = b.id;
    return mod;
}

QString partText(const QString &name, const QString &nameTh, const Money &price = {})
{
    QString text = nameTh.isEmpty() ? name : name + u'/' + nameTh;
    if (!price.isZero())
        text += u" +"_s + price.toString();
    return text;
}

} // namespace

QString optionsText(const QList<Modifier> &modifiers)
{
    QStringList parts;
    for (const Modifier &m : modifiers)
        if (m.groupId.isEmpty())
            parts << partText(m.name, m.nameTh, m.price);
    return parts.join(u", "_s);
}

Result<QList<Modifier>> parseOptions(const QString &text, const QList<Modifier> &before)
{
    QList<Modifier> out;
    for (const QString &raw : text.split(u',', Qt::SkipEmptyParts)) {
        const auto p = readPart(raw);
        if (!p)
            return Error::validation(u"modifiers"_s, raw.trimmed());
        out.append(optionFrom(*p, {}, before));
    }
    for (const Modifier &b : before) // the options of groups stay as they are
        if (!b.groupId.isEmpty())
            out.append(b);
    return out;
}

QString groupsText(const MenuItem &item)
{
    QStringList groups;
    for (const ModifierGroup &g : item.modifierGroups) {
        QStringList options;
        for (const Modifier &m : item.options(g.id))
            options << partText(m.name, m.nameTh, m.price);
        const QString rule = g.min == 1 && g.max == 1 ? u"*"_s : g.min == 0 && g.max == 1 ? QString() : u" [%1-%2]"_s.arg(g.min).arg(g.max);
        groups << u"%1%2: %3"_s.arg(partText(g.name, g.nameTh), rule, options.join(u" | "_s));
    }
    return groups.join(u"; "_s);
}

Status parseGroups(const QString &text, MenuItem &result)
{
    static const QRegularExpression rule(u"^(.*?)\\s*(\\*|\\[\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*\\])?$"_s);
    const MenuItem &before = result;
    MenuItem item = result; // (assigned back only when the whole text reads)
    item.modifierGroups.clear();
    item.modifiers.removeIf([](const Modifier &m) { return !m.groupId.isEmpty(); });
    // A new group gets the next "g<n>" no other group has (nor had, under another name).
    auto used = [&](const QString &id) {
        auto same = [&id](const ModifierGroup &o) { return o.id == id; };
        return std::any_of(item.modifierGroups.begin(), item.modifierGroups.end(), same)
            || std::any_of(before.modifierGroups.begin(), before.modifierGroups.end(), same);
    };
    int n = 0;
    for (const QString &raw : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = raw.indexOf(u':');
        const auto head = rule.match(raw.left(std::max<qsizetype>(colon, 0)).trimmed());
        const auto names = readPart(head.captured(1));
        const QStringList options = raw.mid(colon + 1).split(u'|', Qt::SkipEmptyParts);
        if (colon < 0 || !names || !names->price.isZero() || options.isEmpty())
            return Error::validation(u"modifier_groups"_s, raw.trimmed());
        ModifierGroup g;
        g.name = names->name;
        g.nameTh = names->nameTh;
        if (head.captured(2) == u"*"_s) {
            g.min = g.max = 1;
        } else if (!head.captured(3).isEmpty()) {
            g.min = head.captured(3).toInt();
            g.max = head.captured(4).toInt();
            if (g.max < 1 || g.min > g.max)
                return Error::validation(u"modifier_groups"_s, raw.trimmed());
        }
        for (const ModifierGroup &old : before.modifierGroups)
            if (old.name == g.name)
                g.id = old.id;
        if (g.id.isEmpty()) {
            do
                g.id = u"g%1"_s.arg(++n);
            while (used(g.id));
        }
        for (const QString &opt : options) {
            const auto p = readPart(opt);
            if (!p)
                return Error::validation(u"modifier_groups"_s, raw.trimmed());
            item.modifiers.append(optionFrom(*p, g.id, before.modifiers));
        }
        item.modifierGroups.append(g);
    }
    result = item;
    return {};
}

} // namespace tavola::menutext
