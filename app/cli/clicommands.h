#pragma once

#include <QStringList>

namespace tavola::cli {

/// Runs `tavola-cli <command> [options]`; returns the process exit code
/// (0 ok, 1 the command failed, 2 bad usage).
int run(const QStringList &arguments);

} // namespace tavola::cli
