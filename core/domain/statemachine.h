#pragma once

#include "enums.h"
#include "error.h"

#include <array>

namespace tavola {

using namespace Qt::StringLiterals;

enum class TableStatus { Vacant, Seated, Serving, Checkout, Cleaning };
enum class OrderStatus { Open, Serving, Checkout, Paid, Cancelled };
enum class QueueStatus { Waiting, Called, Seated, Cancelled, NoShow };
enum class PaymentStatus { Pending, Paid, Expired, Failed, Flagged, Refunded };
enum class KitchenStatus { New, Preparing, Ready, Served };

template<>
struct EnumNames<TableStatus>
{
    static constexpr std::array names{std::pair{TableStatus::Vacant, "VACANT"_L1}, std::pair{TableStatus::Seated, "SEATED"_L1},
                                      std::pair{TableStatus::Serving, "SERVING"_L1}, std::pair{TableStatus::Checkout, "CHECKOUT"_L1},
                                      std::pair{TableStatus::Cleaning, "CLEANING"_L1}};
};
template<>
struct EnumNames<OrderStatus>
{
    static constexpr std::array names{std::pair{OrderStatus::Open, "OPEN"_L1}, std::pair{OrderStatus::Serving, "SERVING"_L1},
                                      std::pair{OrderStatus::Checkout, "CHECKOUT"_L1}, std::pair{OrderStatus::Paid, "PAID"_L1},
                                      std::pair{OrderStatus::Cancelled, "CANCELLED"_L1}};
};
template<>
struct EnumNames<QueueStatus>
{
    static constexpr std::array names{std::pair{QueueStatus::Waiting, "WAITING"_L1}, std::pair{QueueStatus::Called, "CALLED"_L1},
                                      std::pair{QueueStatus::Seated, "SEATED"_L1}, std::pair{QueueStatus::Cancelled, "CANCELLED"_L1},
                                      std::pair{QueueStatus::NoShow, "NO_SHOW"_L1}};
};
template<>
struct EnumNames<PaymentStatus>
{
    static constexpr std::array names{std::pair{PaymentStatus::Pending, "PENDING"_L1}, std::pair{PaymentStatus::Paid, "PAID"_L1},
                                      std::pair{PaymentStatus::Expired, "EXPIRED"_L1}, std::pair{PaymentStatus::Failed, "FAILED"_L1},
                                      std::pair{PaymentStatus::Flagged, "FLAGGED"_L1}, std::pair{PaymentStatus::Refunded, "REFUNDED"_L1}};
};
template<>
struct EnumNames<KitchenStatus>
{
    static constexpr std::array names{std::pair{KitchenStatus::New, "NEW"_L1}, std::pair{KitchenStatus::Preparing, "PREPARING"_L1},
                                      std::pair{KitchenStatus::Ready, "READY"_L1}, std::pair{KitchenStatus::Served, "SERVED"_L1}};
};

template<typename E>
struct Transition
{
    E from;
    E to;
};

/// The transition table of each status (docs/api.md). One mechanism serves all five machines:
/// a transition is allowed iff it is listed; leaving a `locked` state is refused with
/// `lockedCode` (e.g. ORDER_LOCKED for a paid order), anything else with INVALID_TRANSITION.
template<typename E>
struct StateMachine;

template<>
struct StateMachine<TableStatus>
{
    using S = TableStatus;
    static constexpr std::array<Transition<S>, 13> transitions{{
        {S::Vacant, S::Seated}, // order opened, queue ticket seated
        {S::Seated, S::Serving}, // items sent to the kitchen
        {S::Serving, S::Checkout}, // bill requested
        {S::Checkout, S::Serving}, // order reopened
        {S::Checkout, S::Cleaning}, // paid
        {S::Checkout, S::Vacant}, // paid, shop turned cleaning off
        {S::Cleaning, S::Vacant}, // cleaned (manual)
        {S::Vacant, S::Cleaning}, // a spill, a reset (manual)
        {S::Seated, S::Vacant}, // order cancelled or moved away
        {S::Serving, S::Vacant}, // order cancelled or moved away
        {S::Vacant, S::Serving}, // a SERVING order moved here
        {S::Vacant, S::Checkout}, // a CHECKOUT order moved here
        {S::Cleaning, S::Seated}, // guests seated while the table is being reset
    }};
    static constexpr std::array<S, 0> locked{};
    static constexpr ErrorCode lockedCode = ErrorCode::InvalidTransition;
};

template<>
struct StateMachine<OrderStatus>
{
    using S = OrderStatus;
    static constexpr std::array<Transition<S>, 7> transitions{{
        {S::Open, S::Serving},
        {S::Serving, S::Checkout},
        {S::Checkout, S::Paid},
        {S::Checkout, S::Serving}, // reopen
        {S::Open, S::Cancelled},
        {S::Serving, S::Cancelled},
        {S::Checkout, S::Cancelled},
    }};
    static constexpr std::array locked{S::Paid, S::Cancelled};
    static constexpr ErrorCode lockedCode = ErrorCode::OrderLocked;
};

template<>
struct StateMachine<QueueStatus>
{
    using S = QueueStatus;
    static constexpr std::array<Transition<S>, 7> transitions{{
        {S::Waiting, S::Called},
        {S::Called, S::Seated},
        {S::Waiting, S::Seated}, // a table is free the moment the guest arrives
        {S::Waiting, S::Cancelled},
        {S::Called, S::Cancelled},
        {S::Waiting, S::NoShow}, // the party left before being called
        {S::Called, S::NoShow},
    }};
    static constexpr std::array<S, 0> locked{};
    static constexpr ErrorCode lockedCode = ErrorCode::InvalidTransition;
};

template<>
struct StateMachine<PaymentStatus>
{
    using S = PaymentStatus;
    static constexpr std::array<Transition<S>, 7> transitions{{
        {S::Pending, S::Paid},
        {S::Pending, S::Expired},
        {S::Pending, S::Failed},
        {S::Pending, S::Flagged},
        {S::Expired, S::Flagged}, // money arrived after the QR expired: a manager decides
        {S::Failed, S::Flagged}, // money arrived for a QR the bill no longer needed
        {S::Paid, S::Refunded},
    }};
    static constexpr std::array<S, 0> locked{};
    static constexpr ErrorCode lockedCode = ErrorCode::InvalidTransition;
};

template<>
struct StateMachine<KitchenStatus>
{
    using S = KitchenStatus;
    static constexpr std::array<Transition<S>, 4> transitions{{
        {S::New, S::Preparing}, {S::Preparing, S::Ready}, {S::Ready, S::Served}, {S::Served, S::Ready}, // recall
    }};
    static constexpr std::array<S, 0> locked{};
    static constexpr ErrorCode lockedCode = ErrorCode::InvalidTransition;
};

template<typename E>
constexpr bool isTransitionAllowed(E from, E to)
{
    for (const auto &t : StateMachine<E>::transitions) {
        if (t.from == from && t.to == to)
            return true;
    }
    return false;
}

/// Ok when `from → to` is in the machine's table, else the machine's refusal as an API error.
template<typename E>
Status checkTransition(E from, E to)
{
    if (isTransitionAllowed(from, to))
        return {};
    ErrorCode code = ErrorCode::InvalidTransition;
    for (const auto s : StateMachine<E>::locked) {
        if (s == from)
            code = StateMachine<E>::lockedCode;
    }
    return Error{code, u"Cannot change status from %1 to %2"_s.arg(enumName(from), enumName(to)),
                 QJsonObject{{u"from"_s, enumName(from)}, {u"to"_s, enumName(to)}}};
}

} // namespace tavola
