#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace tavola {

/// Wire names of an enum. Each enum provides a specialization with
/// `static constexpr std::array<std::pair<E, QLatin1StringView>, N> names`.
template<typename E>
struct EnumNames;

template<typename E>
QString enumName(E value)
{
    for (const auto &[v, name] : EnumNames<E>::names) {
        if (v == value)
            return name;
    }
    return {};
}

template<typename E>
std::optional<E> enumFromName(QStringView name)
{
    for (const auto &[v, n] : EnumNames<E>::names) {
        if (name == n)
            return v;
    }
    return std::nullopt;
}

/// "a|b|c" — for error messages.
template<typename E>
QString enumChoices()
{
    QString out;
    for (const auto &[v, n] : EnumNames<E>::names) {
        if (!out.isEmpty())
            out += QLatin1Char('|');
        out += n;
    }
    return out;
}

template<typename E>
constexpr auto allEnumValues()
{
    constexpr auto &names = EnumNames<E>::names;
    std::array<E, names.size()> out{};
    for (std::size_t i = 0; i < names.size(); ++i)
        out[i] = names[i].first;
    return out;
}

} // namespace tavola
