#pragma once

#include <QLoggingCategory>

// Never log a token, a secret, a refresh token or a device code's answer: only names, audiences,
// tenants and error summaries (ApiError never carries a secret).
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
