#include "tokeninspectorwidget.h"

#include "jwt/jwksfetcher.h"
#include "jwt/jwtdecoder.h"
#include "jwt/keyset.h"
#include "jwt/signatureverifier.h"
#include "jwt/tokenexplainer.h"
#include "jwt/tokentext.h"
#include "models/claimstablemodel.h"
#include "models/tokencomparemodel.h"
#include "net/httpclient.h"
#include "tierstyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStyle>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ie::ui {

namespace {

constexpr qint64 MaxKeyFile = 4 * 1024 * 1024;
// Laying out a megabyte-long line freezes a text edit for seconds; such a paste cannot be a token
// anyway, so it is refused before it reaches the editor.
constexpr qsizetype MaxPasteSize = ie::jwt::JwtDecoder::MaxTokenSize;

// The paste box: refuses oversized pastes and drops instead of inserting them.
class PasteEdit final : public QPlainTextEdit
{
public:
    std::function<void(qsizetype)> onTooLarge;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override
    {
        return source->hasText() && QPlainTextEdit::canInsertFromMimeData(source);
    }
    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasText() && source->text().size() > MaxPasteSize) {
            onTooLarge(source->text().size());
            return;
        }
        QPlainTextEdit::insertFromMimeData(source);
    }
};

QPlainTextEdit *readOnlyText(const QString &name)
{
    auto *e = new QPlainTextEdit;
    e->setObjectName(name);
    e->setReadOnly(true);
    e->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont f = e->font();
    f.setFamily(u"monospace"_s);
    f.setStyleHint(QFont::Monospace);
    e->setFont(f);
    return e;
}

QPushButton *button(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    return b;
}

} // namespace

TokenInspectorWidget::TokenInspectorWidget(ie::net::HttpClient *client,
                                           const ie::catalog::Catalog *catalog, QWidget *parent)
    : QWidget(parent), m_client(client), m_fetcher(new ie::jwt::JwksFetcher(client, this)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_claims(new ie::models::ClaimsTableModel(this)),
      m_compare(new ie::models::TokenCompareModel(this)), m_timer(new QTimer(this))
{
    m_context.catalog = catalog;

    m_verdict = new QLabel;
    m_verdict->setObjectName(u"verdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_alarm = new QLabel;
    m_alarm->setObjectName(u"verdictAlarm"_s);
    m_alarm->setWordWrap(true);
    m_alarm->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alarmIcon = new QLabel;
    m_alarmIcon->setObjectName(u"verdictAlarmIcon"_s);
    m_provenance = new QLabel;
    m_provenance->setObjectName(u"provenance"_s);
    m_provenance->setWordWrap(true);
    m_provenance->hide();
    m_error = new QLabel;
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    m_countdown = new QLabel;
    m_countdown->setObjectName(u"countdown"_s);

    auto *paste = new PasteEdit;
    paste->onTooLarge = [this](qsizetype size) {
        refuseLarge(size);
    };
    m_paste = paste;
    m_paste->setObjectName(u"paste"_s);
    m_paste->setPlaceholderText(tr("Paste an access token here (also \"Bearer …\", or the JSON of "
                                   "az account get-access-token or IMDS), or drop a file."));
    m_paste->setMaximumHeight(110);
    m_paste->setWordWrapMode(QTextOption::WrapAnywhere);
    m_paste->viewport()->installEventFilter(this);
    setAcceptDrops(true);

    m_verifyButton = button(tr("Verify signature"), u"verify"_s);
    m_verifyButton->setToolTip(tr("Fetch the issuer's keys (over https, from its login host) and "
                                  "check the signature."));
    m_verifyFileButton = button(tr("Verify with key file…"), u"verifyFile"_s);
    m_audience = new QComboBox;
    m_audience->setObjectName(u"audience"_s);
    m_audience->addItem(tr("Microsoft Graph"), u"https://graph.microsoft.com"_s);
    m_audience->addItem(tr("Azure Resource Manager"), u"https://management.azure.com"_s);
    m_audience->addItem(tr("Azure Key Vault"), u"https://vault.azure.net"_s);
    m_audience->addItem(tr("Azure Storage"), u"https://storage.azure.com"_s);
    m_audience->addItem(tr("Custom App ID URI"), QString());
    m_customAudience = new QLineEdit;
    m_customAudience->setObjectName(u"customAudience"_s);
    m_customAudience->setPlaceholderText(tr("api://… or an application id"));
    m_customAudience->setEnabled(false);
    m_getTokenButton = button(tr("Get token"), u"getToken"_s);
    m_getTokenButton->setToolTip(tr("Ask the current credential for a token for this audience."));
    m_copyClaimButton = button(tr("Copy claim"), u"copyClaim"_s);
    m_copyJsonButton = button(tr("Copy JSON"), u"copyJson"_s);
    m_clearButton = button(tr("Clear"), u"clear"_s);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_verifyFileButton);
    actions->addSpacing(12);
    actions->addWidget(m_audience);
    actions->addWidget(m_customAudience, 1);
    actions->addWidget(m_getTokenButton);
    actions->addSpacing(12);
    actions->addWidget(m_copyClaimButton);
    actions->addWidget(m_copyJsonButton);
    actions->addWidget(m_clearButton);

    m_claimsView = new QTableView;
    m_claimsView->setObjectName(u"claims"_s);
    m_claimsView->setModel(m_claims);
    m_claimsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claimsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claimsView->setWordWrap(true);
    m_claimsView->verticalHeader()->hide();
    m_claimsView->horizontalHeader()->setStretchLastSection(true);
    m_claimsView->setColumnWidth(ie::models::ClaimsTableModel::ClaimColumn, 110);
    m_claimsView->setColumnWidth(ie::models::ClaimsTableModel::ValueColumn, 320);
    m_claimsView->setColumnWidth(ie::models::ClaimsTableModel::ExplanationColumn, 380);
    m_headerView = readOnlyText(u"header"_s);
    m_payloadView = readOnlyText(u"payload"_s);
    m_signatureView = readOnlyText(u"signature"_s);

    auto *compareTab = new QWidget;
    m_comparePaste = new QPlainTextEdit;
    m_comparePaste->setObjectName(u"comparePaste"_s);
    m_comparePaste->setPlaceholderText(
            tr("Paste a second token (for example the refreshed one) to see which claims were "
               "added, removed or changed."));
    m_comparePaste->setMaximumHeight(80);
    m_compareSummary = new QLabel;
    m_compareSummary->setObjectName(u"compareSummary"_s);
    m_onlyDifferences = new QCheckBox(tr("Only differences"));
    m_onlyDifferences->setObjectName(u"onlyDifferences"_s);
    m_compareView = new QTableView;
    m_compareView->setObjectName(u"compare"_s);
    m_compareView->setModel(m_compare);
    m_compareView->verticalHeader()->hide();
    m_compareView->horizontalHeader()->setStretchLastSection(true);
    auto *compareLayout = new QVBoxLayout(compareTab);
    compareLayout->addWidget(m_comparePaste);
    auto *compareBar = new QHBoxLayout;
    compareBar->addWidget(m_compareSummary, 1);
    compareBar->addWidget(m_onlyDifferences);
    compareLayout->addLayout(compareBar);
    compareLayout->addWidget(m_compareView, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"views"_s);
    m_tabs->addTab(m_claimsView, tr("Claims"));
    m_tabs->addTab(m_headerView, tr("Header"));
    m_tabs->addTab(m_payloadView, tr("Payload"));
    m_tabs->addTab(m_signatureView, tr("Signature"));
    m_tabs->addTab(compareTab, tr("Compare"));

    auto *alarmRow = new QHBoxLayout;
    alarmRow->addWidget(m_alarmIcon, 0, Qt::AlignTop);
    alarmRow->addWidget(m_alarm, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_verdict, 1);
    top->addWidget(m_countdown);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(alarmRow);
    layout->addLayout(top);
    layout->addWidget(m_provenance);
    layout->addWidget(m_error);
    layout->addWidget(m_paste);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    connect(m_paste, &QPlainTextEdit::textChanged, this, &TokenInspectorWidget::decode);
    connect(m_comparePaste, &QPlainTextEdit::textChanged, this,
            &TokenInspectorWidget::decodeCompare);
    connect(m_onlyDifferences, &QCheckBox::toggled, m_compare,
            [this](bool on) { m_compare->setShowUnchanged(!on); });
    connect(m_verifyButton, &QPushButton::clicked, this, &TokenInspectorWidget::verify);
    connect(m_verifyFileButton, &QPushButton::clicked, this, &TokenInspectorWidget::chooseKeyFile);
    connect(m_getTokenButton, &QPushButton::clicked, this, &TokenInspectorWidget::getToken);
    connect(m_copyClaimButton, &QPushButton::clicked, this, &TokenInspectorWidget::copyClaim);
    connect(m_copyJsonButton, &QPushButton::clicked, this, &TokenInspectorWidget::copyJson);
    connect(m_clearButton, &QPushButton::clicked, this, &TokenInspectorWidget::clear);
    connect(m_claimsView, &QTableView::clicked, this, &TokenInspectorWidget::onClaimClicked);
    connect(m_audience, &QComboBox::currentIndexChanged, this, [this] {
        m_customAudience->setEnabled(m_audience->currentData().toString().isEmpty());
    });
    connect(m_timer, &QTimer::timeout, this, &TokenInspectorWidget::tick);
    m_timer->setInterval(1000);
    refresh();
}

TokenInspectorWidget::~TokenInspectorWidget() = default;

void TokenInspectorWidget::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void TokenInspectorWidget::setTenantName(const QString &tenantId, const QString &name)
{
    m_context.tenantNames.insert(tenantId, name);
    refresh();
}

void TokenInspectorWidget::setIdentityNames(const QHash<QString, QString> &objectIdToName)
{
    m_context.identityNames = objectIdToName;
    refresh();
}

void TokenInspectorWidget::setTokenText(const QString &text)
{
    if (text.size() > MaxPasteSize) {
        refuseLarge(text.size());
        return;
    }
    m_paste->setPlainText(text);
}

void TokenInspectorWidget::setTokenText(const QString &text, const QString &provenance)
{
    m_pendingProvenance = provenance;
    setTokenText(text);
    if (m_paste->toPlainText() != text) // refused: no token, so nothing to attribute
        m_pendingProvenance.clear();
    m_provenance->setText(m_pendingProvenance);
    m_provenance->setVisible(!m_pendingProvenance.isEmpty());
    m_pendingProvenance.clear();
}

QString TokenInspectorWidget::alarmText() const
{
    return m_alarm->isHidden() ? QString() : m_alarm->text();
}

QString TokenInspectorWidget::provenanceText() const
{
    return m_provenance->isHidden() ? QString() : m_provenance->text();
}

// Unsigned, invalid and expired lead, in words and in colour, before any Verify click: the
// ordinary verdict below reads like a description and must not be the first thing seen.
void TokenInspectorWidget::updateAlarm()
{
    QStringList lines;
    bool danger = false;
    if (m_token) {
        const bool unsigned_ = m_token->alg().compare("none"_L1, Qt::CaseInsensitive) == 0
                || m_token->signature.isEmpty();
        if (unsigned_) {
            lines << tr("UNSIGNED: this token has no signature (alg \"%1\"). Anyone can write "
                        "one; no service may accept it, and its claims prove nothing.")
                             .arg(m_token->alg());
        }
        if (m_check.state == ie::jwt::SignatureCheck::State::Invalid) {
            lines << tr("INVALID SIGNATURE: the signature does not match the issuer's key. The "
                        "token was altered or forged.");
        }
        const ie::jwt::TokenSummary summary
                = ie::jwt::TokenExplainer::summarize(*m_token, m_context, m_clock());
        if (summary.expired)
            lines << tr("EXPIRED: services refuse this token (%1).")
                             .arg(ie::jwt::TokenExplainer::expiryText(summary));
        if (summary.notYetValid)
            lines << tr("NOT YET VALID: services refuse this token until %1.")
                             .arg(ie::jwt::TokenExplainer::timeText(summary.notBefore));
        danger = !lines.isEmpty();
        if (!danger && m_check.state == ie::jwt::SignatureCheck::State::Valid)
            lines << tr("SIGNATURE VALID: checked against the issuer's key.");
    }
    if (lines.isEmpty()) {
        m_alarm->hide();
        m_alarmIcon->hide();
        return;
    }
    QPalette p = m_alarm->palette();
    p.setColor(QPalette::WindowText,
               danger ? tierstyle::danger(palette()) : tierstyle::ok(palette()));
    m_alarm->setPalette(p);
    QFont f = m_alarm->font();
    f.setBold(true);
    m_alarm->setFont(f);
    m_alarm->setText(lines.join(u'\n'));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_alarmIcon->setPixmap(
            style()->standardIcon(danger ? QStyle::SP_MessageBoxCritical
                                         : QStyle::SP_DialogApplyButton, nullptr, this)
                    .pixmap(size, size));
    m_alarm->show();
    m_alarmIcon->show();
}

void TokenInspectorWidget::refuseLarge(qsizetype size)
{
    {
        const QSignalBlocker blocker(m_paste);
        m_paste->clear();
    }
    ++m_generation;
    m_token.reset();
    m_check = {};
    m_refused = true;
    setError(ie::jwt::JwtDecoder::tooLargeMessage(size));
    refresh();
    decodeCompare();
}

void TokenInspectorWidget::setCompareText(const QString &text)
{
    m_comparePaste->setPlainText(text.size() > MaxPasteSize ? QString() : text);
}

QString TokenInspectorWidget::verdictText() const
{
    return m_verdict->text();
}

QString TokenInspectorWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString TokenInspectorWidget::countdownText() const
{
    return m_countdown->text();
}

void TokenInspectorWidget::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TokenInspectorWidget::decode()
{
    // A token typed or pasted by hand is the user's own: no provenance line.
    m_provenance->setText(m_pendingProvenance);
    m_provenance->setVisible(!m_pendingProvenance.isEmpty());
    m_refused = false;
    ++m_generation;
    m_check = {};
    const QString text = m_paste->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_token.reset();
        setError({});
        refresh();
        return;
    }
    const auto extracted = ie::jwt::TokenText::extract(text.toUtf8());
    auto decoded = ie::jwt::JwtDecoder::decode(extracted.token);
    if (decoded) {
        m_token = std::move(decoded).value();
        setError({});
    } else {
        m_token.reset();
        setError(decoded.error().message);
    }
    refresh();
    decodeCompare();
}

void TokenInspectorWidget::decodeCompare()
{
    const QString text = m_comparePaste->toPlainText();
    m_second.reset();
    QString problem;
    if (!text.trimmed().isEmpty()) {
        auto decoded
                = ie::jwt::JwtDecoder::decode(ie::jwt::TokenText::extract(text.toUtf8()).token);
        if (decoded)
            m_second = std::move(decoded).value();
        else
            problem = tr("Second token: %1").arg(decoded.error().message);
    }
    if (m_token && m_second) {
        m_compare->setTokens(*m_token, *m_second);
        m_compareSummary->setText(m_compare->summary());
    } else {
        m_compare->clear();
        m_compareSummary->setText(problem.isEmpty() && !text.trimmed().isEmpty() && !m_token
                                          ? tr("Paste the first token above.")
                                          : problem);
    }
}

void TokenInspectorWidget::refresh()
{
    const bool have = m_token.has_value();
    m_verifyButton->setEnabled(have);
    m_verifyFileButton->setEnabled(have);
    m_copyClaimButton->setEnabled(have);
    m_copyJsonButton->setEnabled(have);
    if (!have) {
        m_timer->stop();
        m_verdict->setText(m_paste->toPlainText().trimmed().isEmpty() && !m_refused
                                   ? tr("No token. Paste one, drop a file or press Get token.")
                                   : tr("Not a readable token."));
        m_countdown->clear();
        m_claims->clear();
        m_headerView->clear();
        m_payloadView->clear();
        m_signatureView->clear();
        updateAlarm();
        return;
    }
    updateAlarm();
    const QDateTime now = m_clock();
    const ie::jwt::TokenSummary summary
            = ie::jwt::TokenExplainer::summarize(*m_token, m_context, now);
    m_verdict->setText(ie::jwt::TokenExplainer::verdict(summary, &m_check));
    m_countdown->setText(ie::jwt::TokenExplainer::expiryText(summary));
    QList<ie::jwt::ClaimRow> rows;
    for (const ie::jwt::ClaimRow &r : ie::jwt::TokenExplainer::claims(*m_token, m_context, now)) {
        if (!r.header)
            rows.append(r);
    }
    m_claims->setRows(rows);
    const QString header = m_token->headerJson();
    if (m_headerView->toPlainText() != header)
        m_headerView->setPlainText(header);
    const QString payload = m_token->payloadJson();
    if (m_payloadView->toPlainText() != payload)
        m_payloadView->setPlainText(payload);
    showSignature();
    if (!m_timer->isActive())
        m_timer->start();
}

void TokenInspectorWidget::showSignature()
{
    if (!m_token)
        return;
    QStringList lines;
    lines << tr("Algorithm: %1").arg(m_token->alg());
    if (!m_token->kid().isEmpty())
        lines << tr("Key id: %1").arg(m_token->kid());
    lines << tr("Signature: %n byte(s)", nullptr, int(m_token->signature.size()));
    lines << QString();
    if (!m_check.checked()) {
        lines << tr("Not checked yet: press Verify signature, or verify with a key file.");
    } else {
        lines << m_check.shortText() << m_check.reason;
        if (!m_check.keySource.isEmpty())
            lines << tr("Keys from: %1").arg(m_check.keySource);
        if (m_check.keysFetchedAt.isValid())
            lines << tr("Keys fetched at: %1")
                             .arg(ie::jwt::TokenExplainer::timeText(m_check.keysFetchedAt));
    }
    const QString text = lines.join(u'\n');
    if (m_signatureView->toPlainText() != text)
        m_signatureView->setPlainText(text);
}

void TokenInspectorWidget::tick()
{
    if (m_token)
        refresh();
}

void TokenInspectorWidget::verify()
{
    if (!m_token)
        return;
    if (!m_client) {
        setError(tr("There is no connection to fetch keys with; verify with a key file."));
        return;
    }
    const int generation = m_generation;
    m_verifyButton->setEnabled(false);
    m_verifyButton->setText(tr("Verifying…"));
    m_fetcher->verify(*m_token, this, [this, generation](const ie::jwt::SignatureCheck &check) {
        m_verifyButton->setText(tr("Verify signature"));
        if (generation != m_generation)
            return; // another token by now
        m_check = check;
        refresh();
        Q_EMIT statusMessage(check.shortText());
    });
}

void TokenInspectorWidget::verifyWithKeyFile(const QString &path)
{
    if (!m_token)
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), f.errorString()));
        return;
    }
    auto keys = ie::jwt::KeySet::fromFileContents(f.read(MaxKeyFile));
    if (!keys) {
        m_check = {};
        m_check.state = ie::jwt::SignatureCheck::State::Unverifiable;
        m_check.reason = keys.error().message;
        m_check.keySource = QFileInfo(path).fileName();
    } else {
        keys->source = QFileInfo(path).fileName();
        m_check = ie::jwt::SignatureVerifier::verify(*m_token, *keys);
    }
    refresh();
}

void TokenInspectorWidget::chooseKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Verify with key file"), {},
            tr("Keys (*.json *.jwks *.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        verifyWithKeyFile(path);
}

QString TokenInspectorWidget::audienceForRequest() const
{
    const QString fixed = m_audience->currentData().toString();
    return fixed.isEmpty() ? m_customAudience->text().trimmed() : fixed;
}

void TokenInspectorWidget::getToken()
{
    ie::net::TokenProvider *provider = m_client ? m_client->tokenProvider() : nullptr;
    if (!provider) {
        setError(tr("No credential is signed in, so no token can be requested."));
        return;
    }
    const QString audience = audienceForRequest();
    if (audience.isEmpty()) {
        setError(tr("Enter the App ID URI or application id of the API to get a token for."));
        return;
    }
    if (!m_paste->toPlainText().trimmed().isEmpty() && m_provenance->isHidden()) {
        // A token the user pasted is theirs: replace it only when they say so.
        const auto answer = QMessageBox::question(
                this, tr("Replace the pasted token?"),
                tr("Get token replaces the token you pasted with one from the signed-in "
                   "credential."),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_getTokenButton->setEnabled(false);
    m_getTokenButton->setText(tr("Getting token…"));
    ie::net::TokenRequest request;
    request.audience = audience;
    provider->getToken(request, this, [this, audience](ie::Result<ie::net::AccessToken> r) {
        m_getTokenButton->setEnabled(true);
        m_getTokenButton->setText(tr("Get token"));
        if (!r) {
            setError(r.error().userMessage());
            return;
        }
        setTokenText(QString::fromLatin1(r->token),
                     tr("From Get token: the signed-in credential (%1) asked for a token for %2.")
                             .arg(m_signedInAs.isEmpty() ? tr("whoever is signed in") : m_signedInAs,
                                  audience));
    });
}

void TokenInspectorWidget::copyClaim()
{
    const QModelIndex current = m_claimsView->currentIndex();
    const QString text = m_claims->copyText(current.isValid() ? current.row() : -1);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TokenInspectorWidget::copyJson()
{
    if (m_token)
        QApplication::clipboard()->setText(m_token->decodedJson());
}

void TokenInspectorWidget::clear()
{
    m_paste->clear();
    m_comparePaste->clear();
    m_token.reset();
    m_second.reset();
    m_check = {};
    m_refused = false;
    m_fetcher->clearCache();
    setError({});
    refresh();
}

void TokenInspectorWidget::onClaimClicked(const QModelIndex &index)
{
    const QString oid = index.data(ie::models::ClaimsTableModel::ObjectIdRole).toString();
    if (!oid.isEmpty())
        Q_EMIT identityRequested(oid);
}

bool TokenInspectorWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_paste->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QMimeData *mime = drop->mimeData();
        if (!mime->hasUrls() || !mime->urls().first().isLocalFile())
            return QWidget::eventFilter(watched, event);
        if (event->type() == QEvent::DragEnter) {
            drop->acceptProposedAction();
            return true;
        }
        const QString path = mime->urls().first().toLocalFile();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            setError(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), f.errorString()));
        } else if (f.size() > MaxPasteSize) {
            refuseLarge(qsizetype(f.size()));
        } else {
            setTokenText(QString::fromUtf8(f.readAll()));
        }
        drop->acceptProposedAction();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ie::ui
