#pragma once

#include <QLoggingCategory>

// One category for the whole sandbox module ("leaddesk.sandbox"); defined in sandboxserver.cpp.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
