#pragma once

#include <QLoggingCategory>

// Defined once, in database.cpp, as "leaddesk.store".
Q_DECLARE_LOGGING_CATEGORY(lcStore)
