#pragma once

#include "domain/Result.h"

#include <QString>

#include <functional>

namespace creditdesk {

/// Where the GUI keeps its database by default, and the first-start demo database.
namespace DatabaseLocation {

/// The embedded default: creditdesk-demo.sqlite in the user's application data folder.
QString defaultPath();

/// Creates the demo database at \a path with \a subjects subjects, off the calling thread's
/// event loop; \a progress is called on the worker thread.
Status createDemo(const QString &path, qint64 subjects, const std::function<void(qint64, qint64)> &progress);

} // namespace DatabaseLocation
} // namespace creditdesk
