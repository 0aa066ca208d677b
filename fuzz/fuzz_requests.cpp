// JSON request bodies as the server decodes them: the strict JSON reader, then every request
// and entity decoder. A decoder that accepts must give an object that encodes and decodes again
// to the same JSON.
#include "domain/floorplan.h"
#include "domain/json.h"
#include "domain/menu.h"
#include "domain/order.h"
#include "domain/payment.h"
#include "domain/queueticket.h"
#include "domain/requests.h"
#include "domain/settings.h"
#include "fuzzing.h"

#include <QJsonDocument>

#include <typeinfo>

using namespace tavola;

template<typename T>
static void roundTrip(const QJsonObject &o)
{
    auto first = T::fromJson(o);
    if (!first)
        return;
    const QJsonObject encoded = first->toJson();
    auto second = T::fromJson(encoded);
    if (!second)
        fprintf(stderr, "%s: %s\n%s\n", typeid(T).name(), qPrintable(second.error().message),
                QJsonDocument(encoded).toJson(QJsonDocument::Compact).constData());
    FUZZ_ASSERT(second);
    FUZZ_ASSERT(second->toJson() == encoded);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto parsed = parseJsonObject(fuzzBytes(data, size));
    if (!parsed)
        return 0;
    const QJsonObject &o = *parsed;
    (void)CreateOrderRequest::fromJson(o);
    (void)AddItemsRequest::fromJson(o);
    (void)ReasonRequest::fromJson(o);
    (void)ReasonRequest::fromJson(o, false);
    (void)DiscountRequest::fromJson(o);
    (void)TableIdRequest::fromJson(o);
    (void)TableStatusRequest::fromJson(o);
    (void)QueueTicketRequest::fromJson(o);
    (void)KitchenStatusRequest::fromJson(o);
    (void)PaymentRequest::fromJson(o);
    if (auto s = ShopSettings::fromJson(o)) {
        auto again = ShopSettings::fromStorage(s->toStorage());
        FUZZ_ASSERT(again);
    }
    roundTrip<Table>(o);
    roundTrip<Zone>(o);
    roundTrip<FloorPlan>(o);
    roundTrip<Category>(o);
    roundTrip<Menu>(o);
    roundTrip<OrderLine>(o);
    roundTrip<Order>(o);
    roundTrip<Payment>(o);
    roundTrip<QueueTicket>(o);
    return 0;
}
