#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace ie::test {

QProcessEnvironment cleanEnvironment(const QString &path)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *v :
         {"AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", "AZURE_FEDERATED_TOKEN_FILE",
          "IDENTITY_ENDPOINT", "IDENTITY_HEADER", "IMDS_ENDPOINT", "MSI_ENDPOINT"})
        e.remove(QString::fromLatin1(v));
    e.insert(u"AZURE_POD_IDENTITY_AUTHORITY_HOST"_s, u"http://127.0.0.1:9"_s);
    e.insert(u"PATH"_s, path);
    return e;
}

CommandRun runCommand(const QStringList &args, const QProcessEnvironment &env,
                      const QByteArray &stdinText)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(executable(), args);
    p.write(stdinText);
    p.closeWriteChannel();
    QSignalSpy done(&p, &QProcess::finished);
    CommandRun r;
    if (done.wait(120000) && p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool isOneFailureLine(const QByteArray &err, const QByteArray &verb, const QByteArray &message)
{
    const QByteArray line = err.trimmed();
    return line.startsWith("identity-explorer " + verb + ": ") && !line.contains('\n')
            && line.contains(message);
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

} // namespace ie::test
