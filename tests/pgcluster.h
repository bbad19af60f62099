#pragma once

// A throwaway PostgreSQL 15 cluster for one test: initdb into a temporary folder, the server
// listening only on a unix socket in that folder (so its port, which names the socket file, cannot
// clash with any other server), stopped and deleted when the test ends. As root the server runs
// as the `postgres` user, which owns the folder. No test depends on a server already running.
// Given a password, the cluster checks every sign-in with SCRAM-SHA-256, the superuser's included.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <utility>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace servqa::test {

// A TCP port on 127.0.0.1 that nothing listens on now (the system picks it), or 0.
inline int freeTcpPort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    close(fd);
    return port;
}

class PgCluster
{
public:
    explicit PgCluster(const QString &superuserPassword = {}) : m_password(superuserPassword)
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        if (!QFile::exists(bin(QStringLiteral("initdb")))) {
            m_error = QStringLiteral("PostgreSQL 15 is not installed (%1 is missing): run scripts/setup-deps.sh").arg(bin(QStringLiteral("initdb")));
            return;
        }
        if (geteuid() == 0) {
            const passwd *pg = getpwnam("postgres");
            if (!pg || chown(qPrintable(m_dir.path()), pg->pw_uid, pg->pw_gid) != 0) {
                m_error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path());
                return;
            }
        }
        QStringList initdb{QStringLiteral("-D"), data(), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                           QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")};
        if (m_password.isEmpty()) {
            initdb << QStringLiteral("-A") << QStringLiteral("trust");
        } else {
            QFile pwfile(m_dir.filePath(QStringLiteral("pwfile")));
            if (!pwfile.open(QIODevice::WriteOnly) || pwfile.write(m_password.toUtf8() + '\n') <= 0) {
                m_error = QStringLiteral("cannot write %1").arg(pwfile.fileName());
                return;
            }
            pwfile.close();
            initdb << QStringLiteral("-A") << QStringLiteral("scram-sha-256") << QStringLiteral("--pwfile=") + pwfile.fileName();
        }
        if (!run(QStringLiteral("initdb"), initdb))
            return;
        m_started = run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data(), QStringLiteral("-w"), QStringLiteral("-l"),
                                                   m_dir.filePath(QStringLiteral("log")), QStringLiteral("-o"),
                                                   options(),
                                                   QStringLiteral("start")});
    }

    ~PgCluster()
    {
        if (m_started)
            run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    }

    bool started() const { return m_started; }

    // Stops the server, as a crash or a restart would, and starts it again: every connection is lost.
    bool restart()
    {
        return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data(), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("immediate"),
                                              QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")), QStringLiteral("-o"),
                                              options(),
                                              QStringLiteral("restart")});
    }
    // The server away for a while (stop), and back (start).
    bool stop() { return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data(), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")}); }
    bool start()
    {
        return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data(), QStringLiteral("-w"), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                                              QStringLiteral("-o"), options(),
                                              QStringLiteral("start")});
    }
    QString error() const { return m_error; }

    // The address ServQA takes for a database of this cluster.
    QString url(const QString &database, const QString &user = QStringLiteral("postgres")) const
    {
        if (user == QLatin1String("postgres") && !m_password.isEmpty())
            return url(database, user, m_password);
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(user, database, m_dir.path()).arg(m_port);
    }
    QString url(const QString &database, const QString &user, const QString &password) const
    {
        return QStringLiteral("postgresql://%1:%2@/%3?host=%4&port=%5")
            .arg(user, QString::fromLatin1(QUrl::toPercentEncoding(password)), database, m_dir.path())
            .arg(m_port);
    }

    // Runs SQL through psql signed in as `user`: what it prints (unaligned, tuples only) and, when
    // the server refused, a null string with the server's message in `refusal`.
    QString psqlAs(const QString &database, const QString &user, const QString &password, const QString &sql, QString *refusal = nullptr)
    {
        QString out;
        m_error.clear();
        const bool ok = run(QStringLiteral("psql"), {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                                                     user, QStringLiteral("-d"), database, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                     QStringLiteral("-Atc"), sql},
                            &out, QStringLiteral("/usr/bin/psql"), password);
        if (refusal)
            *refusal = ok ? QString() : m_error;
        return ok ? out.trimmed() : QString();
    }

    // Runs SQL through psql as the superuser; its output (unaligned, tuples only), or a null string.
    QString psql(const QString &database, const QString &sql)
    {
        QString out;
        if (!run(QStringLiteral("psql"), {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                                          QStringLiteral("postgres"), QStringLiteral("-d"), database, QStringLiteral("-v"),
                                          QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-Atc"), sql},
                 &out, QStringLiteral("/usr/bin/psql"), m_password))
            return QString();
        return out.trimmed();
    }

    // Encrypted connections as docs/team-mode.md sets them up: the server's certificate and key,
    // ssl = on, and the cluster listening on localhost at `port` (TCP; a unix socket is never
    // encrypted) besides its socket, which moves to the same port. Sign-ins over TCP must use
    // TLS (hostssl); the cluster restarts.
    bool enableTls(const QString &certificate, const QString &key, int port)
    {
        for (const auto &[from, to] : {std::pair(certificate, QStringLiteral("server.crt")), std::pair(key, QStringLiteral("server.key"))}) {
            const QString target = QDir(data()).filePath(to);
            QFile::remove(target);
            if (!QFile::copy(from, target) || !QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                m_error = QStringLiteral("cannot copy %1 into the cluster").arg(from);
                return false;
            }
            if (geteuid() == 0) {
                const passwd *pg = getpwnam("postgres");
                if (!pg || chown(qPrintable(target), pg->pw_uid, pg->pw_gid) != 0) {
                    m_error = QStringLiteral("cannot give %1 to the postgres user").arg(target);
                    return false;
                }
            }
        }
        // The first line that matches decides: ahead of initdb's own lines for 127.0.0.1.
        QFile hba(QDir(data()).filePath(QStringLiteral("pg_hba.conf")));
        const QByteArray method = m_password.isEmpty() ? "trust" : "scram-sha-256";
        if (!hba.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read %1").arg(hba.fileName());
            return false;
        }
        const QByteArray lines = "hostssl all all 127.0.0.1/32 " + method + "\nhost all all 127.0.0.1/32 reject\n" + hba.readAll();
        hba.close();
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(lines) != lines.size()) {
            m_error = QStringLiteral("cannot write %1").arg(hba.fileName());
            return false;
        }
        hba.close();
        if (psql(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM SET ssl = on")).isNull())
            return false;
        stop();
        m_port = port;
        m_listen = QStringLiteral("127.0.0.1");
        return start();
    }

    bool createDatabase(const QString &name) { return !psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)).isNull(); }

private:
    QString options() const { return QStringLiteral("-k %1 -p %2 -c listen_addresses='%3'").arg(m_dir.path()).arg(m_port).arg(m_listen); }

    static QString bin(const QString &tool) { return QStringLiteral("/usr/lib/postgresql/15/bin/") + tool; }
    QString data() const { return m_dir.filePath(QStringLiteral("data")); }

    bool run(const QString &tool, const QStringList &arguments, QString *out = nullptr, const QString &path = {}, const QString &password = {})
    {
        QProcess p;
        p.setWorkingDirectory(QDir::tempPath()); // one the postgres user may enter
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PGPASSWORD"));
        if (!password.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), password);
        p.setProcessEnvironment(environment);
        const QString program = path.isEmpty() ? bin(tool) : path;
        if (geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
        else
            p.start(program, arguments);
        const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        if (!ok)
            m_error = tool + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError()).trimmed();
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_password;
    QString m_error;
    bool m_started = false;
    int m_port = 5432; // names the socket file in the folder; the TCP port once enableTls() listens
    QString m_listen;  // no TCP until enableTls()
};

} // namespace servqa::test
