#pragma once

#include <QDate>
#include <QDateTime>

namespace tavola {

/// The one clock every part of Tavola reads for "now" (server, client, screens).
///
/// In production it is the system clock. Under a test clock it is a fixed instant plus the real
/// (monotonic) time elapsed since that instant was set, so a test behaves the same at any hour and
/// on any date: the test harness sets `TAVOLA_TEST_CLOCK` (an ISO 8601 UTC instant, picked up at
/// the first read, also by child processes) or calls `setTestClock`.
namespace clock {

QDateTime nowUtc();
qint64 nowMs();
/// Anchors the clock at `instant` from now on; an invalid instant returns to the system clock.
void setTestClock(const QDateTime &instant);
bool isTestClock();

} // namespace clock

/// The shop's business day for an instant (docs/domain.md, "Business day"): the local date
/// (UTC + `utcOffsetMinutes`) of the instant moved back by `dayStartMinutes`, so with the default
/// 04:00 start, 03:59 on 2 March still belongs to 1 March.
QDate businessDay(const QDateTime &instant, int utcOffsetMinutes, int dayStartMinutes);

} // namespace tavola
