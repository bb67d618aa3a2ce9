#pragma once

#include <QLoggingCategory>

// Never log a token, a secret or a full URL with its query: use HttpClient::redactUrl().
Q_DECLARE_LOGGING_CATEGORY(lcNet)
