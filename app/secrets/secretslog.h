#pragma once

#include <QLoggingCategory>

// Defined once, in secretstore.cpp, as "leaddesk.secrets". Never log a secret.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
