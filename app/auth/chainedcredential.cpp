#include "auth/chainedcredential.h"

#include "auth/logging.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace ie::auth {

ChainedCredential::ChainedCredential(QObject *parent) : Credential(parent) { }

void ChainedCredential::append(Credential *credential)
{
    credential->setParent(this);
    m_credentials.append(credential);
    m_steps.append(
            Step{credential->name(), credential->displayName(), Step::Outcome::NotTried, {}});
}

QString ChainedCredential::displayName() const
{
    return m_selected ? tr("%1 (from the chain)").arg(m_selected->displayName())
                      : tr("Default chain");
}

QString ChainedCredential::tenantId() const
{
    return m_selected ? m_selected->tenantId() : QString();
}

QString ChainedCredential::report() const
{
    QStringList lines;
    for (const Step &s : m_steps) {
        QString outcome;
        switch (s.outcome) {
        case Step::Outcome::NotTried:
            outcome = tr("not tried");
            break;
        case Step::Outcome::Skipped:
            outcome = tr("skipped: %1").arg(s.message);
            break;
        case Step::Outcome::Failed:
            outcome = tr("failed: %1").arg(s.message);
            break;
        case Step::Outcome::Succeeded:
            outcome = tr("signed in");
            break;
        }
        lines << u"%1: %2"_s.arg(s.name, outcome);
    }
    return lines.join(u"; "_s);
}

void ChainedCredential::requestToken(const ie::net::TokenRequest &request, Callback done)
{
    if (m_selected) {
        m_selected->requestToken(request, std::move(done));
        return;
    }
    if (m_credentials.isEmpty()) {
        done(ApiError::make(ApiError::Kind::Unsupported, tr("The chain holds no credential.")));
        return;
    }
    tryFrom(0, request, std::move(done), m_generation);
}

void ChainedCredential::cancel()
{
    ++m_generation;
    for (Credential *c : std::as_const(m_credentials))
        c->cancel();
}

void ChainedCredential::tryFrom(int index, const ie::net::TokenRequest &request, Callback done,
                                quint64 generation)
{
    if (index >= m_credentials.size()) {
        ApiError e = ApiError::make(ApiError::Kind::Auth,
                                    tr("No way of signing in worked. %1").arg(report()));
        e.service = u"chain"_s;
        done(e);
        return;
    }
    Credential *c = m_credentials[index];
    QPointer<ChainedCredential> self(this);
    c->requestToken(request,
                    [self, index, request, done, generation, c](Result<ie::net::AccessToken> r) {
                        if (!self)
                            return;
                        if (generation != self->m_generation) {
                            done(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
                            return;
                        }
                        Step &step = self->m_steps[index];
                        if (r.ok()) {
                            step.outcome = Step::Outcome::Succeeded;
                            step.message.clear();
                            self->m_selected = c;
                            qCInfo(lcAuth).noquote() << "chain:" << self->report();
                            done(std::move(r));
                            return;
                        }
                        if (r.error().kind == ApiError::Kind::Cancelled) {
                            done(std::move(r));
                            return;
                        }
                        step.outcome = r.error().kind == ApiError::Kind::Unsupported
                                ? Step::Outcome::Skipped
                                : Step::Outcome::Failed;
                        step.message = r.error().message;
                        self->tryFrom(index + 1, request, done, generation);
                    });
}

} // namespace ie::auth
