#pragma once

#include "jwt/decodedtoken.h"
#include "jwt/signaturecheck.h"
#include "jwt/tokencontext.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace ie::net {
class HttpClient;
}
namespace ie::catalog {
class Catalog;
}
namespace ie::jwt {
class JwksFetcher;
}
namespace ie::models {
class ClaimsTableModel;
class TokenCompareModel;
} // namespace ie::models

namespace ie::ui {

// The token inspector: paste (or drop, or fetch) an access token and read it. Decodes on every
// keystroke; a verdict line on top, the claims with their meaning, the raw header and payload,
// the signature state, a live expiry countdown, and a comparison with a second token. Tokens live
// only in this widget's memory: nothing is written, logged or kept after clear() or close.
class TokenInspectorWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenInspectorWidget)
public:
    using Clock = std::function<QDateTime()>;

    // `client` (for keys and "Get token") and `catalog` (for names) are not owned; either may be
    // null.
    explicit TokenInspectorWidget(ie::net::HttpClient *client,
                                  const ie::catalog::Catalog *catalog = nullptr,
                                  QWidget *parent = nullptr);
    ~TokenInspectorWidget() override;

    // Tests inject a clock; the countdown and the verdict use it.
    void setClock(Clock clock);
    // Names the session knows: tenants and the identities of the tree, by object id.
    void setTenantName(const QString &tenantId, const QString &name);
    void setIdentityNames(const QHash<QString, QString> &objectIdToName);

    void setTokenText(const QString &text);
    // The same, saying whose token it is and where it came from ("minted by the sandbox for
    // X"); shown under the verdict until the token changes.
    void setTokenText(const QString &text, const QString &provenance);
    // Who "Get token" asks: named in the provenance line of the token it gets.
    void setSignedInAs(const QString &who) { m_signedInAs = who; }
    // The loud line before the verdict: unsigned, invalid signature, expired, not yet valid, or
    // a verified signature (empty when there is nothing to say).
    QString alarmText() const;
    QString provenanceText() const;
    void setCompareText(const QString &text);
    QString verdictText() const;
    QString errorText() const;
    QString countdownText() const;
    const std::optional<ie::jwt::DecodedToken> &token() const { return m_token; }
    const ie::jwt::SignatureCheck &signatureCheck() const { return m_check; }
    ie::models::ClaimsTableModel *claimsModel() const { return m_claims; }
    ie::models::TokenCompareModel *compareModel() const { return m_compare; }

public Q_SLOTS:
    void verify();
    // Offline verification against a JWKS or PEM file.
    void verifyWithKeyFile(const QString &path);
    void getToken();
    void copyClaim();
    void copyJson();
    void clear();
    // Re-evaluates times (the countdown); called every second.
    void tick();

Q_SIGNALS:
    // The user clicked the oid: select that identity in the tree.
    void identityRequested(const QString &objectId);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void decode();
    void decodeCompare();
    void refresh();
    void showSignature();
    void setError(const QString &message);
    void refuseLarge(qsizetype size);
    void chooseKeyFile();
    void onClaimClicked(const QModelIndex &index);
    QString audienceForRequest() const;

    ie::net::HttpClient *m_client;
    ie::jwt::JwksFetcher *m_fetcher;
    ie::jwt::TokenContext m_context;
    Clock m_clock;
    std::optional<ie::jwt::DecodedToken> m_token;
    std::optional<ie::jwt::DecodedToken> m_second;
    ie::jwt::SignatureCheck m_check;
    bool m_refused = false; // the last paste was too large to be a token
    int m_generation = 0; // bumps when the token changes: late verification results are dropped

    void updateAlarm();
    QLabel *m_alarm;
    QLabel *m_alarmIcon;
    QLabel *m_provenance;
    QString m_signedInAs;
    QString m_pendingProvenance; // for the next text set by setTokenText(text, provenance)
    QLabel *m_verdict;
    QLabel *m_error;
    QLabel *m_countdown;
    QPlainTextEdit *m_paste;
    QPushButton *m_verifyButton;
    QPushButton *m_verifyFileButton;
    QComboBox *m_audience;
    QLineEdit *m_customAudience;
    QPushButton *m_getTokenButton;
    QPushButton *m_copyClaimButton;
    QPushButton *m_copyJsonButton;
    QPushButton *m_clearButton;
    QTabWidget *m_tabs;
    QTableView *m_claimsView;
    QPlainTextEdit *m_headerView;
    QPlainTextEdit *m_payloadView;
    QPlainTextEdit *m_signatureView;
    QPlainTextEdit *m_comparePaste;
    QLabel *m_compareSummary;
    QCheckBox *m_onlyDifferences;
    QTableView *m_compareView;
    ie::models::ClaimsTableModel *m_claims;
    ie::models::TokenCompareModel *m_compare;
    QTimer *m_timer;
};

} // namespace ie::ui
