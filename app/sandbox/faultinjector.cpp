#include "sandbox/faultinjector.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ie::sandbox {

bool FaultInjector::addSpec(const QString &spec, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = u"bad fault spec \"%1\": %2"_s.arg(spec, why);
        return false;
    };
    QString s = spec.trimmed();
    Fault f;
    const int space = s.indexOf(u' ');
    const int colon = s.indexOf(u':');
    if (space > 0 && (colon < 0 || space < colon)) {
        f.method = s.left(space).toUpper().toLatin1();
        s = s.mid(space + 1).trimmed();
    }
    const int c = s.indexOf(u':');
    const int eq = s.lastIndexOf(u'=');
    if (c <= 0 || eq <= c)
        return fail(u"expected SERVICE:GLOB=KIND"_s);
    f.service = s.left(c).toLower();
    static const QStringList services = {u"login"_s, u"graph"_s, u"arm"_s, u"mi"_s, u"*"_s};
    if (!services.contains(f.service))
        return fail(u"unknown service %1"_s.arg(f.service));
    const QString glob = s.mid(c + 1, eq - c - 1);
    // '*' matches across '/' here (Qt's own wildcard conversion treats paths specially).
    QString re;
    for (const QChar ch : glob) {
        if (ch == u'*')
            re += u".*"_s;
        else if (ch == u'?')
            re += u'.';
        else
            re += QRegularExpression::escape(QString(ch));
    }
    f.pattern = QRegularExpression(QRegularExpression::anchoredPattern(re),
                                   QRegularExpression::CaseInsensitiveOption);
    QString kind = s.mid(eq + 1);
    const int at = kind.indexOf(u'@');
    if (at >= 0) {
        bool ok = false;
        f.remaining = kind.mid(at + 1).toInt(&ok);
        if (!ok || f.remaining < 1)
            return fail(u"COUNT must be a positive number"_s);
        kind = kind.left(at);
    }
    const QString name = kind.section(u':', 0, 0).toLower();
    const QString arg = kind.section(u':', 1);
    bool ok = true;
    if (name == "latency"_L1) {
        f.kind = Kind::Latency;
        f.arg = arg.toInt(&ok);
    } else if (name == "429"_L1) {
        f.kind = Kind::Throttle;
        f.arg = arg.isEmpty() ? 1 : arg.toInt(&ok);
    } else if (name == "503"_L1) {
        f.kind = Kind::Unavailable;
        f.arg = arg.isEmpty() ? -1 : arg.toInt(&ok);
    } else if (name == "500"_L1) {
        f.kind = Kind::ServerError;
    } else if (name == "403"_L1) {
        f.kind = Kind::Forbidden;
    } else if (name == "cut"_L1) {
        f.kind = Kind::Cut;
    } else if (name == "truncate"_L1) {
        f.kind = Kind::Truncate;
    } else if (name == "malformed"_L1) {
        f.kind = Kind::Malformed;
    } else if (name == "foreign-nextlink"_L1) {
        f.kind = Kind::ForeignNextLink;
    } else if (name == "redirect"_L1) {
        f.kind = Kind::Redirect;
        f.arg = arg.isEmpty() ? 302 : arg.toInt(&ok);
        if (ok && !QList<int>{301, 302, 303, 307, 308}.contains(f.arg))
            return fail(u"redirect takes 301, 302, 303, 307 or 308"_s);
    } else if (name == "claims"_L1) {
        f.kind = Kind::ClaimsChallenge;
    } else if (name == "notfound"_L1 || name == "badref"_L1) {
        f.kind = name == "notfound"_L1 ? Kind::NotReplicated : Kind::BadReference;
        const int ms = arg.isEmpty() ? 0 : arg.toInt(&ok);
        if (ok && ms > 0)
            f.until = QDateTime::currentMSecsSinceEpoch() + ms;
    } else if (name == "lag"_L1) {
        f.kind = Kind::ListLag;
        f.arg = arg.isEmpty() ? 3000 : arg.toInt(&ok);
    } else {
        return fail(u"unknown kind %1"_s.arg(name));
    }
    if (!ok)
        return fail(u"the argument of %1 must be a number"_s.arg(name));
    add(f);
    return true;
}

void FaultInjector::add(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

QList<FaultInjector::Fault> FaultInjector::take(const QString &service, const QByteArray &method,
                                                const QString &target, const QList<Kind> &only)
{
    QMutexLocker lock(&m_mutex);
    QList<Fault> out;
    for (Fault &f : m_faults) {
        if (f.remaining == 0 || (f.until > 0 && QDateTime::currentMSecsSinceEpoch() > f.until))
            continue;
        if (f.service != "*"_L1 && f.service != service)
            continue;
        if (!only.isEmpty() && !only.contains(f.kind))
            continue;
        if (!f.method.isEmpty() && f.method != method)
            continue;
        if (!f.pattern.match(target).hasMatch())
            continue;
        if (f.remaining > 0)
            --f.remaining;
        out.append(f);
    }
    return out;
}

} // namespace ie::sandbox
